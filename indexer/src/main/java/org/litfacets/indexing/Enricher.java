package org.litfacets.indexing;

import java.util.List;
import org.litfacets.article.EnrichedArticle;

/** One enrichment step of the indexing pipeline (MeSH tree numbers, entities, sentence roles, vectors, ...). */
public interface Enricher {

  /** Short name for reports, e.g. "mesh-trees". */
  String name();

  /** Adds this step's part to every article of the batch; batches let model-based steps amortise their cost. */
  void enrich(List<EnrichedArticle> batch);
}
