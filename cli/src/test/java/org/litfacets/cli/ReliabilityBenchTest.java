package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.litfacets.cli.ReliabilityCases.Outcome;

/**
 * A fault case that cannot run is a failed row of the report, not a report that is never written.
 */
class ReliabilityBenchTest {

  @Test
  void aCaseThatCannotRunIsReportedAsFailedWithItsReason() throws InterruptedException {
    Outcome failed =
        ReliabilityBench.run(
            "demo-command-sigterm",
            () -> {
              throw new IOException("the demo did not serve within 60 s");
            });

    assertThat(failed.passed()).isFalse();
    assertThat(failed.name()).isEqualTo("demo-command-sigterm");
    assertThat(failed.notes()).contains("the demo did not serve within 60 s");
    assertThat(ReliabilityBench.report(java.util.List.of(failed)))
        .contains("| demo-command-sigterm |")
        .contains("0 of 1 cases passed");
  }

  @Test
  void aCaseThatRunsKeepsItsOutcome() throws InterruptedException {
    Outcome passed = new Outcome("stalled-solr", "never reads", 1, 1, 0, 0, true, "ok");
    assertThat(ReliabilityBench.run("stalled-solr", () -> passed)).isSameAs(passed);
  }
}
