package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExpectedFiguresTest {
  private static final Path DEV = Path.of("/data/shared/bc5cdr/dev.txt");

  private static ExpectedFigures rows(String... rows) {
    return ExpectedFigures.parse("test.tsv", String.join("\n", rows));
  }

  /** The one verdict of a file with a single row. */
  private static String verdict(String row, Object measured) {
    List<String> verdicts = rows(row).verdicts("ner", List.of(DEV), Map.of("f", measured));
    assertThat(verdicts).hasSize(1);
    return verdicts.get(0);
  }

  @Test
  void groupsRowsByRunInTheOrderOfTheFile() {
    ExpectedFigures expected =
        rows(
            "# comment",
            "ner\tbc5cdr/dev.txt\tchemical.mention.f1\t0.90\t0.015\thigher",
            "",
            "mesh-index --neighbours bm25\txml qa\tall.f1@10\t0.433\t0.015\thigher",
            "ner\tbc5cdr/dev.txt\tsentences\t284\t0\tEqual");

    assertThat(expected.runs().keySet())
        .containsExactly(
            new ExpectedFigures.Run("ner", List.of("bc5cdr/dev.txt")),
            new ExpectedFigures.Run("mesh-index --neighbours bm25", List.of("xml", "qa")));
    assertThat(expected.runs().get(new ExpectedFigures.Run("ner", List.of("bc5cdr/dev.txt"))))
        .extracting(ExpectedFigures.Figure::name, ExpectedFigures.Figure::direction)
        .containsExactly(
            tuple("chemical.mention.f1", ExpectedFigures.Direction.HIGHER),
            tuple("sentences", ExpectedFigures.Direction.EQUAL));
  }

  @Test
  void higherIsBetterFailsOnlyBelowExpectedMinusTolerance() {
    String row = "ner\tbc5cdr/dev.txt\tf\t0.90\t0.015\thigher";
    assertThat(verdict(row, 0.9056))
        .isEqualTo("OK   ner bc5cdr/dev.txt f 0.9056 (expected 0.90, at least 0.885)");
    assertThat(verdict(row, 0.885)).startsWith("OK ");
    assertThat(verdict(row, 0.8849))
        .isEqualTo("FAIL ner bc5cdr/dev.txt f 0.8849 (expected 0.90, at least 0.885)");
    assertThat(verdict(row, 0.99)).startsWith("OK ");

    String floor = "ner\tbc5cdr/dev.txt\tf\t101\t0\thigher";
    assertThat(verdict(floor, 101))
        .isEqualTo("OK   ner bc5cdr/dev.txt f 101 (expected at least 101)");
    assertThat(verdict(floor, 100.9999)).startsWith("FAIL ");
  }

  @Test
  void lowerIsBetterFailsOnlyAboveExpectedPlusTolerance() {
    String row = "ner\tbc5cdr/dev.txt\tf\t0.016\t0.02\tlower";
    assertThat(verdict(row, 0.036))
        .isEqualTo("OK   ner bc5cdr/dev.txt f 0.036 (expected 0.016, at most 0.036)");
    assertThat(verdict(row, 0.0)).startsWith("OK ");
    assertThat(verdict(row, 0.0361)).startsWith("FAIL ");

    String none = "ner\tbc5cdr/dev.txt\tf\t0\t0\tlower";
    assertThat(verdict(none, 0.0)).isEqualTo("OK   ner bc5cdr/dev.txt f 0 (expected at most 0)");
    assertThat(verdict(none, 1)).startsWith("FAIL ");
  }

  @Test
  void equalFailsOutsideTheToleranceEitherWay() {
    String exact = "ner\tbc5cdr/dev.txt\tf\t284\t0\tequal";
    assertThat(verdict(exact, 284.0))
        .isEqualTo("OK   ner bc5cdr/dev.txt f 284 (expected 284 exactly)");
    assertThat(verdict(exact, 447)).startsWith("FAIL ");
    assertThat(verdict(exact, 283)).startsWith("FAIL ");

    String pinned = "ner\tbc5cdr/dev.txt\tf\t0.2125\t0.0001\tequal";
    assertThat(verdict(pinned, 0.2124799996312002))
        .isEqualTo("OK   ner bc5cdr/dev.txt f 0.2125 (expected 0.2125 +- 0.0001)");
    assertThat(verdict(pinned, 0.2126)).startsWith("OK ");
    assertThat(verdict(pinned, 0.2127)).startsWith("FAIL ");
    assertThat(verdict(pinned, 0.2123)).startsWith("FAIL ");
  }

  @Test
  void aFigureTheRunDidNotMeasureFails() {
    ExpectedFigures expected = rows("ner\tbc5cdr/dev.txt\tf\t0.5\t0\thigher");
    assertThat(expected.verdicts("ner", List.of(DEV), Map.of()))
        .containsExactly("FAIL ner bc5cdr/dev.txt f missing (expected at least 0.5)");
    assertThat(expected.verdicts("ner", List.of(DEV), Map.of("f", "dictionaries")))
        .containsExactly("FAIL ner bc5cdr/dev.txt f dictionaries (expected at least 0.5)");
    assertThat(expected.verdicts("ner", List.of(DEV), Map.of("f", Double.NaN)))
        .singleElement()
        .asString()
        .startsWith("FAIL ner bc5cdr/dev.txt f NaN");
  }

  @Test
  void aRunIsItsBenchmarkWithTheSameOptionsOnInputsEndingLikeTheFile() {
    ExpectedFigures expected =
        rows("ner\tbc5cdr/dev.txt\tf\t0.5\t0\thigher", "mesh-index\txml qa\tf\t0.5\t0\thigher");
    Map<String, Double> measured = Map.of("f", 0.6);

    assertThat(
            expected.verdicts("ner", List.of(Path.of("/elsewhere/x/../bc5cdr/dev.txt")), measured))
        .hasSize(1);
    assertThat(expected.verdicts("ner", List.of(Path.of("bc5cdr/dev.txt")), measured)).hasSize(1);
    assertThat(expected.verdicts("ner --dictionary-only", List.of(DEV), measured)).isEmpty();
    assertThat(expected.verdicts("ner", List.of(Path.of("/data/other/dev.txt")), measured))
        .isEmpty();
    assertThat(
            expected.verdicts("ner", List.of(Path.of("/data/shared/bc5cdr/my-dev.txt")), measured))
        .isEmpty();
    assertThat(
            expected.verdicts("mesh-index", List.of(Path.of("/d/xml"), Path.of("/d/qa")), measured))
        .hasSize(1);
    assertThat(
            expected.verdicts("mesh-index", List.of(Path.of("/d/qa"), Path.of("/d/xml")), measured))
        .isEmpty();
    assertThat(expected.verdicts("mesh-index", List.of(Path.of("/d/xml")), measured)).isEmpty();
  }

  @Test
  void malformedRowsAreRefusedWithTheirLine() {
    assertThatThrownBy(() -> rows("# header", "ner\tdev.txt\tf\t0.5\thigher"))
        .hasMessage(
            "test.tsv line 2: expected 6 tab-separated columns (benchmark, inputs, figure, expected, "
                + "tolerance, direction), found 5");
    assertThatThrownBy(() -> rows("ner\tdev.txt\tf\t0,5\t0\thigher"))
        .hasMessage("test.tsv line 1: '0,5' is not a number");
    assertThatThrownBy(() -> rows("ner\tdev.txt\tf\t0.5\t0\tbetter"))
        .hasMessage(
            "test.tsv line 1: direction must be one of [higher, lower, equal], was 'better'");
    assertThatThrownBy(() -> rows("ner\tdev.txt\tf\t0.5\t-0.01\thigher"))
        .hasMessage("test.tsv line 1: tolerance must not be negative, was -0.01");
    assertThatThrownBy(
            () -> rows("ner\tdev.txt\tf\t0.5\t0\thigher", "ner\tdev.txt\tf\t0.6\t0\thigher"))
        .hasMessage("test.tsv line 2: f of ner dev.txt is expected twice");
  }

  /**
   * Each run of the shipped file is a command line that 'litfacets bench' accepts, so its figures
   * can be checked.
   */
  @Test
  void everyShippedRunIsABenchCommandLine() {
    assertThat(ExpectedFigures.load().runs())
        .isNotEmpty()
        .allSatisfy(
            (run, figures) -> {
              List<String> args = new ArrayList<>(List.of("bench"));
              args.addAll(List.of(run.benchmark().split(" ")));
              args.addAll(run.inputs());
              CommandLine.ParseResult parsed =
                  Main.commandLine().parseArgs(args.toArray(String[]::new));
              assertThat(parsed.subcommand().subcommand()).as(run.toString()).isNotNull();
              assertThat(figures).as(run.toString()).isNotEmpty();
            });
  }
}
