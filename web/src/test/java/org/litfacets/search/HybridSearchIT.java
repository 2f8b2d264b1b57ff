package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.embedding.Embedder;
import org.litfacets.enrichment.Vectors;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;

/**
 * Best Match and hybrid search on real Solr with real vectors (the default embedding model), in a
 * collection of their own.
 */
class HybridSearchIT {
  private static final String COLLECTION = "litfacets_hybrid_it";
  private static SolrConnection solr;
  private static Embedder embedder;

  /** PMID, title, abstract, year. */
  private static final String[][] ARTICLES = {
    {"81000001", "Aspirin lowers stroke risk in diabetes", "A cohort of adults.", "2020"},
    {"81000002", "Aspirin and stroke outcomes", "Outcomes in older adults.", "2019"},
    {"81000003", "A national diabetes registry", "Registry methods.", "2018"},
    {
      "81000004",
      "Antiplatelet drugs and cerebrovascular events",
      "Platelet inhibitors prevent brain infarction.",
      "2021"
    },
    {"81000005", "Knee surgery rehabilitation", "Physiotherapy after knee replacement.", "2021"},
    {"81000006", "Soil bacteria in farmland", "Nitrogen fixing microbes.", "2017"}
  };

  @BeforeAll
  static void index() {
    solr = TestSolr.connect(COLLECTION);
    solr.deleteAll();
    embedder = Embedder.withDefaultModel();
    List<EnrichedArticle> articles =
        java.util.Arrays.stream(ARTICLES)
            .map(
                a ->
                    new EnrichedArticle(
                        new Article(
                            a[0],
                            a[1],
                            List.of(new AbstractSection(null, null, a[2])),
                            "Journal " + a[3],
                            null,
                            Integer.parseInt(a[3]),
                            a[3],
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            null)))
            .toList();
    new Vectors(embedder).enrich(articles);
    ArticleStore store = new ArticleStore(solr);
    store.upsert(articles.stream().map(ArticleDocuments::toSolr).toList());
    store.commit();
  }

  @AfterAll
  static void close() {
    solr.close();
  }

  private static SearchService service(int knnDepth) {
    return new SearchService(
        solr,
        Optional.empty(),
        Optional.of(new QueryEmbedder(embedder.modelName(), embedder::embedQueries)),
        new Ranking(Ranking.DEFAULT.titleBoost(), Ranking.DEFAULT.lexicalWeight(), knnDepth));
  }

  private static SearchResult search(
      SearchService service, String q, SearchMode mode, String... filters) {
    return service.search(
        new SearchRequest(
            q,
            java.util.Arrays.stream(filters).map(Filter::parse).toList(),
            1,
            100,
            SortOrder.RELEVANCE,
            mode,
            null));
  }

