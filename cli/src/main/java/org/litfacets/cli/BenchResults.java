package org.litfacets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a benchmark's report, then OK or FAIL for each figure that regression.tsv expects of the
 * run, and keeps both, with the figures as JSON, under bench/results/.
 */
final class BenchResults {
  private BenchResults() {}

  /**
   * {@code benchmark} is the bench subcommand with the options that change its figures (e.g. "ner
   * --dictionary-only") and {@code inputs} its data: together they name the run in regression.tsv.
   */
  static void publish(
      Path dir,
      String name,
      String benchmark,
      List<Path> inputs,
      String report,
      Map<String, ?> figures) {
    List<String> verdicts = ExpectedFigures.load().verdicts(benchmark, inputs, figures);
    String text =
        verdicts.isEmpty()
            ? report
            : report
                + System.lineSeparator()
                + System.lineSeparator()
                + String.join(System.lineSeparator(), verdicts);
    System.out.println(text);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", name);
    json.put("date", Instant.now().toString());
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("figures", figures);
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".txt"), text + System.lineSeparator());
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(dir.resolve(name + ".json").toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results to " + dir, e);
    }
    System.out.println("(written to " + dir.resolve(name + ".txt") + " and .json)");
  }
}
