package org.litfacets.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;
import org.litfacets.article.MeshHeading;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;

/** Round trip of an article through a real local Solr node. */
class ArticleStoreIT {
  private static SolrConnection solr;
  private static ArticleStore store;

  @BeforeAll
  static void start() {
    solr = TestSolr.connect();
    store = new ArticleStore(solr);
  }

  @AfterAll
  static void stop() {
    solr.close();
  }

  static Article article(String pmid, String title) {
    return new Article(
        pmid,
        title,
        List.of(
            new AbstractSection("AIMS", "OBJECTIVE", "To test storage."),
            new AbstractSection(null, null, "It works.")),
        "Journal of Tests",
        "J Tests",
        2021,
        "2021 Mar",
        List.of("Doe J", "Roe R"),
        List.of("eng"),
        List.of("Journal Article"),
        List.of("storage"),
        List.of(
            new MeshHeading("D006801", "Humans", false, List.of()),
            new MeshHeading("D001249", "Asthma", true, List.of("drug therapy", "epidemiology"))),
        "10.1000/test");
  }

  @Test
  void storesAndReadsBackEveryField() throws Exception {
    Article original = article("90000001", "Storage round trip");
    EnrichedArticle enriched = new EnrichedArticle(original);
    enriched.setMeshTreeNumbers(List.of("C08.127.108"));
    enriched.setSentences(
        List.of(
            new Sentence(0, 18),
            new Sentence(
                19,
                35,
                Role.OBJECTIVE,
                Set.of(ChallengeLabel.CHALLENGE, ChallengeLabel.DIRECTION))));
    enriched.setMentions(
        List.of(new EntityMention(22, 29, EntityType.DISEASE, "MESH:D001249", "Asthma")));
    enriched.setRelations(
        List.of(
            new EntityRelation(
                EntityType.CHEMICAL,
                "MESH:D019819",
                EntityType.DISEASE,
                "MESH:D001249",
                "Negative_Correlation",
                0.75f)));
    float[] vector = new float[384];
    vector[0] = 1;
    enriched.setVector(vector, "all-minilm-l6-v2-q");
    store.upsert(List.of(ArticleDocuments.toSolr(enriched)));
    store.commit();

    assertThat(store.get("90000001")).contains(original);
    AnnotatedArticle annotated = store.getAnnotated("90000001").orElseThrow();
    assertThat(annotated.sentences()).containsExactlyElementsOf(enriched.sentences());
    assertThat(annotated.mentions()).containsExactlyElementsOf(enriched.mentions());
    assertThat(annotated.relations()).containsExactlyElementsOf(enriched.relations());
    // The article and the one sentence that mentions asthma.
    var withAsthma =
        solr.client()
            .query(
                new SolrQuery("entity_disease_label:\"Asthma|MESH:D001249\"")
                    .setSort("id", SolrQuery.ORDER.asc))
            .getResults();
    assertThat(withAsthma)
        .extracting(d -> d.getFieldValue("id"))
        .containsExactly("90000001", "90000001-s1");
    var sentence = withAsthma.get(1);
    assertThat(sentence.getFieldValue("doc_type")).isEqualTo("sentence");
    assertThat(sentence.getFieldValue("sentence_text")).isEqualTo("To test storage.");
    assertThat(sentence.getFieldValue("sentence_role")).isEqualTo("OBJECTIVE");
    assertThat(sentence.getFieldValue("sentence_section_s")).isEqualTo("abstract");
    assertThat(withAsthma.get(0).getFieldValues("entity_name"))
        .containsExactly(
            "disease|test st|Asthma|MESH:D001249", "disease|asthma|Asthma|MESH:D001249");
    assertThat(withAsthma.get(0).getFieldValues("entity_relation"))
        .containsExactly(
            "disease:MESH:D001249>chemical:MESH:D019819>Negative_Correlation",
            "chemical:MESH:D019819>disease:MESH:D001249>Negative_Correlation");
    assertThat(sentence.getFieldValues("context_before_stored"))
        .containsExactly("Storage round trip");
    assertThat(sentence.getFieldValues("mention_stored"))
        .containsExactly("3\t10\tdisease\tMESH:D001249\tAsthma");

    assertThat(
            solr.client()
                .query(KnnQuery.nearest(new SolrQuery(), vector, "all-minilm-l6-v2-q", 1))
                .getResults()
                .get(0)
                .getFieldValue("pmid"))
        .isEqualTo("90000001");

    // Writing the article again replaces its sentences; deleting it removes them.
    store.upsert(List.of(ArticleDocuments.toSolr(enriched)));
    store.commit();
    assertThat(solr.client().query(new SolrQuery("pmid:90000001")).getResults().getNumFound())
        .isEqualTo(3);
    store.delete(List.of("90000001"));
    store.commit();
    assertThat(solr.client().query(new SolrQuery("pmid:90000001")).getResults().getNumFound())
        .isZero();
    assertThat(store.get("99999999")).isEmpty();
  }

