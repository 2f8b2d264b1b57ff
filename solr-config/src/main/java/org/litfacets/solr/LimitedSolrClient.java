package org.litfacets.solr;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The client every request goes through: each search gets {@code timeAllowed}, and observers hear
 * of each request. Every SolrJ call ({@code query}, {@code add}, {@code getById}, admin requests)
 * ends in {@link #request}, so no search can bypass the limit.
 */
final class LimitedSolrClient extends SolrClient {
  private final SolrClient delegate;
  private final long timeAllowedMillis;
  private final List<SolrRequestObserver> observers = new CopyOnWriteArrayList<>();

  LimitedSolrClient(SolrClient delegate, SolrLimits limits) {
    this.delegate = delegate;
    this.timeAllowedMillis = limits.timeAllowed().toMillis();
    this.defaultCollection = delegate.getDefaultCollection();
  }

  void observe(SolrRequestObserver observer) {
    observers.add(observer);
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    if (request instanceof QueryRequest
        && request.getParams() instanceof ModifiableSolrParams params
        && params.get(CommonParams.TIME_ALLOWED) == null) {
      params.set(CommonParams.TIME_ALLOWED, Long.toString(timeAllowedMillis));
    }
    long start = System.nanoTime();
    try {
      NamedList<Object> answer = delegate.request(request, collection);
      notify(request, start, null);
      return answer;
    } catch (SolrServerException | IOException | RuntimeException e) {
      notify(request, start, e);
      throw e;
    }
  }

  private void notify(SolrRequest<?> request, long start, Exception failure) {
    long nanos = System.nanoTime() - start;
    for (SolrRequestObserver observer : observers) {
      observer.finished(request, nanos, failure);
    }
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
