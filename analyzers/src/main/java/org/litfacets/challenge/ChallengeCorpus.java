package org.litfacets.challenge;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.litfacets.article.ChallengeLabel;

/**
 * Reader of the CSV format of Lahav et al.'s challenges-and-directions corpus: columns {@code
 * sentence_id, section_name, prev_sentence, text, next_sentence, problem, direction}, with {@code
 * |} for a missing neighbour and labels as 0/1 numbers ("1.0").
 */
public final class ChallengeCorpus {

  private static final List<String> COLUMNS =
      List.of(
          "sentence_id",
          "section_name",
          "prev_sentence",
          "text",
          "next_sentence",
          "problem",
          "direction");

  private ChallengeCorpus() {}

  public static List<ChallengeSentence> read(Path csv) {
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException("challenge CSV " + csv + " does not exist");
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(in)) {
      for (String column : COLUMNS) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new IllegalArgumentException(
              csv + ": missing column '" + column + "' (has " + parser.getHeaderNames() + ")");
        }
      }
      List<ChallengeSentence> sentences = new ArrayList<>();
      for (CSVRecord r : parser) {
        Set<ChallengeLabel> labels = EnumSet.noneOf(ChallengeLabel.class);
        if (flag(r, "problem", csv)) {
          labels.add(ChallengeLabel.CHALLENGE);
        }
        if (flag(r, "direction", csv)) {
          labels.add(ChallengeLabel.DIRECTION);
        }
        sentences.add(
            new ChallengeSentence(
                r.get("sentence_id"),
                r.get("section_name"),
                neighbour(r.get("prev_sentence")),
                r.get("text"),
                neighbour(r.get("next_sentence")),
                labels));
      }
      return sentences;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read challenge CSV " + csv, e);
    }
  }

  private static String neighbour(String value) {
    return value.equals("|") ? "" : value;
  }

  private static boolean flag(CSVRecord r, String column, Path csv) {
    String value = r.get(column).trim();
    try {
      return Double.parseDouble(value) >= 0.5;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          csv
              + " record "
              + r.getRecordNumber()
              + ": column "
              + column
              + " must be 0 or 1, got '"
              + value
              + "'");
    }
  }
}