  @Test
  void headingsOfTheMostSimilarArticlesByTextOrByVector() {
    String[][] docs = {
      {"91000001", "Inhaled steroids for asthma in children", "D001249", "0.0"},
      {"91000002", "Asthma inhalers and adherence", "D007251", "0.3"},
      {"91000003", "Statins after myocardial infarction", "D009203", "2.0"},
      {"91000004", "Asthma without MeSH yet", null, "0.1"}
    };
    for (String[] d : docs) {
      EnrichedArticle e =
          new EnrichedArticle(
              new Article(
                  d[0],
                  d[1],
                  List.of(new AbstractSection(null, null, d[1] + ".")),
                  null,
                  null,
                  null,
                  null,
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  d[2] == null ? List.of() : List.of(new MeshHeading(d[2], d[2], false, List.of())),
                  null));
      float[] v = new float[384];
      v[0] = (float) Math.cos(Double.parseDouble(d[3]));
      v[1] = (float) Math.sin(Double.parseDouble(d[3]));
      e.setVector(v, "similarity-test-model");
      store.upsert(List.of(ArticleDocuments.toSolr(e)));
    }
    store.commit();

    // Only articles NLM has indexed vote, and never the article itself.
    assertThat(store.meshOfSimilar("asthma inhaler children", 2, "91000001"))
        .containsExactly(List.of("D007251"));
    // A long abstract (SciFact has texts of 500 distinct words) made more clauses than Lucene's
    // 1,024, and Solr refused the query.
    String longText =
        "asthma inhaler "
            + java.util.stream.IntStream.range(0, 600)
                .mapToObj(i -> "word" + i)
                .collect(java.util.stream.Collectors.joining(" "));
    assertThat(store.meshOfSimilar(longText, 2, "91000001")).containsExactly(List.of("D007251"));
    float[] near = new float[384];
    near[0] = 1;
    assertThat(store.meshOfNearest(near, "similarity-test-model", 2, "91000001"))
        .containsExactly(List.of("D007251"), List.of("D009203"));
    assertThat(store.meshOfNearest(near, "another-model", 2, null)).isEmpty();
  }

  @Test
  void mergingLeavesOneSegmentAndEveryArticle() {
    for (String pmid : List.of("90000011", "90000012", "90000013")) {
      store.upsert(List.of(ArticleDocuments.toSolr(new EnrichedArticle(article(pmid, pmid)))));
      store.commit();
    }
    long articles = store.count();

    solr.mergeSegments();

    assertThat(segments()).isEqualTo(1);
    assertThat(store.count()).isEqualTo(articles);
    assertThat(store.get("90000012").orElseThrow().title()).isEqualTo("90000012");
  }

  private static int segments() {
    var request =
        new GenericSolrRequest(
                SolrRequest.METHOD.GET, "/admin/segments", new ModifiableSolrParams())
            .setRequiresCollection(true);
    var response =
        solr.call("list segments", () -> solr.client().request(request, solr.collection()));
    return ((Map<?, ?>) response.get("segments")).size();
  }

  @Test
  void upsertReplacesAndDeleteRemoves() {
    long before = store.count();
    store.upsert(
        List.of(ArticleDocuments.toSolr(new EnrichedArticle(article("90000002", "First")))));
    store.upsert(
        List.of(ArticleDocuments.toSolr(new EnrichedArticle(article("90000002", "Second")))));
    store.commit();
    assertThat(store.count()).isEqualTo(before + 1);
    assertThat(store.get("90000002").orElseThrow().title()).isEqualTo("Second");

    store.delete(List.of("90000002"));
    store.commit();
    assertThat(store.get("90000002")).isEmpty();
    assertThat(store.count()).isEqualTo(before);
  }

  @Test
  void deletesArticlesWhosePmidsLookLikeQuerySyntax() {
    List<String> odd =
        List.of("9300\"0001", "93000002\\", ") OR (*:*", "93000004 OR", "93000005:x");
    for (String pmid : odd) {
      store.upsert(List.of(ArticleDocuments.toSolr(new EnrichedArticle(article(pmid, "Odd")))));
    }
    store.upsert(
        List.of(ArticleDocuments.toSolr(new EnrichedArticle(article("93000006", "Plain")))));
    store.commit();

    store.delete(odd);
    store.commit();
    for (String pmid : odd) {
      assertThat(store.get(pmid)).as(pmid).isEmpty();
    }
    assertThat(store.get("93000006")).isPresent();
  }
}
