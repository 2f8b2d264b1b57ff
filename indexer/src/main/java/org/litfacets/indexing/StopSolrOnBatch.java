package org.litfacets.indexing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.solr.LocalSolr;

/**
 * A fault for reliability checks: a step that stops the local Solr node as the indexer enriches its
 * third batch, so that the run meets a node gone in the middle of its writes.
 */
public final class StopSolrOnBatch implements Enricher {
  private static final int STOP_AT = 3;
  private final LocalSolr node;
  private final AtomicInteger batches = new AtomicInteger();

  public StopSolrOnBatch(LocalSolr node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "stop-solr";
  }

  @Override
  public Set<Part> sets() {
    return Set.of();
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    if (batches.incrementAndGet() == STOP_AT) {
      node.close();
    }
  }
}
