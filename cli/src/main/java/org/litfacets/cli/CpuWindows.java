package org.litfacets.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexProgress;

/**
 * The CPU an indexing run spends on each successive window of documents (the indexer's JVM, and of
 * it the JIT compilers and the enrichment steps; the Solr node's JVM), so that a long run shows
 * when compilation ends and what each article costs from then on. A window closes at the first
 * progress report after its last document is written; the batches then in flight (about one per
 * worker) have spent part of their CPU already, which moves a few percent of a window's CPU into
 * the one before, alike in every window.
 */
final class CpuWindows implements IndexProgress {
  private final IndexProgress progress;
  private final int window;
  private final LongSupplier solrNanos;
  private final List<Mark> marks = new ArrayList<>();
  private final ThreadCpu threadsAtStart = ThreadCpu.snapshot();

  private record Mark(long indexed, long nanos, double jitSeconds, double stepSeconds, long solr) {}

  /**
   * @param window documents per window
   * @param solrNanos the Solr node's CPU time so far
   */
  CpuWindows(IndexProgress progress, int window, LongSupplier solrNanos) {
    this.progress = progress;
    this.window = window;
    this.solrNanos = solrNanos;
    marks.add(new Mark(0, ThreadCpu.processNanos(), 0, 0, solrNanos.getAsLong()));
  }

  @Override
  public synchronized void update(long bytesDone, long bytesTotal, IndexCounters counters) {
    progress.update(bytesDone, bytesTotal, counters);
    reached(
        counters.indexed(),
        counters.enricherCpuSeconds().values().stream().mapToDouble(d -> d).sum());
  }

  /**
   * Closes a window when {@code indexed} documents are through.
   *
   * @param stepSeconds CPU seconds the enrichment steps have spent so far
   */
  synchronized void reached(long indexed, double stepSeconds) {
    if (indexed >= marks.get(marks.size() - 1).indexed() + window) {
      marks.add(
          new Mark(
              indexed,
              ThreadCpu.processNanos(),
              ThreadCpu.snapshot()
                  .secondsSince(threadsAtStart)
                  .get(ThreadCpu.Group.JIT_COMPILATION),
              stepSeconds,
              solrNanos.getAsLong()));
    }
  }

  /**
   * One entry per closed window ("documents from-to"): CPU ms per article of the indexer, of its
   * enrichment steps, outside them, of JIT compilation, and of the Solr node.
   */
  synchronized Map<String, Map<String, Double>> perArticleMs() {
    Map<String, Map<String, Double>> windows = new LinkedHashMap<>();
    for (int i = 1; i < marks.size(); i++) {
      Mark from = marks.get(i - 1);
      Mark to = marks.get(i);
      double articles = to.indexed() - from.indexed();
      double cpu = (to.nanos() - from.nanos()) / 1e9;
      double steps = to.stepSeconds() - from.stepSeconds();
      Map<String, Double> ms = new LinkedHashMap<>();
      ms.put("cpu", ms(cpu, articles));
      ms.put("steps", ms(steps, articles));
      ms.put("outside_steps", ms(cpu - steps, articles));
      ms.put("jit", ms(to.jitSeconds() - from.jitSeconds(), articles));
      ms.put("without_jit", ms(cpu - (to.jitSeconds() - from.jitSeconds()), articles));
      ms.put("solr", ms((to.solr() - from.solr()) / 1e9, articles));
      windows.put((from.indexed() + 1) + "-" + to.indexed(), ms);
    }
    return windows;
  }

  private static double ms(double seconds, double articles) {
    return BenchCommand.round(1000 * seconds / articles, 1);
  }
}
