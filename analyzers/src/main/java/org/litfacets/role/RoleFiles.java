package org.litfacets.role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.litfacets.sentence.SentenceSplitter;

/**
 * The role corpora that the role commands read whole, for training as for the benchmark: files with
 * no held-out part of their own, told apart by their first line.
 */
final class RoleFiles {

  private RoleFiles() {}

  /** Whether the file's first non-blank line starts with {@code prefix}; false if unreadable. */
  static boolean firstLineStartsWith(Path file, String prefix) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          return line.startsWith(prefix);
        }
      }
      return false;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /**
   * Every abstract of a PubMed-RCT-format or EBM-NLP file; any other file is refused with the
   * formats the role commands read.
   */
  static List<LabelledAbstract> readWhole(Path file, SentenceSplitter splitter) {
    if (PubmedRctFormat.looksLike(file)) {
      return PubmedRctFormat.read(file);
    }
    if (EbmNlpCorpus.looksLike(file)) {
      return EbmNlpCorpus.read(file, splitter);
    }
    throw new IllegalArgumentException(
        file
            + " is neither PubMedQA JSON, SciFact JSONL, a PubMed-RCT file (###id lines) nor an"
            + " EBM-NLP file (-DOCSTART- lines)");
  }
}
