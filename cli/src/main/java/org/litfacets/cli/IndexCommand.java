package org.litfacets.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.SolrConnection;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Index PubMed/MEDLINE XML files or folders (.xml, .xml.gz) into Solr. Re-running never duplicates.")
final class IndexCommand implements Callable<Integer> {
  @Mixin SolrOptions solr;

  @Mixin DataOptions data;

  @Mixin EnrichmentOptions enrichment;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "PubMed XML files or folders holding them.")
  List<Path> inputs;

  @Option(
      names = "--batch-size",
      defaultValue = "100",
      description =
          "Articles enriched by one worker and sent to Solr at once; small enough that every core gets "
              + "batches on a small input. Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(
      names = "--keep-without-abstract",
      description = "Also index citations that have no abstract.")
  boolean keepWithoutAbstract;

  @Override
  public Integer call() {
    List<Path> files = Indexer.inputFiles(inputs);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .xml or .xml.gz files in " + inputs);
    }
    Optional<MeshVocabulary> mesh = data.loadMesh(System.err);
    try (SolrSession session = SolrSession.open(solr, System.err)) {
      Pipeline pipeline =
          enrichment.pipeline(data, mesh, new ArticleStore(session.connection()), System.err);
      IndexCounters counters =
          run(
              session.connection(),
              files,
              new IndexOptions(batchSize, keepWithoutAbstract),
              pipeline,
              System.err);
      return counters.failedTotal() > 0 && counters.indexed() == 0 ? 1 : 0;
    }
  }

  /**
   * Indexes {@code files} with a progress bar and a summary. Ctrl-C stops after the current batch,
   * and what was read until then is written and committed.
   */
  static IndexCounters run(
      SolrConnection solr,
      List<Path> files,
      IndexOptions options,
      Pipeline pipeline,
      PrintStream out) {
    out.printf("Indexing %,d file(s) into collection %s ...%n", files.size(), solr.collection());
    Indexer indexer =
        new Indexer(new ArticleStore(solr), pipeline, options, new ConsoleIndexProgress(out));
    CountDownLatch done = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              out.println();
              out.println("Interrupted: writing what was read so far ...");
              indexer.requestStop();
              awaitQuietly(done);
            },
            "index-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    long start = System.nanoTime();
    try {
      IndexCounters counters = indexer.index(files);
      out.println();
      double seconds = (System.nanoTime() - start) / 1e9;
      out.print(counters.summary());
      out.printf(
          "%.1f s, %,.0f indexed/s; the collection now holds %,d articles%n",
          seconds, counters.indexed() / Math.max(seconds, 1e-3), new ArticleStore(solr).count());
      return counters;
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already stopping: the hook is running and waits for us
      }
    }
  }

  private static void awaitQuietly(CountDownLatch done) {
    try {
      done.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
