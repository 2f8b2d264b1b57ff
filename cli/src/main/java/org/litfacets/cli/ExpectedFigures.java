package org.litfacets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The expected figures of the benchmarks (regression.tsv beside this class) and the verdict of a
 * run against them. Anserini's way: 'litfacets bench' prints OK or FAIL for each expected figure of
 * its run, and RegressionIT runs every benchmark of the file and fails on any FAIL. Numbers are
 * decimals, not doubles, so that a figure exactly at its bound passes.
 */
final class ExpectedFigures {
  private static final String RESOURCE = "regression.tsv";

  /** Which way a figure may move without failing. */
  enum Direction {
    /** Higher is better: fails below expected - tolerance. */
    HIGHER,
    /** Lower is better: fails above expected + tolerance. */
    LOWER,
    /** Counts and figures of fixed inputs: fails outside expected +- tolerance. */
    EQUAL
  }

  /**
   * A benchmark run: the bench subcommand with the options that change its figures, and its inputs
   * as written in the file.
   */
  record Run(String benchmark, List<String> inputs) {
    /**
     * Whether a run of {@code benchmark} on {@code paths} is this one: each path ends with the
     * input of the same rank.
     */
    boolean matches(String benchmark, List<Path> paths) {
      if (!this.benchmark.equals(benchmark) || paths.size() != inputs.size()) {
        return false;
      }
      for (int i = 0; i < paths.size(); i++) {
        if (!paths.get(i).toAbsolutePath().normalize().endsWith(inputs.get(i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return benchmark + " " + String.join(" ", inputs);
    }
  }

  record Figure(String name, BigDecimal expected, BigDecimal tolerance, Direction direction) {
    boolean accepts(BigDecimal value) {
      return switch (direction) {
        case HIGHER -> value.compareTo(expected.subtract(tolerance)) >= 0;
        case LOWER -> value.compareTo(expected.add(tolerance)) <= 0;
        case EQUAL -> value.subtract(expected).abs().compareTo(tolerance) <= 0;
      };
    }

    String expectation() {
      String value = expected.toPlainString();
      boolean exact = tolerance.signum() == 0;
      return switch (direction) {
        case HIGHER ->
            exact
                ? "expected at least " + value
                : "expected "
                    + value
                    + ", at least "
                    + expected.subtract(tolerance).toPlainString();
        case LOWER ->
            exact
                ? "expected at most " + value
                : "expected " + value + ", at most " + expected.add(tolerance).toPlainString();
        case EQUAL ->
            "expected " + value + (exact ? " exactly" : " +- " + tolerance.toPlainString());
      };
    }
  }

  private final Map<Run, List<Figure>> runs;

  private ExpectedFigures(Map<Run, List<Figure>> runs) {
    this.runs = runs;
  }

  /** The figures checked in with the code. */
  static ExpectedFigures load() {
    try (InputStream in = ExpectedFigures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Tab-separated rows of benchmark, inputs (separated by spaces), figure, expected value,
   * tolerance and direction (higher, lower or equal); blank lines and lines starting with # are
   * left out.
   */
  static ExpectedFigures parse(String source, String text) {
    Map<Run, List<Figure>> runs = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = source + " line " + (i + 1) + ": ";
      String[] cols = line.split("\t", -1);
      if (cols.length != 6) {
        throw new IllegalArgumentException(
            where
                + "expected 6 tab-separated columns (benchmark, inputs, figure, "
                + "expected, tolerance, direction), found "
                + cols.length);
      }
      Run run = new Run(cols[0].strip(), List.of(cols[1].strip().split(" +")));
      Figure figure =
          new Figure(
              cols[2].strip(),
              decimal(cols[3], where),
              decimal(cols[4], where),
              direction(cols[5], where));
      if (figure.tolerance().signum() < 0) {
        throw new IllegalArgumentException(
            where + "tolerance must not be negative, was " + cols[4].strip());
      }
      List<Figure> figures = runs.computeIfAbsent(run, r -> new ArrayList<>());
      if (figures.stream().anyMatch(f -> f.name().equals(figure.name()))) {
        throw new IllegalArgumentException(
            where + figure.name() + " of " + run + " is expected twice");
      }
      figures.add(figure);
    }
    runs.replaceAll((run, figures) -> List.copyOf(figures));
    return new ExpectedFigures(Collections.unmodifiableMap(runs));
  }

  /** Every run with its expected figures, in the order of the file. */
  Map<Run, List<Figure>> runs() {
    return runs;
  }

  /**
   * One line per expected figure of the run of {@code benchmark} on {@code inputs}, "OK" or "FAIL"
   * first; none when the run has no expected figures. Measured values are shown to 4 decimals but
   * compared unrounded.
   */
  List<String> verdicts(String benchmark, List<Path> inputs, Map<String, ?> measured) {
    for (Map.Entry<Run, List<Figure>> run : runs.entrySet()) {
      if (run.getKey().matches(benchmark, inputs)) {
        List<String> lines = new ArrayList<>();
        for (Figure f : run.getValue()) {
          Object value = measured.get(f.name());
          BigDecimal number =
              value instanceof Number n && Double.isFinite(n.doubleValue())
                  ? new BigDecimal(n.toString())
                  : null;
          boolean ok = number != null && f.accepts(number);
          String shown =
              value == null
                  ? "missing"
                  : number == null
                      ? value.toString()
                      : number
                          .setScale(Math.min(number.scale(), 4), RoundingMode.HALF_UP)
                          .stripTrailingZeros()
                          .toPlainString();
          lines.add(
              String.format(
                  Locale.ROOT,
                  "%-4s %s %s %s (%s)",
                  ok ? "OK" : "FAIL",
                  run.getKey(),
                  f.name(),
                  shown,
                  f.expectation()));
        }
        return lines;
      }
    }
    return List.of();
  }

  private static BigDecimal decimal(String text, String where) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + "'" + text.strip() + "' is not a number");
    }
  }

  private static Direction direction(String text, String where) {
    try {
      return Direction.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where
              + "direction must be one of "
              + Arrays.toString(Direction.values()).toLowerCase(Locale.ROOT)
              + ", was '"
              + text.strip()
              + "'");
    }
  }
}
