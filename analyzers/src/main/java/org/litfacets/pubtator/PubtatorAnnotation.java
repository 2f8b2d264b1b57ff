package org.litfacets.pubtator;

import java.util.Arrays;
import java.util.List;
import org.litfacets.article.EntityType;

/**
 * One entity mention line of a PubTator file. {@code type} and {@code id} are as in the corpus: the
 * id may be "-1" (not normalisable), empty, or hold several ids joined by "|", "," or "+"
 * (composite mentions); variant ids in tmVar form ("p|SUB|V|600|E") keep their "|".
 */
public record PubtatorAnnotation(int start, int end, String text, String type, String id) {

  /** The individual identifiers of {@link #id()}, without "-1" and empty parts. */
  public List<String> ids() {
    if (id == null || id.isBlank()) {
      return List.of();
    }
    boolean variant = EntityType.fromCorpusType(type).orElse(null) == EntityType.VARIANT;
    return Arrays.stream(id.split(variant ? "[,;]" : "[|,+;]"))
        .map(String::trim)
        .filter(s -> !s.isEmpty() && !s.equals("-1") && !s.equals("-"))
        .toList();
  }
}
