package org.litfacets.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.litfacets.solr.LocalSolr;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrRequestRejectedException;
import org.litfacets.solr.SolrUnavailableException;

/**
 * A connection to Solr for one command, with the local node it started (if any), stopped on close.
 */
final class SolrSession implements AutoCloseable {
  private final SolrConnection connection;
  private final LocalSolr startedNode;

  private SolrSession(SolrConnection connection, LocalSolr startedNode) {
    this.connection = connection;
    this.startedNode = startedNode;
  }

  static SolrSession open(SolrOptions options, PrintStream log) {
    return open(options, options.collection, log);
  }

  /**
   * Connects to {@code collection}, starting the local node when no URL is given and none is
   * running.
   */
  static SolrSession open(SolrOptions options, String collection, PrintStream log) {
    if (options.url != null) {
      SolrConnection connection = SolrConnection.open(options.url, collection, options.limits());
      connection.ensureCollection(options.shards);
      log.println("Solr: " + options.url + " (collection " + collection + ")");
      return new SolrSession(connection, null);
    }
    String localUrl = "http://127.0.0.1:" + options.port + "/solr";
    SolrConnection running = SolrConnection.open(localUrl, collection, options.limits());
    if (answers(running)) {
      running.ensureCollection(1);
      log.println("Solr: using the local node already running at " + localUrl);
      return new SolrSession(running, null);
    }
    running.close();
    log.println(
        "Solr: starting the local node on port "
            + options.port
            + " (index in "
            + options.home
            + ") ...");
    long start = System.nanoTime();
    LocalSolr node = LocalSolr.start(options.home, options.port, options.heap);
    SolrConnection connection = SolrConnection.open(node.baseUrl(), collection, options.limits());
    try {
      connection.ensureCollection(1);
    } catch (RuntimeException e) {
      connection.close();
      node.close();
      throw e;
    }
    log.printf(
        "Solr: local node ready at %s in %.1f s%n",
        node.baseUrl(), (System.nanoTime() - start) / 1e9);
    return new SolrSession(connection, node);
  }

  private static boolean answers(SolrConnection connection) {
    try {
      connection.isCloud();
      return true;
    } catch (SolrUnavailableException | SolrRequestRejectedException e) {
      return false;
    }
  }

  SolrConnection connection() {
    return connection;
  }

  /** The threads of the node this session started, with their CPU time so far. */
  Optional<ThreadCpu> startedNodeThreads() {
    return Optional.ofNullable(startedNode).map(node -> ThreadCpu.snapshot(node.pid()));
  }

  @Override
  public void close() {
    connection.close();
    if (startedNode != null) {
      startedNode.close();
    }
  }
}
