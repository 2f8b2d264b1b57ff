package org.litfacets.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real local Solr node per test JVM, started on first use on a free port with a throw-away
 * index. Test classes of every module share it through this module's test jar.
 */
public final class TestSolr {
  private static LocalSolr node;

  private TestSolr() {}

  /**
   * A connection to the shared node's litfacets collection, checked to exist; the caller closes it.
   */
  public static SolrConnection connect() {
    return connect(ConfigSet.COLLECTION);
  }

  /**
   * A connection to a collection of the shared node kept apart from the others, for a test class
   * whose documents would change the other classes' counts; created on first use.
   */
  public static synchronized SolrConnection connect(String collection) {
    if (node == null) {
      try {
        Path home = Files.createTempDirectory("litfacets-test-solr");
        node = LocalSolr.start(home, 0, "512m");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      LocalSolr started = node;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-solr-stop"));
    }
    SolrConnection connection = SolrConnection.open(node.baseUrl(), collection);
    connection.ensureCollection(1);
    return connection;
  }
}
