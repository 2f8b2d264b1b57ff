package org.litfacets.challenge;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.litfacets.article.ChallengeLabel;

/**
 * A sentence in its context: the sentences before and after it ("" when there is none) and the name
 * of its section ("" when unknown). {@code labels} are the known labels of training and evaluation
 * data, empty otherwise.
 */
public record ChallengeSentence(
    String id,
    String section,
    String previous,
    String text,
    String next,
    Set<ChallengeLabel> labels) {

  public ChallengeSentence {
    Objects.requireNonNull(text, "text");
    section = section == null ? "" : section;
    previous = previous == null ? "" : previous;
    next = next == null ? "" : next;
    labels = labels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(labels));
  }

  /**
   * Sentence {@code i} of {@code sentences} (one text in reading order), with its neighbours as
   * context.
   */
  static ChallengeSentence inText(
      String id, List<String> sentences, int i, String section, Set<ChallengeLabel> labels) {
    return new ChallengeSentence(
        id,
        section,
        i > 0 ? sentences.get(i - 1) : "",
        sentences.get(i),
        i + 1 < sentences.size() ? sentences.get(i + 1) : "",
        labels);
  }

  /** An unlabelled sentence to classify. */
  public static ChallengeSentence of(String section, String previous, String text, String next) {
    return new ChallengeSentence("", section, previous, text, next, Set.of());
  }
}
