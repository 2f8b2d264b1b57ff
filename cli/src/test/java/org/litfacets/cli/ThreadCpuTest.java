package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.litfacets.cli.ThreadCpu.Group;

class ThreadCpuTest {

  @Test
  void threadsAreGroupedByTheNamesTheJvmAndTheIndexerGiveThem() {
    assertThat(Group.of("C2 CompilerThre")).isEqualTo(Group.JIT_COMPILATION);
    assertThat(Group.of("C1 CompilerThre")).isEqualTo(Group.JIT_COMPILATION);
    assertThat(Group.of("GC Thread#1")).isEqualTo(Group.GARBAGE_COLLECTION);
    assertThat(Group.of("G1 Conc#0")).isEqualTo(Group.GARBAGE_COLLECTION);
    assertThat(Group.of("enricher")).isEqualTo(Group.ENRICHMENT_WORKERS);
    assertThat(Group.of("solr-http-3")).isEqualTo(Group.SOLR_REQUESTS);
    assertThat(Group.of("HttpClient-1-Wor")).isEqualTo(Group.SOLR_REQUESTS);
    assertThat(Group.of("load-client-31")).isEqualTo(Group.LOAD_CLIENTS);
    assertThat(Group.of("JettyServerThr")).isEqualTo(Group.WEB_REQUESTS);
    assertThat(Group.of("java")).isEqualTo(Group.MAIN);
    // only the main thread itself: a library's "javaagent" thread is not it
    assertThat(Group.of("javaagent")).isEqualTo(Group.OTHER);
    assertThat(Group.of("Signal Dispatch")).isEqualTo(Group.OTHER);
  }

  @Test
  void theCpuOfANamedThreadCountsInItsGroup() throws InterruptedException {
    ThreadCpu before = ThreadCpu.snapshot();
    assumeFalse(before.isEmpty(), "no /proc/self/task on this system");
    CountDownLatch burnt = new CountDownLatch(1);
    CountDownLatch measured = new CountDownLatch(1);
    Thread worker =
        new Thread(
            () -> {
              // busy for 0.2 s of wall clock
              long end = System.nanoTime() + 200_000_000L;
              while (System.nanoTime() < end) {
                Thread.onSpinWait();
              }
              burnt.countDown();
              try {
                measured.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "enricher");
    worker.start();
    burnt.await();
    // a thread's time is read while it lives
    Map<Group, Double> seconds = ThreadCpu.snapshot().secondsSince(before);
    measured.countDown();
    worker.join();
    // on a loaded machine the thread gets less than the 0.2 s it was busy
    assertThat(seconds.get(Group.ENRICHMENT_WORKERS)).isGreaterThan(0.01).isLessThan(1.0);
    assertThat(seconds).containsKeys(Group.values());
  }
}
