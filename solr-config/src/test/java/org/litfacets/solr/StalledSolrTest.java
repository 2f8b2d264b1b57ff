package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
  private ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startAServerThatNeverReads() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket s = server.accept();
                  s.setReceiveBufferSize(1024);
                  accepted.add(s);
                }
              } catch (IOException closed) {
                // the test is over
              }
            },
            "never-reads");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    for (Socket s : accepted) {
      s.close();
    }
  }

  @Test
  void anUpdateThatNobodyReadsFailsWithinTheTimeoutAndCloseReturns() {
    String url = "http://127.0.0.1:" + server.getLocalPort() + "/solr";
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
            url,
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
