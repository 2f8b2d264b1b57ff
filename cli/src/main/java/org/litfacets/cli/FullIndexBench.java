package org.litfacets.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.Sentence;
import org.litfacets.embedding.Embedder;
import org.litfacets.enrichment.Sentences;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;
import org.litfacets.store.ArticleStore;

/**
 * {@code bench index --full}: the indexer as {@code litfacets index} runs it, every chosen
 * enrichment step included, on the benchmark's own collection. Prints end-to-end docs/s, each
 * stage's share of the time, and, in the same run, the embedding model's own rate on the texts the
 * run embeds (every sentence, and every title + abstract), so that the ratio between the two is
 * visible. Wall-clock rates depend on what else the machine runs; the CPU time per article does
 * much less, so it is the checked figure.
 */
final class FullIndexBench {
  private FullIndexBench() {}

  static Map<String, Object> run(
      BenchCommand.CorpusOptions options,
      DataOptions data,
      EnrichmentOptions enrichment,
      int batchSize,
      boolean cold,
      int window,
      SolrSession session)
      throws IOException {
    Map<String, Object> f = new LinkedHashMap<>();
    Path file = Files.createTempFile("litfacets-bench", ".xml");
    try {
      BenchCorpus bench = BenchCorpus.build(Indexer.inputFiles(options.corpus), options.docs, file);
      Optional<MeshVocabulary> mesh = data.loadMesh(System.err);
      ArticleStore store = new ArticleStore(session.connection());
      session.connection().deleteAll();
      Pipeline pipeline = enrichment.pipeline(data, mesh, store, System.err);
      IndexOptions indexOptions = new IndexOptions(batchSize, false);
      if (!cold) {
        // In a fresh JVM the JIT compilers spend about 9 s of CPU on the enrichment code, which
        // on 500 articles is 20 ms per article and on 50,000 is 0.2 ms: a first pass over the
        // same articles, then emptied, lets the timed one measure what a long run pays.
        System.err.println("Warm-up pass:");
        long coldCpu = ThreadCpu.processNanos();
        ThreadCpu coldThreads = ThreadCpu.snapshot();
        long coldIndexed =
            new Indexer(store, pipeline, indexOptions, new ConsoleIndexProgress(System.err))
                .index(List.of(file))
                .indexed();
        System.err.println();
        f.put(
            "cold_cpu_ms_per_article",
            BenchCommand.round(
                (ThreadCpu.processNanos() - coldCpu) / 1e6 / Math.max(1, coldIndexed), 1));
        if (!coldThreads.isEmpty()) {
          double jit =
              ThreadCpu.snapshot().secondsSince(coldThreads).get(ThreadCpu.Group.JIT_COMPILATION);
          f.put(
              "cold_jit_cpu_ms_per_article",
              BenchCommand.round(1000 * jit / Math.max(1, coldIndexed), 1));
        }
        session.connection().deleteAll();
      }
      long cpu = ThreadCpu.processNanos();
      ThreadCpu threadsBefore = ThreadCpu.snapshot();
      long solrBefore = session.connection().nodeCpuNanos();
      Optional<ThreadCpu> solrThreadsBefore = session.startedNodeThreads();
      IndexProgress progress = new ConsoleIndexProgress(System.err);
      CpuWindows windows =
          window > 0 ? new CpuWindows(progress, window, session.connection()::nodeCpuNanos) : null;
      long start = System.nanoTime();
      IndexCounters counters =
          new Indexer(store, pipeline, indexOptions, windows == null ? progress : windows)
              .index(List.of(file));
      System.err.println();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (ThreadCpu.processNanos() - cpu) / 1e9;
      Map<ThreadCpu.Group, Double> threadSeconds = ThreadCpu.snapshot().secondsSince(threadsBefore);
      long solrAfter = session.connection().nodeCpuNanos();
      Optional<ThreadCpu> solrThreadsAfter = session.startedNodeThreads();
      long indexed = counters.indexed();
      int cores = Runtime.getRuntime().availableProcessors();
      f.put("corpus", bench.description());
      f.put("jvm", cold ? "cold (first pass)" : "warm (second pass)");
      f.put("steps", pipeline.toString());
      f.put("workers", indexOptions.workers());
      f.put("batch_size", batchSize);
      f.put("documents", indexed);
      f.put("skipped", counters.skippedTotal());
      f.put("failed", counters.failedTotal());
      f.put("seconds", BenchCommand.round(seconds, 2));
      f.put("docs_per_second", BenchCommand.round(indexed / seconds, 1));
      double cpuMs = 1000 * cpuSeconds / Math.max(1, indexed);
      f.put("cpu_ms_per_article", BenchCommand.round(cpuMs, 1));
      f.put("cpu_bound_docs_per_second", BenchCommand.round(cores * 1000 / cpuMs, 1));
      f.put("load_average", BenchCommand.round(loadAverage(), 1));
      f.put("limited_by", counters.limitingStage());
      Map<String, Double> stages = counters.stageSeconds();
      double stageTotal = stages.values().stream().mapToDouble(Double::doubleValue).sum();
      Map<String, Object> stageShare = new LinkedHashMap<>();
      stages.forEach((k, v) -> stageShare.put(k, BenchCommand.round(v / stageTotal, 3)));
      f.put("stage_share", stageShare);
      Map<String, Double> steps = counters.enricherSeconds();
      double stepTotal = steps.values().stream().mapToDouble(Double::doubleValue).sum();
      Map<String, Object> stepShare = new LinkedHashMap<>();
      Map<String, Object> stepMs = new LinkedHashMap<>();
      steps.forEach(
          (k, v) -> {
            stepShare.put(k, BenchCommand.round(v / stepTotal, 3));
            stepMs.put(k, BenchCommand.round(1000 * v / Math.max(1, indexed), 1));
          });
      f.put("enrichment_share", stepShare);
      f.put("enrichment_ms_per_article", stepMs);
      Map<String, Object> stepCpuMs = new LinkedHashMap<>();
      double stepCpuTotal = 0;
      for (Map.Entry<String, Double> step : counters.enricherCpuSeconds().entrySet()) {
        stepCpuMs.put(
            step.getKey(), BenchCommand.round(1000 * step.getValue() / Math.max(1, indexed), 1));
        stepCpuTotal += step.getValue();
      }
      f.put("enrichment_cpu_ms_per_article", stepCpuMs);
      // parsing, Solr documents and requests, garbage collection and compilation
      f.put(
          "cpu_ms_per_article_outside_steps",
          BenchCommand.round(1000 * (cpuSeconds - stepCpuTotal) / Math.max(1, indexed), 1));
      if (!threadsBefore.isEmpty()) {
        Map<String, Double> outside = outsideSteps(threadSeconds, cpuSeconds, stepCpuTotal);
        Map<String, Object> outsideMs = new LinkedHashMap<>();
        outside.forEach((k, v) -> outsideMs.put(k, perArticleMs(v, indexed)));
        f.put("cpu_ms_per_article_outside_steps_by_thread", outsideMs);
        // What a long run pays per article: compilation ends, and on 500 articles it does not.
        f.put(
            "cpu_ms_per_article_without_jit",
            perArticleMs(cpuSeconds - outside.get(ThreadCpu.Group.JIT_COMPILATION.key()), indexed));
      }
      {
        // Solr's JVM shares the cores: its indexing (and the similar-article queries of
        // suggest-mesh) is part of what the machine pays per article; its metric serves a node
        // this run started and one it found running alike.
        double solrSeconds = (solrAfter - solrBefore) / 1e9;
        double solrMs = perArticleMs(solrSeconds, indexed);
        f.put("solr_cpu_ms_per_article", solrMs);
        f.put(
            "machine_cpu_bound_docs_per_second",
            BenchCommand.round(cores * 1000 / (cpuMs + solrMs), 1));
        if (solrThreadsBefore.isPresent() && solrThreadsAfter.isPresent()) {
          double solrJit =
              solrThreadsAfter
                  .get()
                  .secondsSince(solrThreadsBefore.get())
                  .get(ThreadCpu.Group.JIT_COMPILATION);
          f.put("solr_jit_cpu_ms_per_article", perArticleMs(solrJit, indexed));
          if (f.containsKey("cpu_ms_per_article_without_jit")) {
            double withoutJit =
                ((Number) f.get("cpu_ms_per_article_without_jit")).doubleValue()
                    + perArticleMs(solrSeconds - solrJit, indexed);
            f.put("machine_cpu_ms_per_article_without_jit", BenchCommand.round(withoutJit, 1));
            f.put(
                "machine_cpu_bound_docs_per_second_without_jit",
                BenchCommand.round(cores * 1000 / withoutJit, 1));
          }
        }
      }
      if (windows != null) {
        steadyState(windows.perArticleMs(), window, cores, f);
      }
      if (pipeline.steps().stream()
          .anyMatch(s -> s.name().equals("challenges") || s.name().equals("vectors"))) {
        embeddingAlone(
            file, enrichment.embeddingModel.load(), enrichment.articleEmbedding.load(), f);
        double alone = ((Number) f.get("embedding_docs_per_second")).doubleValue();
        f.put("end_to_end_over_embedding", BenchCommand.round(indexed / seconds / alone, 2));
      }
      return f;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The CPU seconds outside the enrichment steps, by the threads that spent them: the JIT
   * compilers, the garbage collector, the Solr requests (documents serialised and sent), the main
   * thread (reading and parsing), the rest of the JVM, and the indexer's pools between steps (Solr
   * documents built on the enrichment workers, and the Solr writers). The pools end with the run,
   * before their threads can be read, so their time is what the process spent beyond the threads
   * still alive.
   */
  private static Map<String, Double> outsideSteps(
      Map<ThreadCpu.Group, Double> threadSeconds, double cpuSeconds, double stepCpuSeconds) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    double alive = 0;
    for (Map.Entry<ThreadCpu.Group, Double> group : threadSeconds.entrySet()) {
      alive += group.getValue();
      if (group.getKey() != ThreadCpu.Group.ENRICHMENT_WORKERS) {
        seconds.put(group.getKey().key(), group.getValue());
      }
    }
    double workers = threadSeconds.get(ThreadCpu.Group.ENRICHMENT_WORKERS) + cpuSeconds - alive;
    seconds.put("pools-between-steps", Math.max(0, workers - stepCpuSeconds));
    return seconds;
  }

