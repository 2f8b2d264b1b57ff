package org.litfacets.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.solr.Backoff;
import org.litfacets.solr.ConfigSet;
import org.litfacets.solr.LocalSolr;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleStore;

/** Bad input files and a Solr that goes away, against real Solr nodes. */
class IndexerFaultsIT {

  @Test
  void badFilesAreReportedByFileRecordAndReasonAndTheirGoodRecordsIndexed() throws Exception {
    Path bad = Path.of(IndexerFaultsIT.class.getResource("/pubmed/bad").toURI());
    List<Path> files = Indexer.inputFiles(List.of(bad));
    try (SolrConnection solr = TestSolr.connect()) {
      ArticleStore store = new ArticleStore(solr);
      IndexCounters counters =
          new Indexer(store, Pipeline.NONE, IndexOptions.DEFAULTS, IndexProgress.NONE).index(files);

      assertThat(counters.failed(FailureReason.UNREADABLE_FILE)).isEqualTo(2);
      assertThat(counters.failureExamples(FailureReason.UNREADABLE_FILE))
          .anySatisfy(
              m ->
                  assertThat(m)
                      .endsWith(
                          "not-gzip.xml.gz: named .gz but not gzip-compressed (Not in GZIP"
                              + " format)"))
          .anySatisfy(
              m ->
                  assertThat(m)
                      .contains(
                          "truncated.xml: the file ends inside a PubmedArticle element"
                              + " (record 2)"));
      assertThat(counters.failed(FailureReason.MALFORMED_RECORD)).isEqualTo(2);
      assertThat(counters.failureExamples(FailureReason.MALFORMED_RECORD))
          .containsExactlyInAnyOrder(
              "missing-pmid.xml record 2: record without a PMID",
              "wrong-encoding.xml record 2 PMID 45000012: bytes that are not valid in the file's"
                  + " encoding (UTF-8 unless its XML declaration names another): wrong"
                  + " encoding?");
      assertThat(counters.replaced()).isEqualTo(1);
      assertThat(counters.summary())
          .contains(
              "replaced 1: a later record of the same PMID in the same file won, e.g."
                  + " duplicate-pmid.xml record 3 PMID 45000041");

      for (String good :
          List.of(
              "45000001", "45000011", "45000013", "45000021", "45000031", "45000051", "45000052")) {
        assertThat(store.get(good)).as(good).isPresent();
      }
      assertThat(store.get("45000012")).isEmpty();
      assertThat(store.get("45000041").orElseThrow().title()).isEqualTo("Second version");
      assertThat(store.get("45000021").orElseThrow().title()).isEqualTo("Café in Latin-1");
    }
  }

  @Test
  void solrStoppingMidRunEndsTheRunWithAClearFailureAndCountsEveryArticle() throws Exception {
    Path corpus = Files.createTempDirectory("litfacets-outage");
    int records = FaultCorpus.writeGood(corpus, 4, 100).size();
    Path home = Files.createTempDirectory("litfacets-outage-solr");
    LocalSolr node = LocalSolr.start(home, 0, "256m");
    List<String> retries = new ArrayList<>();
    IndexCounters counters =
        assertTimeoutPreemptively(
            Duration.ofSeconds(90),
            () -> {
              try (SolrConnection solr =
                  SolrConnection.open(node.baseUrl(), ConfigSet.COLLECTION)) {
                ArticleStore store =
                    new ArticleStore(
                        solr,
                        new Backoff(3, Duration.ofMillis(200), Duration.ofMillis(400)),
                        retries::add);
                return new Indexer(
                        store,
                        Pipeline.of(List.of(new StopSolrOnBatch(node))),
                        new IndexOptions(40, false),
                        IndexProgress.NONE)
                    .index(Indexer.inputFiles(List.of(corpus)));
              }
            });
    node.close();

    assertThat(counters.stoppedBy()).get().asString().startsWith("gave up after 3 tries");
    assertThat(counters.failed(FailureReason.SOLR_UNAVAILABLE)).isGreaterThanOrEqualTo(40);
    // The first two batches were being written while the node stopped: each was written whole or
    // counted whole.
    assertThat(counters.indexed()).isIn(0L, 40L, 80L);
    // Every article read was either written or counted as not written: none vanished.
    assertThat(counters.indexed() + counters.failedTotal()).isEqualTo(counters.read());
    assertThat(counters.read()).isLessThan(records);
    assertThat(retries).isNotEmpty().first().asString().contains("(try 1 of 3)");
    assertThat(counters.summary()).contains("stopped early: gave up after 3 tries");
  }
}
