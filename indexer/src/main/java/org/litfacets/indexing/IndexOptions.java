package org.litfacets.indexing;

/**
 * Settings of an indexing run.
 *
 * @param batchSize articles enriched and sent to Solr together
 * @param keepWithoutAbstract index citations that have no abstract (skipped by default: litfacets
 *     is about abstracts)
 * @param workers threads that enrich batches at once: one per core keeps every core busy
 */
public record IndexOptions(int batchSize, boolean keepWithoutAbstract, int workers) {
  public static final IndexOptions DEFAULTS = new IndexOptions(100, false);

  public IndexOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
  }

  /** One enrichment worker per core. */
  public IndexOptions(int batchSize, boolean keepWithoutAbstract) {
    this(batchSize, keepWithoutAbstract, Runtime.getRuntime().availableProcessors());
  }
}
