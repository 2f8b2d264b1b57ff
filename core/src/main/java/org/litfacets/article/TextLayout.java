package org.litfacets.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the title and each abstract part lie in the text that analyzers read: the title, a space,
 * then the parts separated by one space, as PubTator lays an abstract out. Every offset of a
 * sentence or mention refers to this text; this is the one place that knows its layout.
 */
public record TextLayout(String text, int titleEnd, List<Part> parts) {

  /** One abstract part and its span [start, end) in the text. */
  public record Part(AbstractSection section, int start, int end) {}

  public TextLayout {
    parts = List.copyOf(parts);
  }

  static TextLayout of(String title, List<AbstractSection> sections) {
    StringBuilder text = new StringBuilder(title == null ? "" : title);
    int titleEnd = text.length();
    List<Part> parts = new ArrayList<>();
    for (AbstractSection section : sections) {
      text.append(' ');
      int start = text.length();
      text.append(section.text());
      parts.add(new Part(section, start, text.length()));
    }
    if (sections.isEmpty()) {
      text.append(' ');
    }
    return new TextLayout(text.toString(), titleEnd, parts);
  }

  /** Where the abstract starts: offsets from here on are abstract text. */
  public int abstractStart() {
    return titleEnd + 1;
  }

  /** The abstract part an offset falls in; a separating space counts with the part before it. */
  public Optional<Part> partAt(int offset) {
    if (offset < abstractStart() || parts.isEmpty()) {
      return Optional.empty();
    }
    Part found = parts.get(0);
    for (Part part : parts) {
      if (part.start() <= offset) {
        found = part;
      }
    }
    return Optional.of(found);
  }
}
