package org.litfacets.article;

import java.util.Map;
import java.util.Set;

/**
 * A sentence of an article with what the enrichers say about it.
 *
 * @param start offset in {@link Article#analysisText()} (inclusive)
 * @param end offset in {@link Article#analysisText()} (exclusive)
 * @param role BACKGROUND, OBJECTIVE, METHODS, RESULTS or CONCLUSIONS, or null when unknown (e.g. the title)
 * @param labels "challenge" and/or "direction", or none
 * @param confidence the classifier's probability of each label in {@code labels}, where known: sentence search ranks
 *     by it. Sentence documents store it; the article's own copy of its sentences does not.
 */
public record Sentence(int start, int end, String role, Set<String> labels, Map<String, Float> confidence) {
  public Sentence {
    labels = Set.copyOf(labels);
    confidence = Map.copyOf(confidence);
    if (!labels.containsAll(confidence.keySet())) {
      throw new IllegalArgumentException("confidence of labels " + confidence.keySet() + " the sentence lacks: " + labels);
    }
  }

  public Sentence(int start, int end, String role, Set<String> labels) {
    this(start, end, role, labels, Map.of());
  }

  public Sentence withRole(String newRole) {
    return new Sentence(start, end, newRole, labels, confidence);
  }

  /** This sentence with these labels, each with the probability it was given with. */
  public Sentence withLabels(Map<String, Float> labelConfidence) {
    return new Sentence(start, end, role, labelConfidence.keySet(), labelConfidence);
  }
}
