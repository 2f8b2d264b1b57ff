package org.litfacets.solr;

import java.time.Duration;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * How long Solr may work on one search ({@code timeAllowed}, after which it answers with what it
 * found so far) and how long the client waits for any answer before giving up.
 */
public record SolrLimits(Duration timeAllowed, Duration requestTimeout) {
  public static final SolrLimits DEFAULT =
      new SolrLimits(Duration.ofSeconds(10), Duration.ofSeconds(60));

  public SolrLimits {
    if (timeAllowed.isNegative() || timeAllowed.isZero()) {
      throw new IllegalArgumentException("timeAllowed must be positive, got " + timeAllowed);
    }
    // The client must outwait Solr, or a search cut short by timeAllowed would fail instead.
    if (requestTimeout.compareTo(timeAllowed) <= 0) {
      throw new IllegalArgumentException(
          "the Solr request timeout ("
              + requestTimeout.toSeconds()
              + " s) must be longer than the time Solr may search ("
              + timeAllowed.toSeconds()
              + " s)");
    }
  }

  /** True when Solr stopped early (timeAllowed) and the answer holds only what it found by then. */
  public static boolean partial(QueryResponse response) {
    Object flag =
        response.getResponseHeader() == null
            ? null
            : response.getResponseHeader().get("partialResults");
    return Boolean.TRUE.equals(flag) || "true".equals(String.valueOf(flag));
  }
}
