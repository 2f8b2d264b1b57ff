package org.litfacets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.solr.ConfigSet;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks: each prints its figures and writes them to bench/results/.",
    subcommands = {
      BenchCommand.IndexBench.class,
      QueryBenchCommand.class,
      LoadBenchCommand.class,
      MeshBenchCommands.Suggest.class,
      MeshBenchCommands.Index.class,
      AnalyzerBenchCommands.Ner.class,
      AnalyzerBenchCommands.Relations.class,
      AnalyzerBenchCommands.Roles.class,
      AnalyzerBenchCommands.Challenges.class,
      AnalyzerBenchCommands.Sentences.class,
      BooleanBenchCommand.class,
      PairBenchCommand.class,
      RetrievalBenchCommand.class,
      ReliabilityBench.class
    })
final class BenchCommand {
  static final String BENCH_COLLECTION = "litfacets_bench";

  /**
   * The collection a benchmark indexes into: {@value BenchCommand#BENCH_COLLECTION} unless
   * --collection names another, so that a benchmark never empties the user's index by default.
   */
  static String benchCollection(SolrOptions solr) {
    return solr.collection.equals(ConfigSet.COLLECTION) ? BENCH_COLLECTION : solr.collection;
  }

  /** What every benchmark over a PubMed corpus takes. */
  static final class CorpusOptions {
    @Mixin SolrOptions solr;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "PubMed XML files or folders.")
    List<Path> corpus;

    @Option(
        names = "--docs",
        defaultValue = "10000",
        description = "Documents to index. Default: ${DEFAULT-VALUE}.")
    int docs;

    @Mixin ResultsOption results;

    /**
     * The benchmark's collection, never the user's by default ({@link
     * BenchCommand#benchCollection}).
     */
    String collection() {
      return benchCollection(solr);
    }

    /**
     * Fills the benchmark's own collection (never the user's) with the corpus; returns counters and
     * seconds taken.
     */
    Map<String, Object> indexInto(SolrSession session, Map<String, Object> figures)
        throws IOException {
      Path file = Files.createTempFile("litfacets-bench", ".xml");
      try {
        BenchCorpus bench = BenchCorpus.build(Indexer.inputFiles(corpus), docs, file);
        session.connection().deleteAll();
        long start = System.nanoTime();
        IndexCounters counters =
            new Indexer(
                    new ArticleStore(session.connection()),
                    Pipeline.NONE,
                    new IndexOptions(500, true),
                    IndexProgress.NONE)
                .index(List.of(file));
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.put("corpus", bench.description());
        figures.put("documents", counters.indexed());
        figures.put("failed", counters.failedTotal());
        figures.put("seconds", round(seconds, 2));
        figures.put("docs_per_second", round(counters.indexed() / seconds, 0));
        return figures;
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      description =
          "Indexing rate (parse + Solr, no enrichment) on a corpus scaled to --docs documents. Target: 1,000 docs/s.")
  static final class IndexBench implements Callable<Integer> {
    static final double TARGET_DOCS_PER_SECOND = 1000;

    @Mixin CorpusOptions options;

    @Option(
        names = "--full",
        description =
            "Index as 'litfacets index' does, with every --enrich step: end-to-end docs/s, each stage's "
                + "share, and the embedding model's own rate on the same texts.")
    boolean full;

    @Mixin DataOptions data;

    @Mixin EnrichmentOptions enrichment;

    @Option(
        names = "--batch-size",
        defaultValue = "100",
        description = "Articles per batch with --full. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(
        names = "--cold",
        description =
            "With --full, time the first pass of a fresh JVM, JIT compilation included, instead of "
                + "a second pass after an untimed one over the same articles.")
    boolean cold;

    @Option(
        names = "--window",
        defaultValue = "0",
        description =
            "With --full, also print the CPU ms per article of each successive window of this many "
                + "documents, and the last window's as the steady state (use with a long --docs).")
    int window;

    @Override
    public Integer call() throws IOException {
      if (full) {
        try (SolrSession session =
            SolrSession.open(options.solr, options.collection(), System.err)) {
          Map<String, Object> f =
              FullIndexBench.run(options, data, enrichment, batchSize, cold, window, session);
          BenchResults.publish(
              options.results.folder,
              "index-full",
              "index --full --docs " + options.docs,
              options.corpus,
              FullIndexBench.report(f),
              f);
        }
        return 0;
      }
      try (SolrSession session = SolrSession.open(options.solr, options.collection(), System.err)) {
        // A first pass warms the JVMs (parser, Solr); the second is timed.
        options.indexInto(session, new LinkedHashMap<>());
        Map<String, Object> f = options.indexInto(session, new LinkedHashMap<>());
        double rate = ((Number) f.get("docs_per_second")).doubleValue();
        f.put("target_docs_per_second", TARGET_DOCS_PER_SECOND);
        f.put("meets_target", rate >= TARGET_DOCS_PER_SECOND);
        String report =
            String.format(
                Locale.ROOT,
                "bench index: %s%n  indexed %,d documents in %.2f s = %,.0f docs/s "
                    + "(target %,.0f: %s)%n  failed %d",
                f.get("corpus"),
                f.get("documents"),
                f.get("seconds"),
                rate,
                TARGET_DOCS_PER_SECOND,
                rate >= TARGET_DOCS_PER_SECOND ? "met" : "NOT met",
                f.get("failed"));
        BenchResults.publish(options.results.folder, "index", "index", options.corpus, report, f);
      }
      return 0;
    }
  }

  static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
