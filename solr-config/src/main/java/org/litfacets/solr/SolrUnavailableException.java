package org.litfacets.solr;

/** Solr could not be reached or refused a request; the message names the URL and the cause. */
public final class SolrUnavailableException extends RuntimeException {
  private final boolean unreachable;

  public SolrUnavailableException(String message, boolean unreachable, Throwable cause) {
    super(message, cause);
    this.unreachable = unreachable;
  }

  /** True when no Solr answered at all (as opposed to Solr refusing the request). */
  public boolean unreachable() {
    return unreachable;
  }
}
