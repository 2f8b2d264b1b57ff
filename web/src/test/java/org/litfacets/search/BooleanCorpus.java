package org.litfacets.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.article.MeshHeading;
import org.litfacets.enrichment.MeshTrees;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;

/**
 * Seven articles whose PMIDs each Boolean search test expects, in a collection of their own so that
 * the articles of other tests sharing the Solr node never count. MeSH is the mesh module's fixture:
 * Diabetes Mellitus (D003920) with Type 2 (D003924) and Diabetic Retinopathy (D003930) below it.
 */
public final class BooleanCorpus {
  public static final String COLLECTION = "litfacets_boolean_it";
  public static final MeshVocabulary MESH =
      MeshVocabulary.load(Path.of("../mesh/src/test/resources/mesh-fixture/desc-fixture.xml"));
  private static boolean indexed;

  private BooleanCorpus() {}

  /** A connection to the corpus's collection, indexed on first use; the caller closes it. */
  public static synchronized SolrConnection connect() {
    SolrConnection solr = TestSolr.connect(COLLECTION);
    if (!indexed) {
      solr.deleteAll();
      List<EnrichedArticle> articles = new ArrayList<>();
      // Type 2 diabetes, major topic, qualified by drug therapy.
      articles.add(
          article(
              "80000001",
              "Glucose control in type 2 diabetes",
              "Tight glycaemic control reduced " + "complications.",
              2015,
              "eng",
              "Randomized Controlled Trial",
              new MeshHeading(
                  "D003924", "Diabetes Mellitus, Type 2", true, List.of("drug therapy"))));
      // Only a heading below Diabetes Mellitus, and no word "diabetes": found by [mh] and by
      // mapping, not by text.
      articles.add(
          article(
              "80000002",
              "Retinal screening",
              "Screening for retinopathy in primary care.",
              2021,
              "fre",
              "Journal Article",
              new MeshHeading("D003930", "Diabetic Retinopathy", false, List.of())));
      // Keywords zz0 ... zz1099: more terms than Lucene lets a truncation inside a phrase expand
      // to.
      List<String> keywords = new ArrayList<>(List.of("keyword 80000003"));
      for (int i = 0; i < 1100; i++) {
        keywords.add("zz" + i);
      }
      articles.add(
          new EnrichedArticle(
              new Article(
                  "80000003",
                  "Diabetes mellitus registry",
                  List.of(new AbstractSection(null, null, "A registry of adults.")),
                  "Clinical Reports",
                  "Clin Rep",
                  2012,
                  "2012",
                  List.of("Smith AB", "Jones C"),
                  List.of("eng"),
                  List.of("Journal Article"),
                  keywords,
                  List.of(new MeshHeading("D003920", "Diabetes Mellitus", false, List.of())),
                  "10.1000/80000003")));
      // "pain" and "hip" with two words between them, then with five.
      articles.add(
          article(
              "80000004",
              "Postoperative complaints",
              "Pain affecting left hip lasted weeks.",
              2018,
              "eng",
              "Journal Article",
              null));
      articles.add(
          article(
              "80000005",
              "Knee outcomes",
              "Hip replacement surgery caused severe chronic pain.",
              2019,
              "eng",
              "Journal Article",
              null));
      EnrichedArticle children =
          article(
              "80000006",
              "Children with wheeze",
              "Inhaled steroids in childhood.",
              2020,
              "eng",
              "Review",
              null);
      children.setMentions(
          List.of(new EntityMention(14, 20, EntityType.DISEASE, "MESH:D012135", "Wheezing")));
      articles.add(children);
      articles.add(
          article(
              "80000007",
              "Statins and lipids",
              "Statins lower cholesterol.",
              2010,
              "eng",
              "Journal Article",
              null));
      new MeshTrees(MESH).enrich(articles);
      ArticleStore store = new ArticleStore(solr);
      store.upsert(articles.stream().map(ArticleDocuments::toSolr).toList());
      store.commit();
      indexed = true;
    }
    return solr;
  }

  private static EnrichedArticle article(
      String pmid,
      String title,
      String text,
      int year,
      String language,
      String type,
      MeshHeading heading) {
    return new EnrichedArticle(
        new Article(
            pmid,
            title,
            List.of(new AbstractSection(null, null, text)),
            "Clinical Reports",
            "Clin Rep",
            year,
            Integer.toString(year),
            List.of("Smith AB", "Jones C"),
            List.of(language),
            List.of(type),
            List.of("keyword " + pmid),
            heading == null ? List.of() : List.of(heading),
            "10.1000/" + pmid));
  }
}
