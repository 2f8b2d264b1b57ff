package org.litfacets.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;

/**
 * The heading names closest to one that is not in MeSH: those starting like it (the vocabulary's
 * prefix search), then those within a few edits of it. Only called for errors, so a scan of the 30k
 * names is cheap enough: names whose length differs by more than the allowed edits are skipped
 * without computing anything.
 */
final class ClosestHeadings {
  private final MeshVocabulary vocabulary;
  private final List<String> names;

  ClosestHeadings(MeshVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.names = vocabulary.descriptors().stream().map(Descriptor::name).toList();
  }

  List<String> to(String written, int limit) {
    Set<String> out = new LinkedHashSet<>();
    vocabulary.autocomplete(written, limit, null).forEach(d -> out.add(d.name()));
    String key = written.toLowerCase(Locale.ROOT);
    int maxEdits = Math.max(2, key.length() / 4);
    record Near(String name, int edits) {}
    List<Near> near = new ArrayList<>();
    for (String name : names) {
      if (Math.abs(name.length() - key.length()) <= maxEdits) {
        int edits = editsWithin(key, name.toLowerCase(Locale.ROOT), maxEdits);
        if (edits <= maxEdits) {
          near.add(new Near(name, edits));
        }
      }
    }
    near.sort(Comparator.comparingInt(Near::edits).thenComparing(Near::name));
    near.forEach(n -> out.add(n.name()));
    if (out.isEmpty() && key.contains(" ")) {
      vocabulary
          .autocomplete(key.substring(0, key.indexOf(' ')), limit, null)
          .forEach(d -> out.add(d.name()));
    }
    return out.stream().limit(limit).toList();
  }

  /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
  private static int editsWithin(String a, String b, int max) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
