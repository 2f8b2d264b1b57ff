package org.litfacets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints a benchmark's report and keeps it, with its figures as JSON, under bench/results/. */
final class BenchResults {
  private BenchResults() {}

  static void publish(Path dir, String name, String report, Map<String, ?> figures) {
    System.out.println(report);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", name);
    json.put("date", Instant.now().toString());
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("figures", figures);
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".txt"), report + System.lineSeparator());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(name + ".json").toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results to " + dir, e);
    }
    System.out.println("(written to " + dir.resolve(name + ".txt") + " and .json)");
  }
}
