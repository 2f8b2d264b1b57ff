package org.litfacets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchService;
import org.litfacets.search.SortOrder;
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
      BenchCommand.QueryBench.class,
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

    @Option(
        names = "--results",
        defaultValue = "bench/results",
        description = "Results folder. Default: ${DEFAULT-VALUE}.")
    Path results;

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

    @Override
    public Integer call() throws IOException {
      if (full) {
        try (SolrSession session =
            SolrSession.open(options.solr, options.collection(), System.err)) {
          Map<String, Object> f = FullIndexBench.run(options, data, enrichment, batchSize, session);
          BenchResults.publish(
              options.results,
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
        BenchResults.publish(options.results, "index", "index", options.corpus, report, f);
      }
      return 0;
    }
  }

  @Command(
      name = "query",
      mixinStandardHelpOptions = true,
      description =
          "Latency of BM25 searches with 4 facets and highlighting over --docs documents. Target: p95 under 30 ms.")
  static final class QueryBench implements Callable<Integer> {
    static final double TARGET_P95_MS = 30;

    @Mixin CorpusOptions options;

    @Option(
        names = "--queries",
        defaultValue = "bench/queries.txt",
        description = "One query per line. Default: ${DEFAULT-VALUE}.")
    Path queries;

    @Option(
        names = "--rounds",
        defaultValue = "5",
        description = "Timed passes over the queries. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Override
    public Integer call() throws IOException {
      List<String> lines =
          Files.readAllLines(queries).stream()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("no queries in " + queries);
      }
      try (SolrSession session = SolrSession.open(options.solr, options.collection(), System.err)) {
        Map<String, Object> f = options.indexInto(session, new LinkedHashMap<>());
        SearchService search = new SearchService(session.connection(), Optional.empty());
        for (String q : lines) {
          search.search(new SearchRequest(q, List.of(), 1, 10, SortOrder.RELEVANCE));
        }
        List<Double> millis = new ArrayList<>();
        long hits = 0;
        for (int round = 0; round < rounds; round++) {
          for (String q : lines) {
            long start = System.nanoTime();
            hits +=
                search.search(new SearchRequest(q, List.of(), 1, 10, SortOrder.RELEVANCE)).total();
            millis.add((System.nanoTime() - start) / 1e6);
          }
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        f.remove("seconds");
        f.remove("docs_per_second");
        f.put("queries", lines.size());
        f.put("timed_searches", sorted.length);
        f.put("mean_hits", round((double) hits / sorted.length, 1));
        f.put("p50_ms", round(percentile(sorted, 50), 2));
        f.put("p95_ms", round(percentile(sorted, 95), 2));
        f.put("p99_ms", round(percentile(sorted, 99), 2));
        f.put("mean_ms", round(Arrays.stream(sorted).average().orElse(0), 2));
        f.put("target_p95_ms", TARGET_P95_MS);
        boolean met = percentile(sorted, 95) < TARGET_P95_MS;
        f.put("meets_target", met);
        String report =
            String.format(
                Locale.ROOT,
                "bench query: %s, %d queries x %d rounds (BM25 of the "
                    + "translated Boolean query, 4 facets, highlighting, over HTTP)%n  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms  (target p95 < %.0f ms: %s)",
                f.get("corpus"),
                lines.size(),
                rounds,
                f.get("p50_ms"),
                f.get("p95_ms"),
                f.get("p99_ms"),
                f.get("mean_ms"),
                TARGET_P95_MS,
                met ? "met" : "NOT met");
        BenchResults.publish(options.results, "query", "query", options.corpus, report, f);
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
