package org.litfacets.search;

/**
 * The index's vectors were made by another embedding model than the one this server embeds queries
 * with.
 */
public final class EmbeddingModelMismatchException extends RuntimeException {
  public EmbeddingModelMismatchException(String message) {
    super(message);
  }
}
