package org.litfacets.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.enrichment.Sentences;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleStore;
import org.litfacets.testing.SharedData;

/** The pipeline against a real local Solr node, on a fixture and on the real PubMed samples. */
class IndexerIT {
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

  private static Path fixture() throws Exception {
    return Path.of(IndexerIT.class.getResource("/pubmed/fixture.xml.gz").toURI());
  }

  @Test
  void countsEveryRecordAndReindexingNeverDuplicates() throws Exception {
    Indexer indexer = new Indexer(store, Pipeline.NONE, IndexOptions.DEFAULTS, IndexProgress.NONE);
    IndexCounters first = indexer.index(List.of(fixture()));

    assertThat(first.read()).isEqualTo(5);
    assertThat(first.indexed()).isEqualTo(1);
    assertThat(first.skipped(SkipReason.NO_ABSTRACT)).isEqualTo(2);
    assertThat(first.failed(FailureReason.MALFORMED_RECORD)).isEqualTo(1);
    assertThat(first.failureExamples(FailureReason.MALFORMED_RECORD).get(0))
        .contains("PMID 22222222");
    assertThat(first.deleted()).isEqualTo(2);
    assertThat(store.get("11111111")).isPresent();

    long count = store.count();
    indexer.index(List.of(fixture()));
    assertThat(store.count()).isEqualTo(count);
  }

  @Test
  void keepsCitationsWithoutAbstractWhenAsked() throws Exception {
    Indexer indexer =
        new Indexer(store, Pipeline.NONE, new IndexOptions(10, true), IndexProgress.NONE);
    IndexCounters counters = indexer.index(List.of(fixture()));
    assertThat(counters.indexed()).isEqualTo(3);
    assertThat(store.get("33333333").orElseThrow().title()).isEqualTo("Une lettre sans résumé.");
  }

  @Test
  void deletionsRemoveEarlierArticles() throws Exception {
    store.upsert(
        List.of(
            org.litfacets.store.ArticleDocuments.toSolr(
                new org.litfacets.article.EnrichedArticle(
                    org.litfacets.article.Article.ofText(
                        "55555555", "To be deleted", List.of())))));
    store.commit();
    new Indexer(store, Pipeline.NONE, IndexOptions.DEFAULTS, IndexProgress.NONE)
        .index(List.of(fixture()));
    assertThat(store.get("55555555")).isEmpty();
  }

  @Test
  void aStoppedRunWritesAndCommitsWhatItRead() {
    Path samples = SharedData.require("pubmed-xml-samples");
    solr.deleteAll();
    Indexer[] indexer = new Indexer[1];
    long[] reported = new long[2];
    // Stop as an interrupted user would (Ctrl-C), after the first batch.
    indexer[0] =
        new Indexer(
            store,
            Pipeline.NONE,
            new IndexOptions(50, false),
            (done, total, counters) -> {
              indexer[0].requestStop();
              reported[0] = done;
              reported[1] = total;
            });
    IndexCounters counters = indexer[0].index(Indexer.inputFiles(List.of(samples)));

    assertThat(counters.indexed()).isBetween(50L, 471L);
    assertThat(store.count()).isEqualTo(counters.indexed());
    assertThat(reported[0]).as("the bar stops where reading stopped").isLessThan(reported[1]);
  }

