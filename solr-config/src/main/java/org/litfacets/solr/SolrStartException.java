package org.litfacets.solr;

/** The local Solr node could not start; the message says why in words a user can act on. */
public final class SolrStartException extends RuntimeException {
  public SolrStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
