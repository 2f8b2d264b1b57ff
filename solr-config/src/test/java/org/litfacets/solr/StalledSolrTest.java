package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SOLR-17707: a server that accepts the connection and then never reads the update body used to
 * leave SolrJ's body-writer thread blocked in {@code PipedInputStream.awaitSpace} and the indexer
 * hanging in {@code close()} forever. The connection must fail within its request timeout instead,
 * and close within a bounded time.
 */
class StalledSolrTest {
  private StalledSolr server;

  @BeforeEach
  void startAServerThatNeverReads() {
    server = new StalledSolr();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void anUpdateThatNobodyReadsFailsWithinTheTimeoutAndCloseReturns() {
    List<SolrInputDocument> docs = new ArrayList<>();
    String filler = "x".repeat(100_000);
    // 30 MB: far more than the socket buffers hold, so the body writer must block.
    for (int i = 0; i < 300; i++) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField("id", Integer.toString(i));
      doc.setField("title", filler);
      docs.add(doc);
    }
    long start = System.nanoTime();
    SolrConnection solr =
        SolrConnection.open(
            server.baseUrl(),
            ConfigSet.COLLECTION,
            new SolrLimits(Duration.ofMillis(1500), Duration.ofSeconds(3)));
    assertThatThrownBy(() -> solr.call("index 300 documents", () -> solr.client().add(docs)))
        .isInstanceOf(SolrUnavailableException.class)
        .hasMessageContaining("index 300 documents");
    solr.close();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isLessThan(Duration.ofSeconds(30));
    assertThat(bodyWriters()).as("SolrJ threads still alive after close").isEmpty();
  }

  /** Live threads of SolrJ's executor that are still writing a request body. */
  private static List<String> bodyWriters() {
    List<String> stuck = new ArrayList<>();
    Thread.getAllStackTraces()
        .forEach(
            (thread, stack) -> {
              for (StackTraceElement frame : stack) {
                if (frame.getMethodName().equals("awaitSpace")) {
                  stuck.add(thread.getName());
                }
              }
            });
    return stuck;
  }
}
