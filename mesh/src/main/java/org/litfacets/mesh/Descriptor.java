package org.litfacets.mesh;

import java.util.List;

/**
 * One MeSH descriptor (main heading).
 *
 * @param ui descriptor UI such as {@code D000001}
 * @param name the preferred heading
 * @param entryTerms the preferred heading first, then its other entry terms (no permuted variants)
 * @param treeNumbers tree numbers such as {@code C10.228.140}; empty for headings outside the trees
 * @param pharmacologicalActionUis UIs of the descriptors naming this substance's pharmacological
 *     actions
 */
public record Descriptor(
    String ui,
    String name,
    List<String> entryTerms,
    List<String> treeNumbers,
    List<String> pharmacologicalActionUis) {
  public Descriptor {
    if (ui == null || ui.isBlank()) {
      throw new IllegalArgumentException("descriptor UI must not be blank");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("descriptor " + ui + " has no name");
    }
    entryTerms = List.copyOf(entryTerms);
    treeNumbers = List.copyOf(treeNumbers);
    pharmacologicalActionUis = List.copyOf(pharmacologicalActionUis);
  }
}