  /**
   * Each window's CPU ms per article, and the last one's as the steady state: what every further
   * article costs once compilation has (mostly) ended.
   */
  private static void steadyState(
      Map<String, Map<String, Double>> windows, int window, int cores, Map<String, Object> f) {
    f.put("window", window);
    f.put("windows_cpu_ms_per_article", windows);
    if (windows.isEmpty()) {
      return;
    }
    Map.Entry<String, Map<String, Double>> last = null;
    for (Map.Entry<String, Map<String, Double>> w : windows.entrySet()) {
      last = w;
    }
    Map<String, Double> ms = last.getValue();
    double machine = ms.get("cpu") + ms.get("solr");
    f.put("steady_documents", last.getKey());
    f.put("steady_cpu_ms_per_article", ms.get("cpu"));
    f.put("steady_jit_cpu_ms_per_article", ms.get("jit"));
    f.put("steady_outside_steps_cpu_ms_per_article", ms.get("outside_steps"));
    f.put("steady_solr_cpu_ms_per_article", ms.get("solr"));
    f.put("steady_machine_cpu_ms_per_article", BenchCommand.round(machine, 1));
    f.put("steady_machine_docs_per_second", BenchCommand.round(cores * 1000 / machine, 1));
  }

  private static double perArticleMs(double seconds, long articles) {
    return BenchCommand.round(1000 * seconds / Math.max(1, articles), 1);
  }

