package org.litfacets.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.litfacets.sentence.SentenceSplitter;

/**
 * The structured abstracts of SciFact's corpus (BEIR layout, {@code corpus.jsonl[.gz]}): its
 * abstracts keep their headings inline ("OBJECTIVE The purpose of ... METHODS ..."), see {@link
 * InlineHeadings}. Ids are the corpus's own (Semantic Scholar) ids.
 */
public final class ScifactCorpus {

  private ScifactCorpus() {}

  /** True for a BEIR {@code corpus.jsonl} or {@code corpus.jsonl.gz}. */
  public static boolean looksLike(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  /** Every structured abstract, as gold. */
  public static List<LabelledAbstract> read(Path file, SentenceSplitter splitter) {
    return read(file, splitter, false);
  }

  /** Every structured abstract fit to learn from (see {@link LabelledAbstract#forTraining}). */
  public static List<LabelledAbstract> readForTraining(Path file, SentenceSplitter splitter) {
    return read(file, splitter, true);
  }

  private static List<LabelledAbstract> read(
      Path file, SentenceSplitter splitter, boolean forTraining) {
    ObjectMapper json = new ObjectMapper();
    List<LabelledAbstract> abstracts = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        String id = doc.path("_id").asText();
        Optional<LabelledAbstract> labelled =
            InlineHeadings.sections(doc.path("text").asText(""))
                .map(sections -> LabelledAbstract.untitled(id, sections))
                .flatMap(
                    article ->
                        forTraining
                            ? LabelledAbstract.forTraining(article, splitter)
                            : LabelledAbstract.of(article, splitter));
        labelled.ifPresent(abstracts::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SciFact corpus " + file, e);
    }
    return abstracts;
  }
}
