package org.litfacets.solr;

/**
 * Solr answered a request with an error: a 4xx status says the request was wrong (for a search,
 * often the user's query), any other that Solr failed on it. The message names the URL and the
 * request; {@link #reason()} is Solr's.
 */
public final class SolrRequestRejectedException extends RuntimeException {
  private final int status;
  private final String reason;

  public SolrRequestRejectedException(String message, int status, String reason, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.reason = reason;
  }

  /** The HTTP status Solr answered with. */
  public int status() {
    return status;
  }

  /** Solr's own explanation, e.g. "undefined field xyz". */
  public String reason() {
    return reason;
  }

  /** True when Solr blamed the request rather than itself. */
  public boolean isBadRequest() {
    return status >= 400 && status < 500;
  }

  /**
   * True when a query expands to more clauses than Lucene allows (Solr answers 500 "maxClauseCount
   * is set to 1024"): the request's doing, typically a short truncation inside a phrase, though
   * Solr does not say so.
   */
  public boolean isTooManyClauses() {
    return reason != null && reason.contains("maxClauseCount");
  }

  /**
   * True when a wildcard or truncated term makes an automaton larger than Lucene builds (Solr
   * answers 500 "input automaton is too large" for a truncated word of a thousand characters): the
   * request's doing too.
   */
  public boolean isTooComplexTerm() {
    return reason != null
        && (reason.contains("automaton is too large")
            || reason.contains("too complex to determinize")
            || reason.contains("Determinizing automaton"));
  }
}
