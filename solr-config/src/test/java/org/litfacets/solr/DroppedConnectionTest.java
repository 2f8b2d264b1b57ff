package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Under load, a search once failed with "HTTP/1.1 header parser received no bytes": the client
 * reused a kept-alive connection that Solr closed while it was idle. A search reads only, so it is
 * sent again once on a fresh connection; an update is not (Solr may have applied it).
 */
class DroppedConnectionTest {
  private ForgetfulSolr server;
  private SolrConnection solr;

  @BeforeEach
  void start() {
    server = new ForgetfulSolr();
    solr = SolrConnection.open(server.baseUrl(), ConfigSet.COLLECTION);
  }

  @AfterEach
  void stop() throws IOException {
    solr.close();
    server.close();
  }

  @Test
  void aSearchOnAConnectionTheServerDroppedIsSentAgain() {
    for (int i = 0; i < 3; i++) {
      QueryResponse answer =
          solr.call(
              "search", () -> solr.client().query(new SolrQuery("*:*"), SolrRequest.METHOD.POST));
      assertThat(answer.getResults().get(0).getFirstValue("pmid")).isEqualTo("1");
    }
    assertThat(server.dropped()).as("searches that met a dropped connection").isPositive();
  }

  @Test
  void aSearchIsSentAgainPastSeveralConnectionsClosedAtOnce() throws Exception {
    // after a pause, every kept-alive connection in the pool may have been closed by Solr's idle
    // timeout: under load one search met two in a row and failed
    stop();
    server = new ForgetfulSolr(4);
    solr = SolrConnection.open(server.baseUrl(), ConfigSet.COLLECTION);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<QueryResponse>> first = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        first.add(clients.submit(this::search));
      }
      for (Future<QueryResponse> f : first) {
        assertThat(f.get().getResults()).hasSize(1);
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(search().getResults().get(0).getFirstValue("pmid")).isEqualTo("1");
    assertThat(server.dropped()).as("closed connections the search met").isGreaterThanOrEqualTo(2);
  }

  @Test
  void theJdkClientsWordsForAConnectionEndedBeforeTheAnswerMeanADroppedConnection() {
    assertThat(
            LimitedSolrClient.isDroppedConnection(
                new IOException("HTTP/1.1 header parser received no bytes")))
        .isTrue();
    assertThat(LimitedSolrClient.isDroppedConnection(new IOException("Connection refused")))
        .isFalse();
  }

  private QueryResponse search() {
    return solr.call(
        "search", () -> solr.client().query(new SolrQuery("*:*"), SolrRequest.METHOD.POST));
  }

  @Test
  void anUpdateOnADroppedConnectionFailsAndIsNotSentAgain() {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", "1");
    int failed = 0;
    for (int i = 0; i < 4; i++) {
      try {
        solr.call("index a document", () -> solr.client().add(doc));
      } catch (SolrUnavailableException e) {
        failed++;
      }
    }
    // the JDK client may open a second connection before the first is back in its pool, so how
    // many updates meet a dropped connection varies; each of them must fail
    assertThat(server.dropped()).isPositive();
    assertThat(failed).as("updates that failed").isEqualTo(server.dropped());
  }
}