  @Test
  void workersEnrichBatchesAtOnceAndEveryRecordIsCountedOnce() throws Exception {
    Path samples = SharedData.require("pubmed-xml-samples");
    solr.deleteAll();
    CountDownLatch together = new CountDownLatch(2);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<String> duplicates = new CopyOnWriteArrayList<>();
    // Each of the first two batches waits for the other inside the step: only two workers
    // enriching at once get past it in time.
    Enricher meeting =
        new Enricher() {
          @Override
          public String name() {
            return "meeting";
          }

          @Override
          public Set<Part> sets() {
            return Set.of(Part.MESH_TREES);
          }

          @Override
          public void enrich(List<EnrichedArticle> batch) {
            together.countDown();
            try {
              if (!together.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no second worker enriched a batch meanwhile");
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            }
            for (EnrichedArticle a : batch) {
              if (!seen.add(a.article().pmid())) {
                duplicates.add(a.article().pmid());
              }
              a.setMeshTreeNumbers(List.of());
            }
          }
        };

    IndexCounters counters =
        new Indexer(
                store,
                Pipeline.of(List.of(meeting)),
                new IndexOptions(20, false, 2),
                IndexProgress.NONE)
            .index(Indexer.inputFiles(List.of(samples)));

    assertThat(counters.failedTotal()).as(counters.summary()).isZero();
    assertThat(counters.read()).isEqualTo(535);
    assertThat(counters.indexed() + counters.skipped(SkipReason.NO_ABSTRACT)).isEqualTo(535);
    assertThat(seen).hasSize((int) counters.indexed());
    assertThat(duplicates).isEmpty();
    assertThat(store.count()).isEqualTo(counters.indexed());
    assertThat(counters.limitingStage()).isNotEmpty();
  }

  @Test
  void indexesTheRealPubmedSamples() throws Exception {
    Path samples = SharedData.require("pubmed-xml-samples");
    List<Path> files = Indexer.inputFiles(List.of(samples));
    assertThat(files).hasSize(5);

    IndexCounters counters =
        new Indexer(store, Pipeline.NONE, IndexOptions.DEFAULTS, IndexProgress.NONE).index(files);

    // SOURCE.md counts 529 journal articles, 472 with an abstract; the files also hold 6 book
    // chapters.
    assertThat(counters.read()).isEqualTo(535);
    assertThat(counters.indexed() + counters.skipped(SkipReason.NO_ABSTRACT)).isEqualTo(535);
    assertThat(counters.indexed()).isEqualTo(472 + 6);
    assertThat(counters.failedTotal()).isZero();
    long asthma =
        solr.client().query(new SolrQuery("mesh_ui:D001249").setRows(0)).getResults().getNumFound();
    assertThat(asthma).isPositive();
    assertThat(store.get("29768149").orElseThrow().title())
        .isEqualTo("Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.");
  }

  /**
   * A step that splits sentences as the real one does, but breaks on one article after enriching
   * those before it.
   */
  private static final class SentencesFailingOn implements Enricher {
    private final Sentences sentences = new Sentences();
    private final String pmid;

    SentencesFailingOn(String pmid) {
      this.pmid = pmid;
    }

    @Override
    public String name() {
      return "sentences";
    }

    @Override
    public Set<Part> sets() {
      return sentences.sets();
    }

    @Override
    public void enrich(List<EnrichedArticle> batch) {
      for (EnrichedArticle article : batch) {
        if (article.article().pmid().equals(pmid)) {
          throw new IllegalStateException("cannot split this one");
        }
        sentences.enrich(List.of(article));
      }
    }
  }

  private static long sentencesOf(String pmid) throws Exception {
    return solr.client()
        .query(new SolrQuery("doc_type:sentence AND pmid:" + pmid).setRows(0))
        .getResults()
        .getNumFound();
  }

  @Test
  void anArticleThatBreaksAStepFailsAloneAndTheOthersAreEnrichedOnce() throws Exception {
    Path three = Path.of(IndexerIT.class.getResource("/pubmed/three-articles.xml").toURI());
    store.delete(List.of("44000001", "44000002", "44000003"));

    IndexCounters counters =
        new Indexer(
                store,
                Pipeline.of(List.of(new SentencesFailingOn("44000002"))),
                IndexOptions.DEFAULTS,
                IndexProgress.NONE)
            .index(List.of(three));

    assertThat(counters.indexed()).isEqualTo(2);
    assertThat(counters.failed(FailureReason.ENRICHMENT_FAILED)).isEqualTo(1);
    assertThat(counters.failureExamples(FailureReason.ENRICHMENT_FAILED).get(0))
        .isEqualTo("sentences on PMID 44000002: cannot split this one");
    assertThat(store.get("44000002")).isEmpty();
    // Title + two abstract sentences, once: the batch run and the article-by-article run both
    // enriched 44000001.
    assertThat(store.getAnnotated("44000001").orElseThrow().sentences()).hasSize(3);
    assertThat(sentencesOf("44000001")).isEqualTo(3);
    assertThat(sentencesOf("44000003")).isEqualTo(3);
  }

  @Test
  void aDocumentSolrRejectsFailsAloneAndTheRestOfItsBatchIsIndexed() throws Exception {
    Path three = Path.of(IndexerIT.class.getResource("/pubmed/three-articles.xml").toURI());
    store.delete(List.of("44000001", "44000002", "44000003"));
    // A vector of the wrong dimension: Solr refuses that document, and only that one.
    Enricher badVector =
        new Enricher() {
          @Override
          public String name() {
            return "vectors";
          }

          @Override
          public Set<Part> sets() {
            return Set.of(Part.VECTOR);
          }

          @Override
          public void enrich(List<EnrichedArticle> batch) {
            batch.stream()
                .filter(a -> a.article().pmid().equals("44000003"))
                .forEach(a -> a.setVector(new float[] {1, 0, 0}, "three-dimensions"));
          }
        };

    IndexCounters counters =
        new Indexer(
                store, Pipeline.of(List.of(badVector)), IndexOptions.DEFAULTS, IndexProgress.NONE)
            .index(List.of(three));

    assertThat(counters.indexed()).isEqualTo(2);
    assertThat(counters.failed(FailureReason.REJECTED_BY_SOLR)).isEqualTo(1);
    assertThat(counters.failureExamples(FailureReason.REJECTED_BY_SOLR).get(0))
        .startsWith("PMID 44000003: ");
    assertThat(store.get("44000001")).isPresent();
    assertThat(store.get("44000002")).isPresent();
    assertThat(store.get("44000003")).isEmpty();
  }
}
