package org.litfacets.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How the web server takes its requests: the same for serve, demo and the latency benchmarks. */
final class WebServerOptions {
  /**
   * Requests served at once per core by default. On 2 cores with Solr beside the web server, 32
   * clients of the bench load mix (2026-12-03): 12 at a time gave 200.5 and 213.9 requests/s with
   * p99 293 ms; no limit 200.1 and 212.8 requests/s with p99 433 and 413 ms; 8 at a time 184
   * requests/s, p99 286 ms; 16 at a time p99 326 ms.
   */
  static final int REQUESTS_PER_CORE = 6;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  private int maxConcurrentRequests =
      REQUESTS_PER_CORE * Runtime.getRuntime().availableProcessors();

  /** Checked as the command line is read, before Solr starts or a corpus is indexed. */
  @Option(
      names = "--max-concurrent-requests",
      description =
          "Requests served at once; the others wait their turn in order of arrival (health, metrics, "
              + "static files and exports pass), so that the costliest searches are not stretched "
              + "by sharing the cores with every other request under load (README, bench load). "
              + "0 for no limit. Default: "
              + REQUESTS_PER_CORE
              + " per core.")
  void maxConcurrentRequests(int max) {
    if (max < 0) {
      throw new ParameterException(
          command.commandLine(),
          "--max-concurrent-requests must be 0 (no limit) or more, got " + max);
    }
    maxConcurrentRequests = max;
  }

  int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }
}