  /**
   * Embeds what the challenges and vectors steps embed for the same articles (each sentence, and
   * each title + abstract), in batches of 100 articles as the indexer does, on as many threads;
   * sentences and articles are timed apart.
   */
  private static void embeddingAlone(
      Path file, Embedder sentenceEmbedder, Embedder articleEmbedder, Map<String, Object> f)
      throws IOException {
    List<EnrichedArticle> articles = new ArrayList<>();
    try (PubmedXmlReader reader = PubmedXmlReader.open(file)) {
      for (PubmedRecord r; (r = reader.next()) != null; ) {
        if (r instanceof PubmedRecord.Citation c && c.article().hasAbstract()) {
          articles.add(new EnrichedArticle(c.article()));
        }
      }
    }
    new Sentences().enrich(articles);
    List<List<String>> sentenceBatches = new ArrayList<>();
    List<List<String>> articleBatches = new ArrayList<>();
    int sentences = 0;
    for (int from = 0; from < articles.size(); from += 100) {
      List<String> sentenceTexts = new ArrayList<>();
      List<String> articleTexts = new ArrayList<>();
      for (EnrichedArticle a : articles.subList(from, Math.min(articles.size(), from + 100))) {
        String text = a.article().analysisText();
        for (Sentence s : a.sentences()) {
          sentenceTexts.add(text.substring(s.start(), s.end()));
        }
        articleTexts.add(text);
      }
      sentences += sentenceTexts.size();
      sentenceBatches.add(sentenceTexts);
      articleBatches.add(articleTexts);
    }
    double[] sentenceTime = embed(sentenceBatches, sentenceEmbedder);
    double[] articleTime = embed(articleBatches, articleEmbedder);
    int n = articles.size();
    double seconds = sentenceTime[0] + articleTime[0];
    f.put("embedding_threads", Runtime.getRuntime().availableProcessors());
    f.put("embedding_sentences", sentences);
    f.put("embedding_sentences_per_article", BenchCommand.round((double) sentences / n, 1));
    f.put("embedding_docs_per_second", BenchCommand.round(n / seconds, 1));
    f.put("embedding_texts_per_second", BenchCommand.round((sentences + n) / seconds, 1));
    f.put(
        "embedding_cpu_ms_per_article",
        BenchCommand.round(1000 * (sentenceTime[1] + articleTime[1]) / n, 1));
    f.put(
        "embedding_sentences_cpu_ms_per_article",
        BenchCommand.round(1000 * sentenceTime[1] / n, 1));
    f.put("embedding_article_cpu_ms_per_article", BenchCommand.round(1000 * articleTime[1] / n, 1));
  }

