package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.testing.SharedData;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every benchmark of regression.tsv, run once as a user runs it ('litfacets bench BENCHMARK
 * INPUTS...') on the shared data with the repository's models: fails when the command says FAIL for
 * a figure or leaves one unchecked. A benchmark whose inputs are absent is skipped with a message.
 */
class RegressionIT {

  static Stream<Arguments> runs() {
    return ExpectedFigures.load().runs().entrySet().stream()
        .map(e -> Arguments.of(Named.of(e.getKey().toString(), e.getKey()), e.getValue().size()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void keepsItsExpectedFigures(ExpectedFigures.Run run, int expectedFigures, @TempDir Path results)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("bench"));
    args.addAll(List.of(run.benchmark().split(" ")));
    for (String input : run.inputs()) {
      args.add(SharedData.require(input).toString());
    }
    args.addAll(environment(args.get(1), results));

    CommandRun r = CommandRun.of(args.toArray(String[]::new));

    assertThat(r.code()).as(r.err()).isZero();
    List<String> verdicts;
    try (Stream<Path> files = Files.list(results)) {
      Path report = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
      verdicts =
          Files.readAllLines(report).stream()
              .filter(l -> l.startsWith("OK ") || l.startsWith("FAIL "))
              .toList();
    }
    assertThat(verdicts)
        .as("verdicts in the report of %s:%n%s", run, r.out())
        .hasSize(expectedFigures);
    assertThat(verdicts)
        .filteredOn(v -> v.startsWith("FAIL "))
        .as("figures of %s off their expected values", run)
        .isEmpty();
  }

  /**
   * The options of the command that point it at the test's shared data, models, Solr node and
   * results folder.
   */
  private static List<String> environment(String benchmark, Path results) {
    CommandSpec spec =
        Main.commandLine()
            .getSubcommands()
            .get("bench")
            .getSubcommands()
            .get(benchmark)
            .getCommandSpec();
    List<String> args = new ArrayList<>(List.of("--results", results.toString()));
    if (spec.findOption("--shared-data") != null) {
      args.addAll(List.of("--shared-data", SharedData.root().toString()));
    }
    if (spec.findOption("--models") != null) {
      args.addAll(List.of("--models", SharedData.models().toString()));
    }
    if (spec.findOption("--solr-url") != null) {
      try (SolrConnection solr = TestSolr.connect()) {
        args.addAll(List.of("--solr-url", solr.baseUrl()));
      }
    }
    return args;
  }
}
