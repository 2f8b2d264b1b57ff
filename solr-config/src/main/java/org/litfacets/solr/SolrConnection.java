package org.litfacets.solr;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BinaryRequestWriter;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.SolrPing;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrException.ErrorCode;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the application reaches Solr: HTTP through SolrJ's JDK client, to a local node, a
 * standalone server or any SolrCloud node alike.
 */
public final class SolrConnection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SolrConnection.class);

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration MERGE_TIMEOUT = Duration.ofHours(1);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final String baseUrl;
  private final String collection;
  private final LimitedSolrClient client;
  private final ExecutorService executor;

  private SolrConnection(
      String baseUrl, String collection, LimitedSolrClient client, ExecutorService executor) {
    this.baseUrl = baseUrl;
    this.collection = collection;
    this.client = client;
    this.executor = executor;
  }

  /**
   * A client for {@code baseUrl} (e.g. {@code http://localhost:8983/solr}) whose requests go to
   * {@code collection}.
   */
  public static SolrConnection open(String baseUrl, String collection) {
    return open(baseUrl, collection, SolrLimits.DEFAULT);
  }

  /** A client whose searches carry {@code limits.timeAllowed()} and whose requests time out. */
  public static SolrConnection open(String baseUrl, String collection, SolrLimits limits) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    // Our own executor (SOLR-17707): SolrJ pipes update bodies through a thread of this executor,
    // and when the server stops reading, that thread blocks in PipedInputStream.awaitSpace. SolrJ's
    // close() would wait for it forever; with an executor of our own, close() interrupts it and
    // waits a bounded time. Daemon threads never keep the JVM alive.
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "solr-http-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    SolrClient client =
        new HttpJdkSolrClient.Builder(base)
            .withExecutor(executor)
            .withDefaultCollection(collection)
            // HTTP/1.1 spares the h2c upgrade probe that the JDK client makes before requests with
            // a body.
            .useHttp1_1(true)
            .withRequestWriter(new BinaryRequestWriter())
            .withConnectionTimeout(5, TimeUnit.SECONDS)
            .withIdleTimeout(120, TimeUnit.SECONDS)
            // The request timeout bounds the whole exchange; when it fires, SolrJ cancels the
            // body writer, which the interrupt frees from the pipe.
            .withRequestTimeout(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .build();
    return new SolrConnection(base, collection, new LimitedSolrClient(client, limits), executor);
  }

  /** Tells {@code observer} of every request this connection sends from now on. */
  public void observe(SolrRequestObserver observer) {
    client.observe(observer);
  }

  public SolrClient client() {
    return client;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String collection() {
    return collection;
  }

  /**
   * Makes sure the collection exists. In SolrCloud a missing collection is created from the config
   * set (uploaded under {@link ConfigSet#NAME}) with {@code shards} shards; a standalone server
   * creates a missing core from its own copy of the config set, which litfacets' local node has and
   * other servers may not.
   */
  public void ensureCollection(int shards) {
    ensureCollection(shards, 1);
  }

  /**
   * As {@link #ensureCollection(int)}, with {@code replicas} copies of each shard in SolrCloud (a
   * standalone core has one).
   */
  public void ensureCollection(int shards, int replicas) {
    if (isCloud()) {
      List<String> existing =
          call("list collections", () -> CollectionAdminRequest.listCollections(client));
      if (!existing.contains(collection)) {
        createCloudCollection(shards, replicas);
      }
    } else {
      var status = call("read core status", () -> CoreAdminRequest.getStatus(collection, client));
      if (status.getCoreStatus(collection) == null
          || status.getCoreStatus(collection).size() == 0) {
        createStandaloneCore();
      }
    }
  }

  /**
   * Creates a core from the server's copy of the config set; litfacets' local node has one, other
   * servers may not.
   */
  private void createStandaloneCore() {
    CoreAdminRequest.Create create = new CoreAdminRequest.Create();
    create.setCoreName(collection);
    create.setInstanceDir(collection);
    create.setConfigSet(ConfigSet.NAME);
    try {
      call("create core " + collection, () -> create.process(client));
    } catch (SolrRequestRejectedException e) {
      throw new SolrUnavailableException(
          "Solr at "
              + baseUrl
              + " has no core '"
              + collection
              + "' and cannot create "
              + "one from a config set named '"
              + ConfigSet.NAME
              + "'. Copy solr-config/src/main/resources/org/litfacets/"
              + "solr/configset to the server's configsets/"
              + ConfigSet.NAME
              + "/conf, or leave out --solr-url to use "
              + "the local node",
          e);
    }
  }

  /**
   * Deletes every document of the collection (benchmarks start from an empty collection of their
   * own).
   */
  public void deleteAll() {
    call("delete all documents", () -> client.deleteByQuery("*:*"));
    call("commit", () -> client.commit());
  }

  private void createCloudCollection(int shards, int replicas) {
    List<String> configSets =
        call(
            "list config sets",
            () -> new ConfigSetAdminRequest.List().process(client).getConfigSets());
    if (!configSets.contains(ConfigSet.NAME)) {
      ConfigSetAdminRequest.Upload upload =
          new ConfigSetAdminRequest.Upload()
              .setConfigSetName(ConfigSet.NAME)
              .setUploadStream(
                  new ContentStreamBase.ByteArrayStream(
                      ConfigSet.zip(), "configset.zip", "application/zip"));
      call("upload the config set", () -> upload.process(client));
    }
    call(
        "create collection " + collection,
        () ->
            CollectionAdminRequest.createCollection(collection, ConfigSet.NAME, shards, replicas)
                .process(client));
  }

  /** True when the node runs in SolrCloud mode. */
  public boolean isCloud() {
    GenericSolrRequest info =
        new GenericSolrRequest(
            SolrRequest.METHOD.GET, "/admin/info/system", new ModifiableSolrParams());
    NamedList<Object> response = call("read node info", () -> client.request(info, null));
    return "solrcloud".equals(String.valueOf(response.get("mode")));
  }

  /**
   * Merges the collection's index into one segment and waits for it, up to an hour (100,000
   * articles with their sentences took about 3 minutes on 2 cores). For a collection built once and
   * then only searched: a field facet then counts values without mapping them across segments. The
   * next writes start new segments again.
   */
  public void mergeSegments() {
    SolrLimits patient = new SolrLimits(SolrLimits.DEFAULT.timeAllowed(), MERGE_TIMEOUT);
    try (SolrConnection merging = open(baseUrl, collection, patient)) {
      merging.call(
          "merge the index of " + collection + " into one segment",
          () -> merging.client.optimize(collection, true, true, 1));
    }
  }

  /**
   * CPU time the Solr node's JVM has used so far, in nanoseconds (its {@code os.processCpuTime}
   * metric): with two readings, what a series of requests cost Solr itself, whatever the machine's
   * load. In SolrCloud, only the node at {@link #baseUrl()}.
   */
  public long nodeCpuNanos() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("group", "jvm");
    params.set("prefix", "os.processCpuTime");
    GenericSolrRequest metrics =
        new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/metrics", params);
    NamedList<Object> response =
        call("read the node's CPU time", () -> client.request(metrics, null));
    Object cpu = response.findRecursive("metrics", "solr.jvm", "os.processCpuTime");
    if (!(cpu instanceof Number n)) {
      throw new SolrUnavailableException(
          "Solr at " + baseUrl + " does not report its CPU time (metrics disabled?)", null);
    }
    return n.longValue();
  }

  /** Fails with a clear message when the collection does not answer a ping. */
  public void ping() {
    call("ping collection " + collection, () -> new SolrPing().process(client, collection));
  }

  /**
   * Runs a search as {@link #call} does, sent as a POST: long words, entity names, PMID lists or a
   * query vector would pass the URL length of a GET (Solr answers 414 with a page of HTML).
   */
  public QueryResponse query(String what, SolrParams q) {
    return call(what, () -> client.query(q, SolrRequest.METHOD.POST));
  }

  /**
   * Runs a Solr call. Its failures come out as {@link SolrUnavailableException} when no Solr
   * answered, or it answered that it has no such collection (404) or cannot serve it now (503), and
   * as {@link SolrRequestRejectedException} when Solr answered with another error; either with a
   * message for the user. Any other exception is a bug of ours and passes unchanged.
   */
  public <T> T call(String what, SolrCall<T> call) {
    try {
      return call.run();
    } catch (SolrServerException | IOException | SolrException e) {
      if (isConnectionFailure(e)) {
        throw new SolrUnavailableException(
            "Solr is unreachable at " + baseUrl + " (" + what + "): is it running?", e);
      }
      if (e instanceof SolrException s
          && s.code() != ErrorCode.NOT_FOUND.code
          && s.code() != ErrorCode.SERVICE_UNAVAILABLE.code) {
        String reason = reason(s);
        throw new SolrRequestRejectedException(
            "Solr at " + baseUrl + " refused to " + what + ": " + reason, s.code(), reason, e);
      }
      throw new SolrUnavailableException(
          "Solr at " + baseUrl + " failed to " + what + ": " + e.getMessage(), e);
    }
  }

  /** Solr's own words, without the "Error from server at URL: " that SolrJ puts before them. */
  private static String reason(SolrException e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(": ");
    return message.startsWith("Error from server at ") && colon > 0
        ? message.substring(colon + 2)
        : message;
  }

  private static boolean isConnectionFailure(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Closes the client. Returns within a few seconds even when Solr went away in the middle of a
   * request: threads still writing a request body are interrupted and then left behind (they are
   * daemons).
   */
  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      LOG.warn("closing the Solr client of {} failed: {}", baseUrl, e.toString());
    } finally {
      executor.shutdownNow();
      try {
        if (!executor.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn(
              "requests to {} still running {} s after close; abandoned",
              baseUrl,
              CLOSE_TIMEOUT.toSeconds());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A SolrJ call that may fail. */
  @FunctionalInterface
  public interface SolrCall<T> {
    T run() throws SolrServerException, IOException;
  }
}