  private static List<String> pmids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::pmid).toList();
  }

  @Test
  void freeTextFindsArticlesWithAnyOfItsWordsThoseWithMoreFirst() {
    SearchResult best = search(service(10), "aspirin stroke diabetes", SearchMode.LEXICAL);

    assertThat(best.request().kind()).isEqualTo(QueryKind.TEXT);
    assertThat(best.mode()).isEqualTo(SearchMode.LEXICAL);
    // Three words, two words, one word; no article without any of them.
    assertThat(pmids(best)).containsExactly("81000001", "81000002", "81000003");
    assertThat(best.hits().get(1).titleHtml()).contains("<mark>Aspirin</mark>");

    SearchResult exact = search(service(10), "aspirin AND stroke AND diabetes", SearchMode.LEXICAL);
    assertThat(exact.request().kind()).isEqualTo(QueryKind.BOOLEAN);
    assertThat(pmids(exact)).containsExactly("81000001");
  }

  @Test
  void hybridFusesBothListsAndItsFacetsCountTheFusedSet() {
    SearchService service = service(2);
    List<String> lexicalList = pmids(search(service, "aspirin stroke", SearchMode.LEXICAL));
    List<String> semanticList = pmids(search(service, "aspirin stroke", SearchMode.SEMANTIC));
    Set<String> lexical = new HashSet<>(lexicalList);
    Set<String> semantic = new HashSet<>(semanticList);
    assertThat(lexical).containsExactlyInAnyOrder("81000001", "81000002");
    assertThat(semantic).hasSize(2);

    SearchResult hybrid = search(service, "aspirin stroke", SearchMode.HYBRID);

    assertThat(hybrid.mode()).isEqualTo(SearchMode.HYBRID);
    Set<String> union = new HashSet<>(lexical);
    union.addAll(semantic);
    assertThat(pmids(hybrid)).containsExactlyInAnyOrderElementsOf(union);
    assertThat(hybrid.total()).isEqualTo(union.size());
    assertThat(yearCounts(hybrid)).isEqualTo(yearsOf(union));
    // Matching both words and being near in meaning ranks first.
    assertThat(pmids(hybrid).get(0)).isIn("81000001", "81000002");
  }

  @Test
  void hybridPagesThroughTheFusedRanking() {
    SearchService service = service(2);
    List<String> whole = pmids(search(service, "aspirin stroke", SearchMode.HYBRID));
    List<String> paged = new java.util.ArrayList<>();
    for (int page = 1; page <= whole.size(); page++) {
      SearchResult one =
          service.search(
              new SearchRequest(
                  "aspirin stroke",
                  List.of(),
                  page,
                  1,
                  SortOrder.RELEVANCE,
                  SearchMode.HYBRID,
                  null));
      assertThat(one.total()).isEqualTo(whole.size());
      paged.addAll(pmids(one));
    }
    assertThat(paged).isEqualTo(whole);
  }

  @Test
  void aBooleanQueryKeepsItsExactSetInHybridSearch() {
    SearchResult hybrid = search(service(2), "aspirin AND stroke", SearchMode.HYBRID);

    assertThat(hybrid.mode()).isEqualTo(SearchMode.HYBRID);
    assertThat(hybrid.total()).isEqualTo(2);
    assertThat(pmids(hybrid)).containsExactlyInAnyOrder("81000001", "81000002");
  }

  @Test
  void filtersNarrowBothTheWordsAndTheNeighbours() {
    SearchService service = service(1);
    // In 2021 no article has the words; the nearest 2021 article in meaning is still found, as
    // the filter narrows the search for neighbours itself.
    SearchResult hybrid = search(service, "aspirin stroke", SearchMode.HYBRID, "year:2021");

    assertThat(hybrid.total()).isEqualTo(1);
    assertThat(pmids(hybrid)).containsExactly("81000004");
    // The year facet leaves its own filter out (to offer the other years); the journal facet does
    // not.
    assertThat(counts(hybrid, "journal")).isEqualTo(Map.of("Journal 2021", 1L));
  }

  @Test
  void withoutAnEmbeddingModelHybridRunsLexical() {
    SearchResult r =
        new SearchService(solr, Optional.empty())
            .search(
                new SearchRequest(
                    "aspirin stroke",
                    List.of(),
                    1,
                    10,
                    SortOrder.RELEVANCE,
                    SearchMode.HYBRID,
                    null));

    assertThat(r.mode()).isEqualTo(SearchMode.LEXICAL);
    assertThat(pmids(r)).containsExactlyInAnyOrder("81000001", "81000002");
  }

  private static Map<String, Long> yearCounts(SearchResult r) {
    return counts(r, "year");
  }

  private static Map<String, Long> counts(SearchResult r, String field) {
    Map<String, Long> counts = new HashMap<>();
    r.facets().stream()
        .filter(f -> f.field().equals(field))
        .flatMap(f -> f.values().stream())
        .forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  private static Map<String, Long> yearsOf(Set<String> pmids) {
    Map<String, Long> counts = new HashMap<>();
    for (String[] a : ARTICLES) {
      if (pmids.contains(a[0])) {
        counts.merge(a[3], 1L, Long::sum);
      }
    }
    return counts;
  }
}
