package org.litfacets.article;

import java.util.Set;

/**
 * A sentence of an article with what the enrichers say about it.
 *
 * @param start offset in {@link Article#analysisText()} (inclusive)
 * @param end offset in {@link Article#analysisText()} (exclusive)
 * @param role BACKGROUND, OBJECTIVE, METHODS, RESULTS or CONCLUSIONS, or null when unknown (e.g. the title)
 * @param labels "challenge" and/or "direction", or none
 */
public record Sentence(int start, int end, String role, Set<String> labels) {
  public Sentence {
    labels = Set.copyOf(labels);
  }

  public Sentence withRole(String newRole) {
    return new Sentence(start, end, newRole, labels);
  }

  public Sentence withLabels(Set<String> newLabels) {
    return new Sentence(start, end, role, newLabels);
  }
}
