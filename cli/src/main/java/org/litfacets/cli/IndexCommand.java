package org.litfacets.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.litfacets.indexing.Checkpoint;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.Backoff;
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

  @Option(
      names = "--merge-segments",
      description =
          "When the run has indexed everything, merge the collection into one segment: for an index"
              + " built once and then searched, faceted search is faster (README, Benchmarks). Takes"
              + " minutes on a large collection.")
  boolean mergeSegments;

  @Option(
      names = "--checkpoint-dir",
      defaultValue = "data/checkpoints",
      description =
          "Where an interrupted run records the files it finished, so that re-running the same"
              + " command skips them. Default: ${DEFAULT-VALUE}.")
  Path checkpointDir;

  /** Exit status: every record read was indexed, deliberately skipped or deleted. */
  static final int OK = 0;

  /** Exit status: the run stopped before its end (Solr stayed unavailable, or a user error). */
  static final int STOPPED = 1;

  /** Exit status: the run finished, but some records or files failed (see the summary). */
  static final int SOME_FAILED = 3;

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
      Checkpoint checkpoint = checkpoint(session.connection());
      List<Path> finished = checkpoint.finishedAmong(files);
      if (!finished.isEmpty()) {
        System.err.printf(
            "Checkpoint: %,d of %,d file(s) were written in full by an interrupted run of this"
                + " command; skipping them (%s)%n",
            finished.size(), files.size(), checkpoint.file());
        files = files.stream().filter(f -> !finished.contains(f)).toList();
      }
      IndexCounters counters =
          run(
              session.connection(),
              files,
              new IndexOptions(batchSize, keepWithoutAbstract),
              pipeline,
              checkpoint,
              System.err);
      if (mergeSegments && exitStatus(counters) == OK) {
        System.err.println("Merging the collection into one segment ...");
        long start = System.nanoTime();
        session.connection().mergeSegments();
        System.err.printf("Merged in %.0f s%n", (System.nanoTime() - start) / 1e9);
      }
      return exitStatus(counters);
    }
  }

  static int exitStatus(IndexCounters counters) {
    if (counters.stoppedBy().isPresent()) {
      return STOPPED;
    }
    return counters.failedTotal() > 0 ? SOME_FAILED : OK;
  }

  /**
   * One checkpoint per Solr URL and collection; it is only valid for a run with the same settings
   * (what changes the documents a file becomes).
   */
  private Checkpoint checkpoint(SolrConnection connection) {
    String name =
        connection.collection() + "-" + connection.baseUrl().replaceAll("[^A-Za-z0-9]+", "_");
    String settings =
        String.join(
            " ",
            "enrich=" + String.join(",", enrichment.steps),
            "embedding-model=" + enrichment.embeddingModel.name,
            "article-embedding-model=" + enrichment.articleEmbedding.name(),
            "article-max-tokens=" + enrichment.articleEmbedding.maxTokensSetting(),
            "dictionary-only=" + enrichment.dictionaryOnly,
            "keep-without-abstract=" + keepWithoutAbstract);
    return Checkpoint.open(checkpointDir.resolve(name + ".tsv"), settings);
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
      Checkpoint checkpoint,
      PrintStream out) {
    out.printf("Indexing %,d file(s) into collection %s ...%n", files.size(), solr.collection());
    // Writes are retried while Solr is unavailable (a node restarting), and each retry is said.
    ArticleStore store =
        new ArticleStore(solr, Backoff.INDEXING, retry -> out.printf("%nSolr: %s%n", retry));
    Indexer indexer =
        new Indexer(store, pipeline, options, new ConsoleIndexProgress(out), checkpoint);
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
