package org.litfacets.relation;

import java.util.List;
import org.litfacets.mesh.MeshVocabulary;

/**
 * Which entities are narrower than which: BC5CDR relates a chemical to the most specific disease an
 * abstract names, so that "hypotension" is left unrelated where "orthostatic hypotension" is
 * related.
 */
@FunctionalInterface
public interface Hierarchy {

  /** No entity is narrower than another (no MeSH vocabulary at hand). */
  Hierarchy NONE = (narrower, broader) -> false;

  /** Whether the entity {@code narrower} lies below {@code broader}; both canonical ids. */
  boolean isNarrower(String narrower, String broader);

  /**
   * MeSH's tree: a descriptor lies below another when one of its tree numbers extends one of the
   * other's.
   */
  static Hierarchy of(MeshVocabulary mesh) {
    return (narrower, broader) -> {
      List<String> below = mesh.treeNumbers(ui(narrower));
      if (below.isEmpty()) {
        return false;
      }
      for (String above : mesh.treeNumbers(ui(broader))) {
        for (String tree : below) {
          if (tree.length() > above.length()
              && tree.startsWith(above)
              && tree.charAt(above.length()) == '.') {
            return true;
          }
        }
      }
      return false;
    };
  }

  private static String ui(String id) {
    return id.startsWith("MESH:") ? id.substring("MESH:".length()) : id;
  }
}
