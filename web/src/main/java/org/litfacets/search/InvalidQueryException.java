package org.litfacets.search;

/** Solr could not make sense of the user's query; the message says what was wrong with it. */
public final class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
