package org.litfacets.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;
import org.litfacets.article.Role;
import org.litfacets.web.TaggedArticles.S;

/**
 * A small hand-made corpus about doxorubicin whose ranking is known in advance, for pair search,
 * related entities and entity autocomplete: PairSearchIT's over HTTP, the e2e module's in the
 * browser.
 */
public final class DoxorubicinCorpus {
  public static final String DOX = "MESH:D004317";
  public static final String CARDIO = "MESH:D066126";
  public static final String NEOPLASMS = "MESH:D009369";

  /** Surface forms the fixture's "recogniser" finds: type, identifier, normalised name. */
  private static final Map<String, String[]> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("doxorubicin", new String[] {"CHEMICAL", DOX, "Doxorubicin"});
    FORMS.put("Doxorubicin", new String[] {"CHEMICAL", DOX, "Doxorubicin"});
    FORMS.put("adriamycin", new String[] {"CHEMICAL", DOX, "Doxorubicin"});
    FORMS.put("Dexrazoxane", new String[] {"CHEMICAL", "MESH:D064730", "Dexrazoxane"});
    FORMS.put("Daunorubicin", new String[] {"CHEMICAL", "MESH:D003630", "Daunorubicin"});
    FORMS.put("cardiotoxicity", new String[] {"DISEASE", CARDIO, "Cardiotoxicity"});
    FORMS.put("Cardiotoxicity", new String[] {"DISEASE", CARDIO, "Cardiotoxicity"});
    FORMS.put("tumours", new String[] {"DISEASE", NEOPLASMS, "Neoplasms"});
    FORMS.put("Tumours", new String[] {"DISEASE", NEOPLASMS, "Neoplasms"});
    FORMS.put("alopecia", new String[] {"DISEASE", "MESH:D000505", "Alopecia"});
    FORMS.put("Alopecia", new String[] {"DISEASE", "MESH:D000505", "Alopecia"});
    FORMS.put("HER2", new String[] {"GENE", "NCBIGene:2064", "ERBB2"});
  }

  private DoxorubicinCorpus() {}

  /** The articles, new each call (relations are set on them). */
  public static List<EnrichedArticle> articles() {
    List<EnrichedArticle> articles = new ArrayList<>();
    // Doxorubicin and cardiotoxicity. Weights: title 4, RESULTS/CONCLUSIONS 3, other sentences 1;
    // co-occurrence 0.5.
    // 81000004: a RESULTS and a BACKGROUND sentence, 4, newer than 81000001: the title, 4.
    articles.add(
        article(
            "81000001",
            2019,
            "Cardio-Oncology",
            "Doxorubicin cardiotoxicity in children.",
            new S(Role.METHODS, "We followed 40 children given doxorubicin."),
            new S(Role.RESULTS, "Ejection fraction fell in 12 of them.")));
    articles.add(
        article(
            "81000002",
            2020,
            "Lancet Oncology",
            "Anthracyclines and the heart.",
            new S(Role.METHODS, "Patients received doxorubicin."),
            new S(Role.RESULTS, "Twelve had cardiotoxicity."),
            new S(Role.CONCLUSIONS, "Doxorubicin causes cardiotoxicity in a dose-dependent way.")));
    articles.add(
        article(
            "81000003",
            2020,
            "Cardio-Oncology",
            "Heart monitoring during chemotherapy.",
            new S(Role.METHODS, "Doxorubicin cardiotoxicity was graded by echocardiography."),
            new S(Role.METHODS, "Cardiotoxicity after doxorubicin was also graded by troponin."),
            new S(Role.RESULTS, "Both grades agreed.")));
    articles.add(
        article(
            "81000004",
            2021,
            "Cardio-Oncology",
            "Late effects of chemotherapy.",
            new S(Role.BACKGROUND, "Cardiotoxicity limits doxorubicin."),
            new S(Role.RESULTS, "Dexrazoxane prevented cardiotoxicity of doxorubicin.")));
    articles.add(
        article(
            "81000005",
            2022,
            "Cardio-Oncology",
            "A registry of anthracycline use.",
            new S(Role.METHODS, "We recorded adriamycin doses and cardiotoxicity."),
            new S(Role.RESULTS, "Dexrazoxane was rarely used.")));
    // Only co-occurring, in different sentences: after every article with a shared sentence, newest
    // first.
    articles.add(
        article(
            "81000006",
            2022,
            "Cardio-Oncology",
            "Doxorubicin in sarcoma.",
            new S(Role.RESULTS, "Cardiotoxicity was rare.")));
    articles.add(
        article(
            "81000007",
            2018,
            "Cardio-Oncology",
            "Cardiotoxicity of cancer drugs.",
            new S(Role.BACKGROUND, "Doxorubicin is an old drug.")));
    // Doxorubicin with tumours in six articles, two of them with alopecia too (but in one sentence
    // once only).
    for (int i = 0; i < 6; i++) {
      articles.add(
          article(
              "8100001" + i,
              2015,
              "Oncology",
              "Doxorubicin shrinks tumours, trial " + i + ".",
              new S(
                  Role.RESULTS,
                  i == 0
                      ? "Doxorubicin caused alopecia."
                      : i == 1 ? "Alopecia was common." : "It worked.")));
    }
    // Tumours without doxorubicin: the tumours are everywhere.
    for (int i = 0; i < 8; i++) {
      articles.add(
          article(
              "8100002" + i,
              2016,
              "Oncology",
              "Tumours in registry " + i + ".",
              new S(Role.RESULTS, "HER2 was measured.")));
    }
    articles.add(
        article(
            "81000030",
            2017,
            "Haematology",
            "Daunorubicin in leukaemia.",
            new S(Role.RESULTS, "It was given.")));
    articles.get(0).setRelations(List.of(cardiotoxicity(DOX, "Positive_Correlation", 0.9f)));
    articles.get(1).setRelations(List.of(cardiotoxicity(DOX, "Positive_Correlation", 0.8f)));
    articles
        .get(3)
        .setRelations(
            List.of(
                cardiotoxicity(DOX, "Negative_Correlation", 0.6f),
                cardiotoxicity("MESH:D064730", "Negative_Correlation", 0.7f)));
    return articles;
  }

  /** A relation the classifier found between a chemical and cardiotoxicity. */
  private static EntityRelation cardiotoxicity(String chemical, String type, float confidence) {
    return new EntityRelation(
        EntityType.CHEMICAL, chemical, EntityType.DISEASE, CARDIO, type, confidence);
  }

  /**
   * An article of one title sentence and abstract sentences with roles; entities are tagged by
   * {@link #FORMS}.
   */
  private static EnrichedArticle article(
      String pmid, int year, String journal, String title, S... sentences) {
    return TaggedArticles.article(FORMS, pmid, year, journal, title, sentences);
  }
}