  /** Wall-clock and CPU seconds to embed the batches, on as many threads as cores. */
  private static double[] embed(List<List<String>> batches, Embedder embedder) {
    long cpu = ThreadCpu.processNanos();
    long start = System.nanoTime();
    batches.parallelStream().forEach(embedder::embed);
    return new double[] {(System.nanoTime() - start) / 1e9, (ThreadCpu.processNanos() - cpu) / 1e9};
  }

  static String report(Map<String, Object> f) {
    return summary(f) + windowsReport(f);
  }

  private static String windowsReport(Map<String, Object> f) {
    if (!(f.get("windows_cpu_ms_per_article") instanceof Map<?, ?> windows)) {
      return "";
    }
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%n  CPU ms per article by window of %s documents"
                    + " (indexer = steps + outside, of it JIT; Solr node):",
                f.get("window")));
    windows.forEach(
        (range, ms) -> {
          Map<?, ?> m = (Map<?, ?>) ms;
          out.append(
              String.format(
                  Locale.ROOT,
                  "%n    %s: %s = %s + %s, JIT %s; Solr %s",
                  range,
                  m.get("cpu"),
                  m.get("steps"),
                  m.get("outside_steps"),
                  m.get("jit"),
                  m.get("solr")));
        });
    if (f.containsKey("steady_cpu_ms_per_article")) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n  steady state (documents %s): %s ms per article in the indexer (JIT %s, outside"
                  + " the steps %s) + %s in the Solr node = %s ms: %s docs/s on the %d cores",
              f.get("steady_documents"),
              f.get("steady_cpu_ms_per_article"),
              f.get("steady_jit_cpu_ms_per_article"),
              f.get("steady_outside_steps_cpu_ms_per_article"),
              f.get("steady_solr_cpu_ms_per_article"),
              f.get("steady_machine_cpu_ms_per_article"),
              f.get("steady_machine_docs_per_second"),
              Runtime.getRuntime().availableProcessors()));
    }
    return out.toString();
  }

  private static String summary(Map<String, Object> f) {
    return String.format(
        Locale.ROOT,
        "bench index --full: %s, enrichment %s on %s worker(s), batches of %s, %s JVM%n"
            + "  indexed %,d documents (skipped %s, failed %s) in %.1f s = %.1f docs/s end to end,"
            + " limited by %s%n"
            + "  CPU %.1f ms per article = %.1f docs/s if the run had the %d cores to itself"
            + " (load average %.1f during the run)%n"
            + "  share of busy time per thread: %s%n"
            + "  enrichment share: %s%n"
            + "  enrichment ms per article (one worker): %s%n"
            + "  enrichment CPU ms per article: %s; outside the steps %s%n"
            + "  outside the steps by thread (CPU ms per article): %s%n"
            + "  without JIT compilation (what a long run pays): %s ms per article%n"
            + "  Solr node CPU %s ms per article (JIT compilation %s); indexer and Solr together:"
            + " %s docs/s on the %d cores, %s without JIT compilation (%s ms per article)%n"
            + "  warm-up pass (cold JVM): CPU %s ms per article, of which JIT compilation %s%n"
            + "  embedding alone on the same texts (%s sentences/article + the article): %.1f docs/s,"
            + " %.1f texts/s, CPU %.1f ms per article (sentences %s, article %s);"
            + " end to end / embedding alone = %s",
        f.get("corpus"),
        f.get("steps"),
        f.get("workers"),
        f.get("batch_size"),
        f.getOrDefault("jvm", "cold (first pass)").toString().replaceAll(" .*", ""),
        ((Number) f.get("documents")).longValue(),
        f.get("skipped"),
        f.get("failed"),
        f.get("seconds"),
        f.get("docs_per_second"),
        f.get("limited_by"),
        f.get("cpu_ms_per_article"),
        f.get("cpu_bound_docs_per_second"),
        Runtime.getRuntime().availableProcessors(),
        f.get("load_average"),
        f.get("stage_share"),
        f.get("enrichment_share"),
        f.get("enrichment_ms_per_article"),
        f.get("enrichment_cpu_ms_per_article"),
        f.get("cpu_ms_per_article_outside_steps"),
        f.getOrDefault("cpu_ms_per_article_outside_steps_by_thread", "-"),
        f.getOrDefault("cpu_ms_per_article_without_jit", "-"),
        f.getOrDefault("solr_cpu_ms_per_article", "-"),
        f.getOrDefault("solr_jit_cpu_ms_per_article", "-"),
        f.getOrDefault("machine_cpu_bound_docs_per_second", "-"),
        Runtime.getRuntime().availableProcessors(),
        f.getOrDefault("machine_cpu_bound_docs_per_second_without_jit", "-"),
        f.getOrDefault("machine_cpu_ms_per_article_without_jit", "-"),
        f.getOrDefault("cold_cpu_ms_per_article", "-"),
        f.getOrDefault("cold_jit_cpu_ms_per_article", "-"),
        f.getOrDefault("embedding_sentences_per_article", "-"),
        f.getOrDefault("embedding_docs_per_second", 0.0),
        f.getOrDefault("embedding_texts_per_second", 0.0),
        f.getOrDefault("embedding_cpu_ms_per_article", 0.0),
        f.getOrDefault("embedding_sentences_cpu_ms_per_article", "-"),
        f.getOrDefault("embedding_article_cpu_ms_per_article", "-"),
        f.getOrDefault("end_to_end_over_embedding", "-"));
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
