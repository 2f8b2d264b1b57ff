package org.litfacets.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Role;

/**
 * Structured-abstract parts whose headings were flattened into the text, as in SciFact's corpus:
 * "BACKGROUND Microarrays offer ... RESULTS We propose ...". A heading is a run of capitalised
 * words (optionally joined by "AND", ",", "/", "&" and followed by a colon) at the start of the
 * text or of a sentence, followed by a capitalised word or a number.
 */
final class InlineHeadings {

  private static final Pattern HEADING =
      Pattern.compile(
          "(?:^|(?<=[.!?]\\s))(\\p{Lu}{2,}(?:(?:\\s*[,/&]\\s*|\\s+)(?:AND\\s+)?\\p{Lu}{2,})*):?\\s+(?=[\\p{Lu}\\d(])");

  private InlineHeadings() {}

  /**
   * The labelled parts of {@code text}; empty unless it starts with a heading and every heading
   * names a role (an acronym that merely opens a sentence, "USA", names none, so such a text is
   * left out rather than cut wrongly).
   */
  static Optional<List<AbstractSection>> sections(String text) {
    Matcher m = HEADING.matcher(text);
    List<AbstractSection> sections = new ArrayList<>();
    String label = null;
    int bodyStart = 0;
    while (m.find()) {
      if (label == null && m.start() != 0) {
        return Optional.empty();
      }
      if (Role.ofLabel(m.group(1)).isEmpty()) {
        return Optional.empty();
      }
      if (label != null) {
        sections.add(new AbstractSection(label, null, text.substring(bodyStart, m.start()).trim()));
      }
      label = m.group(1);
      bodyStart = m.end();
    }
    if (label == null) {
      return Optional.empty();
    }
    sections.add(new AbstractSection(label, null, text.substring(bodyStart).trim()));
    return sections.stream().anyMatch(s -> s.text().isEmpty())
        ? Optional.empty()
        : Optional.of(sections);
  }
}
