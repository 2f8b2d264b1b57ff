package org.litfacets.solr;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client every request goes through: each search gets {@code timeAllowed}, a search that meets
 * a connection Solr has just closed is sent again once, and observers hear of each request. Every
 * SolrJ call ({@code query}, {@code add}, {@code getById}, admin requests) ends in {@link
 * #request}, so no search can bypass the limit.
 */
final class LimitedSolrClient extends SolrClient {
  private static final Logger LOG = LoggerFactory.getLogger(LimitedSolrClient.class);
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
      NamedList<Object> answer = null;
      // Solr closes a kept-alive connection after its idle timeout; a request that goes out on it
      // just then gets no answer at all. A search only reads, so sending it again is safe. The
      // pool drops each dead connection it meets, but after a pause it may hold several, all
      // closed by Solr at once.
      for (int send = 1; answer == null; send++) {
        try {
          answer = delegate.request(request, collection);
        } catch (IOException e) {
          if (!(request instanceof QueryRequest) || !isDroppedConnection(e) || send == SENDS) {
            throw e;
          }
          LOG.info("search answered by a closed connection ({}); sent again", e.getMessage());
        }
      }
      notify(request, start, null);
      return answer;
    } catch (SolrServerException | IOException | RuntimeException e) {
      notify(request, start, e);
      throw e;
    }
  }

  /**
   * True when the connection ended before any answer came: the server closed it (end of stream) or
   * reset it. Timeouts and refused connections are not: sending again would only wait again.
   */
  static boolean isDroppedConnection(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException
          || (t instanceof SocketException && !(t instanceof ConnectException))
          // the JDK client's words when the connection ended before the answer's first byte
          || (t.getMessage() != null
              && t.getMessage().contains("header parser received no bytes"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Times a search meeting closed connections is sent before its failure is reported: a dead
   * connection fails at once, so sending again costs nothing, and the pool holds about as many
   * connections as requests run at once (12 on 2 cores by default).
   */
  static final int SENDS = 16;

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
