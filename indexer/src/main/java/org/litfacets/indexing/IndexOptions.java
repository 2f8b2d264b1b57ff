package org.litfacets.indexing;

/**
 * Settings of an indexing run.
 *
 * @param batchSize articles enriched and sent to Solr together
 * @param keepWithoutAbstract index citations that have no abstract (skipped by default: litfacets
 *     is about abstracts)
 */
public record IndexOptions(int batchSize, boolean keepWithoutAbstract) {
  public static final IndexOptions DEFAULTS = new IndexOptions(500, false);

  public IndexOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
  }
}
