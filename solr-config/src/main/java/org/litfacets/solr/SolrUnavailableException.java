package org.litfacets.solr;

/**
 * No Solr answered (it is not running, not reachable or too slow), or it answered that it cannot
 * serve the collection now; the message names the URL and the cause. Trying again later may work.
 */
public final class SolrUnavailableException extends RuntimeException {
  public SolrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
