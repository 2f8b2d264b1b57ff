package org.litfacets.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a benchmark writes its report and figures: one option, the same for every benchmark. */
final class ResultsOption {
  @Option(
      names = "--results",
      defaultValue = "bench/results",
      description = "Results folder. Default: ${DEFAULT-VALUE}.")
  Path folder;
}
