package org.litfacets.challenge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.Role;

/**
 * A sentence in its context: the sentences before and after it ("" when there is none) and the name
 * of its section ("" when unknown; {@link #TITLE} for an article's title). {@code labels} are the
 * known labels of training and evaluation data, empty otherwise.
 */
public record ChallengeSentence(
    String id,
    String section,
    String previous,
    String text,
    String next,
    Set<ChallengeLabel> labels) {

  /** The section name of an article's title. */
  public static final String TITLE = "TITLE";

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

  /**
   * The sentences of an article in reading order, the first {@code titleSentences} of them its
   * title, each with its rhetorical role (null when unknown) as its section: a role stands in for
   * the section names of the training corpus's full-text sentences.
   */
  public static List<ChallengeSentence> ofArticle(
      List<String> sentences, List<Role> roles, int titleSentences) {
    if (roles.size() != sentences.size()) {
      throw new IllegalArgumentException(
          sentences.size() + " sentences but " + roles.size() + " roles");
    }
    List<ChallengeSentence> inContext = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      String section = i < titleSentences ? TITLE : roles.get(i) == null ? "" : roles.get(i).name();
      inContext.add(inText("", sentences, i, section, Set.of()));
    }
    return inContext;
  }

  boolean isTitle() {
    return section.equals(TITLE);
  }

  /** An unlabelled sentence to classify. */
  public static ChallengeSentence of(String section, String previous, String text, String next) {
    return new ChallengeSentence("", section, previous, text, next, Set.of());
  }
}
