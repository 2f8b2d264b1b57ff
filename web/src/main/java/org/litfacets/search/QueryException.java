package org.litfacets.search;

/**
 * A query that cannot be searched: a syntax error, an unknown MeSH heading, a reference to nothing.
 */
public final class QueryException extends RuntimeException {
  private final QueryError error;

  public QueryException(QueryError error) {
    super(error.describe());
    this.error = error;
  }

  public QueryError error() {
    return error;
  }
}
