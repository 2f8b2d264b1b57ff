package org.litfacets.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A local Solr node in a child JVM ({@link LocalSolrNode}), with the litfacets collection created
 * from the config set. Closing it stops the node; the node also stops by itself if this process
 * dies.
 */
public final class LocalSolr implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private final Process process;
  private final String baseUrl;

  private LocalSolr(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts a node on {@code port} (0 picks a free one) with its index and logs under {@code home}.
   *
   * @throws SolrStartException with a message for the user when the node cannot start
   */
  public static LocalSolr start(Path home, int port, String maxHeap) {
    return start(home, port, maxHeap, List.of());
  }

  /**
   * Starts a SolrCloud cluster of {@code nodes} nodes (embedded ZooKeeper, as Solr's own tests run
   * one) in one child JVM under {@code home}, for tests of the scale-out path; its base URL is that
   * of the first node. Nothing is created in it: {@link SolrConnection#ensureCollection(int, int)}
   * creates collections.
   */
  public static LocalSolr startCloud(Path home, int nodes, String maxHeap) {
    return start(home, 0, maxHeap, List.of("--cloud", Integer.toString(nodes)));
  }

  private static LocalSolr start(Path home, int port, String maxHeap, List<String> extra) {
    Path logs = home.toAbsolutePath().resolve("logs");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-Dsolr.log.dir=" + logs);
    command.add("-cp");
    command.add(nodeClasspath());
    command.add(LocalSolrNode.class.getName());
    command.add("--port");
    command.add(Integer.toString(port));
    command.add("--home");
    command.add(home.toAbsolutePath().toString());
    command.addAll(extra);
    Process process;
    try {
      Files.createDirectories(logs);
      process =
          new ProcessBuilder(command)
              .redirectError(
                  ProcessBuilder.Redirect.appendTo(logs.resolve("node-stderr.log").toFile()))
              .start();
    } catch (IOException e) {
      throw new SolrStartException("cannot start the local Solr node: " + e.getMessage(), e);
    }
    String readyUrl = awaitReady(process, logs);
    return new LocalSolr(process, readyUrl);
  }

  private static String awaitReady(Process process, Path logs) {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line; (line = lines.readLine()) != null; ) {
                  if (line.startsWith("READY ") || line.startsWith("ERROR ")) {
                    return line;
                  }
                }
                return "ERROR the Solr node exited before it was ready (see " + logs + ")";
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    String line;
    try {
      line = first.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new SolrStartException(
          "the local Solr node did not start within "
              + START_TIMEOUT.toSeconds()
              + " s (see "
              + logs
              + ")",
          e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new SolrStartException("interrupted while starting the local Solr node", e);
    } catch (ExecutionException e) {
      process.destroyForcibly();
      throw new SolrStartException("cannot read from the local Solr node: " + e.getCause(), e);
    }
    if (line.startsWith("ERROR ")) {
      process.destroyForcibly();
      throw new SolrStartException(
          "the local Solr node could not start: " + line.substring(6), null);
    }
    drain(process.getInputStream());
    return line.substring(6).trim();
  }

  private static void drain(InputStream in) {
    Thread drainer =
        new Thread(
            () -> {
              try {
                in.transferTo(java.io.OutputStream.nullOutputStream());
              } catch (IOException ignored) {
                // the node is gone; nothing left to read
              }
            },
            "solr-node-output");
    drainer.setDaemon(true);
    drainer.start();
  }

  /**
   * The Solr node's classpath: this module's code plus the dependency list written at build time.
   */
  static String nodeClasspath() {
    try (InputStream in = LocalSolr.class.getResourceAsStream("solr-node.classpath")) {
      if (in == null) {
        throw new SolrStartException(
            "solr-node.classpath is missing: build the project with 'mvn package' first", null);
      }
      String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      String self =
          Path.of(LocalSolr.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toString();
      return self + java.io.File.pathSeparator + dependencies;
    } catch (IOException | URISyntaxException e) {
      throw new SolrStartException("cannot build the Solr node classpath: " + e.getMessage(), e);
    }
  }

  /** The node's base URL, e.g. {@code http://127.0.0.1:8983/solr}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The process id of the node's JVM. */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    // SIGTERM runs the node's shutdown hook, which stops Solr cleanly and releases the index lock.
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
