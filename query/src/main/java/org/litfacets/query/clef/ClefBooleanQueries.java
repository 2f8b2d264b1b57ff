package org.litfacets.query.clef;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The expert Boolean queries of the CLEF eHealth TAR topics (2017-2019): every topic file under a
 * folder of that layout, plain or gzipped, whose header says {@code Topic:} and which has a {@code
 * Query:} block (up to {@code Pids:}).
 */
public final class ClefBooleanQueries {
  /**
   * @param set the folder of the topic file, relative to the searched folder
   *     ("2017-TAR/training/topics_train")
   * @param topic the review's id ("CD010438")
   * @param text the lines of the Query block as written
   */
  public record ClefQuery(String set, String topic, Path file, String text) {}

  private ClefBooleanQueries() {}

  public static List<ClefQuery> find(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<ClefQuery> out = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = topicLines(file);
      if (lines.isEmpty() || !lines.get(0).startsWith("Topic:")) {
        continue;
      }
      String topic = lines.get(0).substring("Topic:".length()).trim();
      StringBuilder query = null;
      for (String line : lines) {
        if (line.startsWith("Query:")) {
          query = new StringBuilder(line.substring("Query:".length()).strip());
        } else if (line.startsWith("Pids:")) {
          break;
        } else if (query != null) {
          query.append(query.length() == 0 ? "" : "\n").append(line);
        }
      }
      if (query != null && !query.toString().isBlank()) {
        Path parent = folder.relativize(file).getParent();
        String set = parent == null ? "" : parent.toString().replace('\\', '/');
        out.add(new ClefQuery(set, topic, file, query.toString().stripTrailing()));
      }
    }
    return out;
  }

  /**
   * The lines of a topic file, or none for a file that is not text (qrels and pids files are
   * skipped anyway).
   */
  private static List<String> topicLines(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in =
          file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPLACE)
                      .onUnmappableCharacter(CodingErrorAction.REPLACE)));
      String first = reader.readLine();
      if (first == null || !first.startsWith("Topic:")) {
        return List.of();
      }
      List<String> lines = new ArrayList<>();
      lines.add(first);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return lines;
    }
  }
}
