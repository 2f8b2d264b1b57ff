package org.litfacets.solr;

import org.apache.solr.client.solrj.SolrRequest;

/** Told of every request sent to Solr once it is answered or failed (metrics, tests). */
@FunctionalInterface
public interface SolrRequestObserver {
  /**
   * @param failure why the request failed; null when Solr answered
   */
  void finished(SolrRequest<?> request, long nanos, Exception failure);
}
