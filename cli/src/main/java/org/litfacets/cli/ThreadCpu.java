package org.litfacets.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time of every thread of a JVM, the JVM's own included (JIT compilers, garbage
 * collectors), which {@code ThreadMXBean} does not show: read from Linux's {@code
 * /proc/PID/task/TID/schedstat} (nanoseconds on a CPU) and {@code comm} (the thread's name, cut to
 * 15 characters). Elsewhere a snapshot is empty.
 */
final class ThreadCpu {

  /** The groups a bench reports, each with the thread names that start with its prefixes. */
  enum Group {
    JIT_COMPILATION("C1 CompilerThre", "C2 CompilerThre"),
    GARBAGE_COLLECTION("GC Thread", "G1 ", "VM Thread"),
    ENRICHMENT_WORKERS("enricher"),
    SOLR_REQUESTS("solr-writer", "solr-http-", "HttpClient-"),
    // the web server's request threads (Javalin's Jetty pool)
    WEB_REQUESTS("JettyServerThr"),
    // bench load's clients (their HTTP client's threads count as SOLR_REQUESTS)
    LOAD_CLIENTS("load-client-"),
    // The JVM names its main thread after the launcher.
    MAIN("java", "main"),
    OTHER();

    private final String[] prefixes;

    Group(String... prefixes) {
      this.prefixes = prefixes;
    }

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Group of(String threadName) {
      for (Group g : values()) {
        for (String prefix : g.prefixes) {
          if (g == MAIN ? threadName.equals(prefix) : threadName.startsWith(prefix)) {
            return g;
          }
        }
      }
      return OTHER;
    }
  }

  private record Thread(String name, long nanos) {}

  private final Map<String, Thread> threads;

  private ThreadCpu(Map<String, Thread> threads) {
    this.threads = threads;
  }

  /** The CPU time this JVM has used so far, all its threads together, in nanoseconds. */
  static long processNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The threads of this JVM. */
  static ThreadCpu snapshot() {
    return snapshot(Path.of("/proc/self/task"));
  }

  /** The threads of another process, such as the Solr node's JVM. */
  static ThreadCpu snapshot(long pid) {
    return snapshot(Path.of("/proc", Long.toString(pid), "task"));
  }

  private static ThreadCpu snapshot(Path taskFolder) {
    Map<String, Thread> threads = new HashMap<>();
    if (!Files.isDirectory(taskFolder)) {
      return new ThreadCpu(threads);
    }
    try (Stream<Path> tasks = Files.list(taskFolder)) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          String schedstat = Files.readString(task.resolve("schedstat"));
          long nanos = Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
          threads.put(task.getFileName().toString(), new Thread(name, nanos));
        } catch (IOException | RuntimeException e) {
          // the thread ended while the folder was listed: its time is lost either way
        }
      }
    } catch (IOException e) {
      return new ThreadCpu(Map.of());
    }
    return new ThreadCpu(threads);
  }

  boolean isEmpty() {
    return threads.isEmpty();
  }

  /**
   * CPU seconds per group between {@code earlier} and this snapshot, over the threads alive now (a
   * thread that ended in between is missing: the process total minus these is its share).
   */
  Map<Group, Double> secondsSince(ThreadCpu earlier) {
    Map<Group, Double> seconds = new LinkedHashMap<>();
    for (Group g : Group.values()) {
      seconds.put(g, 0.0);
    }
    threads.forEach(
        (tid, now) -> {
          Thread before = earlier.threads.get(tid);
          // a thread id the system gave again to a new thread counts from zero
          boolean same =
              before != null && before.name.equals(now.name) && before.nanos <= now.nanos;
          long spent = now.nanos - (same ? before.nanos : 0);
          seconds.merge(Group.of(now.name), spent / 1e9, Double::sum);
        });
    return seconds;
  }
}
