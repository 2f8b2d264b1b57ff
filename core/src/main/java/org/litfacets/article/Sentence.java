package org.litfacets.article;

import java.util.Map;
import java.util.Set;

/**
 * A sentence of an article with what the enrichers say about it.
 *
 * @param start offset in {@link Article#analysisText()} (inclusive)
 * @param end offset in {@link Article#analysisText()} (exclusive)
 * @param role the sentence's rhetorical role, or null when unknown (e.g. the title)
 * @param labels what the sentence states, if anything
 * @param confidence the classifier's probability of each label in {@code labels}, where known:
 *     sentence search ranks by it. Sentence documents store it; the article's own copy of its
 *     sentences does not.
 */
public record Sentence(
    int start,
    int end,
    Role role,
    Set<ChallengeLabel> labels,
    Map<ChallengeLabel, Float> confidence) {
  public Sentence {
    labels = Set.copyOf(labels);
    confidence = Map.copyOf(confidence);
    if (!labels.containsAll(confidence.keySet())) {
      throw new IllegalArgumentException(
          "confidence of labels " + confidence.keySet() + " the sentence lacks: " + labels);
    }
  }

  public Sentence(int start, int end, Role role, Set<ChallengeLabel> labels) {
    this(start, end, role, labels, Map.of());
  }

  /** A sentence span that no step has labelled yet. */
  public Sentence(int start, int end) {
    this(start, end, null, Set.of(), Map.of());
  }

  public Sentence withRole(Role newRole) {
    return new Sentence(start, end, newRole, labels, confidence);
  }

  /** This sentence with these labels, each with the probability it was given with. */
  public Sentence withLabels(Map<ChallengeLabel, Float> labelConfidence) {
    return new Sentence(start, end, role, labelConfidence.keySet(), labelConfidence);
  }
}
