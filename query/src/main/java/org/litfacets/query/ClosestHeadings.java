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
        int edits = EditDistance.within(key, name.toLowerCase(Locale.ROOT), maxEdits);
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
}
