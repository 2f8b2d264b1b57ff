package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
