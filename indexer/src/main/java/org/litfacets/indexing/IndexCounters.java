package org.litfacets.indexing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to every record of a run: each one read ends up indexed, skipped or failed, with a
 * typed reason (after Anserini's Counters). Thread-safe; the examples keep the first few PMIDs or
 * messages per reason.
 */
public final class IndexCounters {
  private static final int EXAMPLES = 3;
  private long read;
  private long indexed;
  private long deleted;
  private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
  private final Map<FailureReason, Long> failed = new EnumMap<>(FailureReason.class);
  private final Map<FailureReason, List<String>> failureExamples =
      new EnumMap<>(FailureReason.class);
  private final Map<String, Long> enricherNanos = new java.util.LinkedHashMap<>();
  private final Map<String, Long> enricherCpuNanos = new java.util.LinkedHashMap<>();
  private final Map<String, Long> stageNanos = new java.util.HashMap<>();
  private int enrichmentThreads = 1;
  private int writeThreads = 1;

  /** Parsing the input, on the reading thread. */
  static final String READ = "read";

  /** Sending batches to Solr, on the writer threads. */
  static final String WRITE = "solr";

  private long replaced;
  private final List<String> replacedExamples = new ArrayList<>();
  private String stoppedBy;

  synchronized void countRead() {
    read++;
  }

  synchronized void countIndexed(int n) {
    indexed += n;
  }

  synchronized void countDeleted(int n) {
    deleted += n;
  }

  synchronized void countSkipped(SkipReason reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  synchronized void countFailed(FailureReason reason, String example) {
    countFailed(reason, 1, example);
  }

  synchronized void countFailed(FailureReason reason, long n, String example) {
    failed.merge(reason, n, Long::sum);
    List<String> examples = failureExamples.computeIfAbsent(reason, r -> new ArrayList<>());
    if (examples.size() < EXAMPLES) {
      examples.add(example);
    }
  }

  /** A record replaced an earlier record of the same PMID in the same file (the later wins). */
  synchronized void countReplaced(String example) {
    replaced++;
    if (replacedExamples.size() < EXAMPLES) {
      replacedExamples.add(example);
    }
  }

  /** The run stopped before its end, e.g. because Solr stayed unavailable. */
  synchronized void stop(String reason) {
    if (stoppedBy == null) {
      stoppedBy = reason;
    }
  }

  /** Why the run stopped before reading all its files, if it did (not for a requested stop). */
  public synchronized java.util.Optional<String> stoppedBy() {
    return java.util.Optional.ofNullable(stoppedBy);
  }

  public synchronized long replaced() {
    return replaced;
  }

  /**
   * A step's time on one batch: wall-clock, and CPU of the worker thread that ran it (every step
   * does its work on that thread).
   */
  synchronized void countEnricherTime(String enricher, long nanos, long cpuNanos) {
    enricherNanos.merge(enricher, nanos, Long::sum);
    enricherCpuNanos.merge(enricher, cpuNanos, Long::sum);
  }

  synchronized void setParallelism(int enrichmentThreads, int writeThreads) {
    this.enrichmentThreads = enrichmentThreads;
    this.writeThreads = writeThreads;
  }

  synchronized void countStageTime(String stage, long nanos) {
    stageNanos.merge(stage, nanos, Long::sum);
  }

  /**
   * Seconds each stage of the run has kept its threads busy, divided by its threads: reading (one
   * thread), enrichment (its workers; named after its slowest step) and Solr (its writers). The
   * stage with the most limits the run's rate; the others wait for it.
   */
  public synchronized Map<String, Double> stageSeconds() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    out.put(READ, stageNanos.getOrDefault(READ, 0L) / 1e9);
    long enrichment = enricherNanos.values().stream().mapToLong(Long::longValue).sum();
    out.put("enrichment", enrichment / 1e9 / enrichmentThreads);
    out.put(WRITE, stageNanos.getOrDefault(WRITE, 0L) / 1e9 / writeThreads);
    return out;
  }

  /**
   * The stage that limits the rate (see {@link #stageSeconds()}), e.g. {@code "enrichment
   * (challenges 61%)"}; empty before any work.
   */
  public synchronized String limitingStage() {
    Map<String, Double> stages = stageSeconds();
    Map.Entry<String, Double> top =
        stages.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    if (top.getValue() <= 0) {
      return "";
    }
    if (!top.getKey().equals("enrichment")) {
      return top.getKey();
    }
    long enrichment = enricherNanos.values().stream().mapToLong(Long::longValue).sum();
    return enricherNanos.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(
            e ->
                String.format(
                    java.util.Locale.ROOT,
                    "enrichment (%s %.0f%%)",
                    e.getKey(),
                    100.0 * e.getValue() / enrichment))
        .orElse("enrichment");
  }

  /** Seconds each enricher has taken so far, in pipeline order. */
  public synchronized Map<String, Double> enricherSeconds() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    enricherNanos.forEach((name, nanos) -> out.put(name, nanos / 1e9));
    return out;
  }

  /**
   * CPU seconds each enricher has taken so far, in pipeline order: unlike {@link
   * #enricherSeconds()}, these hardly depend on what else the machine runs.
   */
  public synchronized Map<String, Double> enricherCpuSeconds() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    enricherCpuNanos.forEach((name, nanos) -> out.put(name, nanos / 1e9));
    return out;
  }

  public synchronized long read() {
    return read;
  }

  public synchronized long indexed() {
    return indexed;
  }

  public synchronized long deleted() {
    return deleted;
  }

  public synchronized long skipped(SkipReason reason) {
    return skipped.getOrDefault(reason, 0L);
  }

  public synchronized long failed(FailureReason reason) {
    return failed.getOrDefault(reason, 0L);
  }

  public synchronized long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public synchronized long failedTotal() {
    return failed.values().stream().mapToLong(Long::longValue).sum();
  }

  public synchronized List<String> failureExamples(FailureReason reason) {
    return List.copyOf(failureExamples.getOrDefault(reason, List.of()));
  }

  /** A multi-line summary for the end of a run. */
  public synchronized String summary() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "read %,d  indexed %,d  deleted %,d  skipped %,d  failed %,d%n",
            read, indexed, deleted, skippedTotal(), failedTotal()));
    skipped.forEach(
        (reason, n) -> out.append(String.format("  skipped %,d: %s%n", n, reason.description())));
    failed.forEach(
        (reason, n) ->
            out.append(
                String.format(
                    "  failed %,d: %s, e.g. %s%n",
                    n, reason.description(), String.join("; ", failureExamples.get(reason)))));
    if (replaced > 0) {
      out.append(
          String.format(
              "  replaced %,d: a later record of the same PMID in the same file won, e.g. %s%n",
              replaced, String.join("; ", replacedExamples)));
    }
    if (stoppedBy != null) {
      out.append(
          String.format(
              "  stopped early: %s%n  what was written is kept; re-run the same command to"
                  + " finish%n",
              stoppedBy));
    }
    if (!enricherNanos.isEmpty() && indexed > 0) {
      out.append(
          String.format(
              "  enrichment on %d worker(s), ms of one worker per article:", enrichmentThreads));
      enricherNanos.forEach(
          (name, nanos) -> out.append(String.format(" %s %.1f", name, nanos / 1e6 / indexed)));
      out.append(String.format("%n"));
    }
    if (indexed > 0) {
      out.append("  busy seconds per thread:");
      stageSeconds().forEach((stage, sec) -> out.append(String.format(" %s %.1f", stage, sec)));
      out.append(String.format("; limited by %s%n", limitingStage()));
    }
    return out.toString();
  }
}
