package org.litfacets.challenge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.litfacets.article.Role;
import org.litfacets.role.LabelledAbstract;

/**
 * Negative training sentences from role-labelled abstracts (distant supervision). Lahav et al.'s
 * corpus is full-text sentences picked largely by a challenge keyword filter, so nearly half of
 * them are positive and plain reports of methods or findings are rare in it; a model trained on it
 * alone labels one in five METHODS or RESULTS sentences of an abstract a challenge. Sentences that
 * a structured abstract files under METHODS, and RESULTS sentences without any challenge keyword,
 * state neither (4-6% of the corpus's methods sentences are positive), so a sample of them teaches
 * the model what the rest of an abstract looks like.
 */
final class AbstractNegatives {

  /**
   * Per role: enough to shift the model, few enough (a quarter of the corpus together) not to swamp
   * it.
   */
  static final int PER_ROLE = 150;

  private static final long SEED = 1;

  private AbstractNegatives() {}

  static List<ChallengeSentence> from(
      List<LabelledAbstract> abstracts, ChallengeFeatures features) {
    Map<Role, List<ChallengeSentence>> candidates = new EnumMap<>(Role.class);
    for (LabelledAbstract a : abstracts) {
      List<String> sentences = a.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Role role = a.roles().get(i);
        String text = sentences.get(i);
        boolean negative =
            role == Role.METHODS
                || role == Role.RESULTS
                    && features.keywordHits(ChallengeFeatures.tokens(text)).isEmpty();
        if (negative) {
          // The abstract's id stands for the paper, so that cross-validation keeps an abstract in
          // one fold.
          candidates
              .computeIfAbsent(role, r -> new ArrayList<>())
              .add(
                  ChallengeSentence.inText(
                      "abstract-" + a.id() + "_" + i, sentences, i, role.name(), Set.of()));
        }
      }
    }
    List<ChallengeSentence> sample = new ArrayList<>();
    Random random = new Random(SEED);
    for (List<ChallengeSentence> ofRole : candidates.values()) {
      Collections.shuffle(ofRole, random);
      sample.addAll(ofRole.subList(0, Math.min(PER_ROLE, ofRole.size())));
    }
    return sample;
  }
}
