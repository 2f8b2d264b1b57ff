package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;

class SolrLimitsTest {
  @Test
  void anAnswerCutShortByTimeAllowedIsPartial() {
    assertThat(SolrLimits.partial(answer(true))).isTrue();
    assertThat(SolrLimits.partial(answer(false))).isFalse();
    assertThat(SolrLimits.partial(answer(null))).isFalse();
  }

  @Test
  void theClientMustOutwaitSolr() {
    assertThatThrownBy(() -> new SolrLimits(Duration.ofSeconds(10), Duration.ofSeconds(10)))
        .hasMessageContaining("must be longer than the time Solr may search (10 s)");
    assertThatThrownBy(() -> new SolrLimits(Duration.ZERO, Duration.ofSeconds(10)))
        .hasMessageContaining("timeAllowed must be positive");
  }

  private static QueryResponse answer(Boolean partial) {
    NamedList<Object> header = new SimpleOrderedMap<>();
    header.add("status", 0);
    if (partial != null) {
      header.add("partialResults", partial);
    }
    NamedList<Object> response = new NamedList<>();
    response.add("responseHeader", header);
    QueryResponse r = new QueryResponse();
    r.setResponse(response);
    return r;
  }
}
