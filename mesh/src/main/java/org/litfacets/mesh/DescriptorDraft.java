package org.litfacets.mesh;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A descriptor while its source file is still being read; both readers fill these. */
final class DescriptorDraft {
  final String ui;
  String name;
  final Set<String> entryTerms = new LinkedHashSet<>();

  /**
   * Permuted forms ("Reflex, Stretch") help lookups but are noise when shown, so they stay out of
   * entryTerms.
   */
  final Set<String> permutedTerms = new LinkedHashSet<>();

  final Set<String> treeNumbers = new LinkedHashSet<>();
  final Set<String> pharmacologicalActionUis = new LinkedHashSet<>();

  DescriptorDraft(String ui) {
    this.ui = ui;
  }

  Descriptor toDescriptor() {
    if (name == null) {
      throw new IllegalArgumentException(
          "descriptor " + ui + " has no preferred name in the source");
    }
    List<String> terms = new ArrayList<>(entryTerms.size() + 1);
    terms.add(name);
    for (String term : entryTerms) {
      if (!term.equals(name)) {
        terms.add(term);
      }
    }
    return new Descriptor(
        ui, name, terms, new ArrayList<>(treeNumbers), new ArrayList<>(pharmacologicalActionUis));
  }
}
