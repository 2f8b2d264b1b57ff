package org.litfacets.solr;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Main class of the local Solr node's own JVM (started by {@link LocalSolr}). Solr's Jetty 10
 * cannot live beside Javalin's Jetty 12, so the node never runs inside the application.
 *
 * <p>Protocol on standard output: one line {@code READY <baseUrl>} once the collection is loaded,
 * or {@code ERROR <message>} and exit code 1. The node stops when its standard input closes, so it
 * never outlives the process that started it.
 */
public final class LocalSolrNode {
  private LocalSolrNode() {}

  public static void main(String[] args) throws Exception {
    // Ctrl-C in a terminal reaches the whole process group; the parent decides when the node stops
    // (SIGTERM),
    // so that it can still commit what it was writing.
    sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int port = Integer.parseInt(arg(args, "--port", "8983"));
    Path home = Path.of(arg(args, "--home", "data/solr")).toAbsolutePath();
    int cloudNodes = Integer.parseInt(arg(args, "--cloud", "0"));
    if (cloudNodes > 0) {
      runCloud(out, home, cloudNodes);
      return;
    }
    JettySolrRunner runner;
    try {
      prepareHome(home);
      runner =
          new JettySolrRunner(
              home.toString(), JettyConfig.builder().setPort(port).setContext("/solr").build());
      runner.start();
    } catch (Exception | LinkageError e) {
      out.println("ERROR " + describeStartFailure(e, port));
      System.exit(1);
      return;
    }
    Map<String, ?> failures = runner.getCoreContainer().getCoreInitFailures();
    if (!failures.isEmpty()) {
      Object failure = failures.values().iterator().next();
      Throwable cause =
          failure instanceof org.apache.solr.core.CoreContainer.CoreLoadFailure f
              ? f.exception
              : null;
      out.println(
          "ERROR collection "
              + ConfigSet.COLLECTION
              + " failed to load: "
              + describeCoreFailure(cause, home));
      runner.stop();
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stopQuietly(runner), "solr-node-shutdown"));
    out.println("READY " + runner.getBaseUrl());
    // Parent gone (stdin closed) means nobody will ever stop us: shut down.
    while (System.in.read() != -1) {
      // nothing to read; the parent never writes
    }
    System.exit(0);
  }

  /**
   * A SolrCloud cluster of {@code nodes} nodes with an embedded ZooKeeper, as Solr's own tests run
   * one: the scale-out tests' cluster, in its own JVM like the single node.
   */
  private static void runCloud(PrintStream out, Path home, int nodes) throws Exception {
    MiniSolrCloudCluster cluster;
    try {
      Files.createDirectories(home);
      cluster = new MiniSolrCloudCluster.Builder(nodes, home).build();
    } catch (Exception | LinkageError e) {
      out.println("ERROR " + e);
      System.exit(1);
      return;
    }
    MiniSolrCloudCluster started = cluster;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    started.shutdown();
                  } catch (Exception e) {
                    System.err.println("SolrCloud cluster did not stop cleanly: " + e);
                  }
                },
                "solr-cloud-shutdown"));
    out.println("READY " + cluster.getJettySolrRunner(0).getBaseUrl());
    while (System.in.read() != -1) {
      // nothing to read; the parent never writes
    }
    System.exit(0);
  }

  private static void prepareHome(Path home) throws IOException {
    Files.createDirectories(home);
    Path solrXml = home.resolve("solr.xml");
    if (!Files.exists(solrXml)) {
      Files.writeString(solrXml, "<solr></solr>\n");
    }
    // The shared config set lets further cores (e.g. a benchmark's) be created over CoreAdmin.
    ConfigSet.copyTo(home.resolve("configsets").resolve(ConfigSet.NAME).resolve("conf"));
    Path core = home.resolve(ConfigSet.COLLECTION);
    ConfigSet.copyTo(core.resolve("conf"));
    Path props = core.resolve("core.properties");
    if (!Files.exists(props)) {
      Files.writeString(props, "name=" + ConfigSet.COLLECTION + "\n");
    }
  }

  private static String describeStartFailure(Throwable e, int port) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) {
        return "port "
            + port
            + " is already in use; stop what runs there or choose another port with --solr-port";
      }
    }
    return e.toString();
  }

  private static String describeCoreFailure(Throwable cause, Path home) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof LockObtainFailedException) {
        return "the index in "
            + home
            + " is locked by another Solr process; stop it, or point litfacets at it with --solr-url";
      }
    }
    return cause == null ? "unknown error (see " + home.resolve("logs") + ")" : cause.toString();
  }

  private static void stopQuietly(JettySolrRunner runner) {
    try {
      runner.stop();
    } catch (Exception e) {
      System.err.println("Solr node did not stop cleanly: " + e);
    }
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
