package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

/** How a failed Solr call reads: Solr unreachable, Solr refusing the request, or a bug of ours. */
class SolrConnectionIT {

  @Test
  void aRequestSolrRefusesCarriesSolrsReason() {
    try (SolrConnection solr = TestSolr.connect()) {
      assertThatThrownBy(
              () ->
                  solr.call("search", () -> solr.client().query(new SolrQuery("no_such_field:x"))))
          .isInstanceOfSatisfying(
              SolrRequestRejectedException.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.isBadRequest()).isTrue();
                assertThat(e.reason()).isEqualTo("undefined field no_such_field");
                assertThat(e.getMessage())
                    .isEqualTo(
                        "Solr at "
                            + solr.baseUrl()
                            + " refused to search: undefined field "
                            + "no_such_field");
              });
    }
  }

  @Test
  void noSolrOrNoCollectionIsUnavailable() {
    try (SolrConnection solr = TestSolr.connect();
        SolrConnection missing = SolrConnection.open(solr.baseUrl(), "no_such_collection");
        SolrConnection dead =
            SolrConnection.open("http://127.0.0.1:9/solr", ConfigSet.COLLECTION)) {
      assertThatThrownBy(missing::ping)
          .isInstanceOf(SolrUnavailableException.class)
          .hasMessageStartingWith(
              "Solr at " + solr.baseUrl() + " failed to ping collection no_such_collection");
      assertThatThrownBy(dead::ping)
          .isInstanceOf(SolrUnavailableException.class)
          .hasMessage(
              "Solr is unreachable at http://127.0.0.1:9/solr (ping collection "
                  + ConfigSet.COLLECTION
                  + "): is it running?");
    }
  }

  @Test
  void ourOwnBugsPassUnchanged() {
    try (SolrConnection solr = TestSolr.connect()) {
      IllegalStateException bug = new IllegalStateException("a bug of ours");
      assertThatThrownBy(
              () ->
                  solr.call(
                      "search",
                      () -> {
                        throw bug;
                      }))
          .isSameAs(bug);
    }
  }
}
