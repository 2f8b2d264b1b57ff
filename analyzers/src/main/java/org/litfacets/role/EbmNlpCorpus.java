package org.litfacets.role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.litfacets.article.Article;
import org.litfacets.sentence.SentenceSplitter;

/**
 * The structured abstracts of EBM-NLP (Nye et al. 2018), randomised controlled trials, in its
 * CoNLL-like token format: {@code -DOCSTART-} opens an abstract, then one {@code TOKEN POS TAG}
 * line per token and a blank line after each sentence; the first sentence is the title. About half
 * of its abstracts keep their headings as tokens ("OBJECTIVE To observe ..."), which {@link
 * InlineHeadings} reads. RCT abstracts are what PubMed 20k RCT, the anchor of the role goal, holds.
 * Ids: {@code <file name>#<n>}, the n-th abstract of the file (from 1).
 */
public final class EbmNlpCorpus {

  private static final String DOC_START = "-DOCSTART-";

  /** Tokens written without a space before them; the corpus has no commas left. */
  private static final Set<String> CLOSING = Set.of(".", ";", ":", ")", "]", "?", "!", "%");

  private static final Set<String> OPENING = Set.of("(", "[");

  private EbmNlpCorpus() {}

  /** True when the file's first non-blank line opens an EBM-NLP abstract. */
  public static boolean looksLike(Path file) {
    return RoleFiles.firstLineStartsWith(file, DOC_START);
  }

  /**
   * Every abstract of the file whose headings all name a role, as gold, split into sentences as the
   * indexer splits it; abstracts without headings, or with one that names no role ("TRIAL
   * REGISTRATION"), are left out.
   */
  public static List<LabelledAbstract> read(Path file, SentenceSplitter splitter) {
    List<LabelledAbstract> abstracts = new ArrayList<>();
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      List<String> sentences = new ArrayList<>();
      StringBuilder sentence = new StringBuilder();
      for (String line = in.readLine(); ; line = in.readLine()) {
        if (line == null || line.isBlank() || line.startsWith(DOC_START)) {
          if (sentence.length() > 0) {
            sentences.add(sentence.toString());
            sentence.setLength(0);
          }
          if (line == null || line.startsWith(DOC_START)) {
            if (n > 0) {
              labelled(name + "#" + n, sentences, splitter).ifPresent(abstracts::add);
            }
            if (line == null) {
              break;
            }
            n++;
            sentences = new ArrayList<>();
          }
          continue;
        }
        // A symbol the corpus lost ("±") leaves an empty token before the tag.
        int space = line.indexOf(' ');
        String token = space < 0 ? line : line.substring(0, space);
        if (!token.isEmpty()) {
          append(sentence, token);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read EBM-NLP file " + file, e);
    }
    return abstracts;
  }

  private static void append(StringBuilder text, String token) {
    boolean glued =
        text.length() == 0
            || CLOSING.contains(token)
            || OPENING.contains(String.valueOf(text.charAt(text.length() - 1)));
    if (!glued) {
      text.append(' ');
    }
    text.append(token);
  }

  private static Optional<LabelledAbstract> labelled(
      String id, List<String> sentences, SentenceSplitter splitter) {
    if (sentences.size() < 2) {
      return Optional.empty();
    }
    String body = String.join(" ", sentences.subList(1, sentences.size()));
    return InlineHeadings.sections(body)
        .flatMap(
            sections ->
                LabelledAbstract.of(Article.ofText(id, sentences.get(0), sections), splitter));
  }
}
