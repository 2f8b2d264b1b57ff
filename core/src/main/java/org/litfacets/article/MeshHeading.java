package org.litfacets.article;

import java.util.List;

/**
 * A MeSH heading NLM assigned to an article.
 *
 * @param major true when the descriptor or one of its qualifiers is a major topic
 * @param qualifiers qualifier names (e.g. "drug therapy"), in PubMed's order
 */
public record MeshHeading(String ui, String name, boolean major, List<String> qualifiers) {
  public MeshHeading {
    qualifiers = List.copyOf(qualifiers);
  }
}
