package org.litfacets.solr;

/** Solr could not be reached or refused a request; the message names the URL and the cause. */
public final class SolrUnavailableException extends RuntimeException {
  public SolrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
