package org.litfacets.indexing;

import java.util.List;
import java.util.Set;
import org.litfacets.article.EnrichedArticle;

/**
 * One enrichment step of the indexing pipeline (MeSH tree numbers, entities, sentence roles,
 * vectors, ...). A step declares what it reads and what it sets, so that {@link Pipeline} can order
 * the steps and refuse an impossible choice; and it sets its part (never appends to it), so that
 * running it again on an article is harmless.
 */
public interface Enricher {

  /** Short name for reports, e.g. "mesh-trees". */
  String name();

  /** Parts that an earlier step must have set: without them this step cannot run. */
  default Set<Part> needs() {
    return Set.of();
  }

  /**
   * Parts this step reads when an earlier step of the pipeline sets them, and does without
   * otherwise.
   */
  default Set<Part> uses() {
    return Set.of();
  }

  /** The parts this step sets. */
  Set<Part> sets();

  /**
   * Sets this step's part on every article of the batch; batches let model-based steps amortise
   * their cost.
   */
  void enrich(List<EnrichedArticle> batch);
}
