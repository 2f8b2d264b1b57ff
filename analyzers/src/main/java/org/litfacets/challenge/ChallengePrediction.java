package org.litfacets.challenge;

import java.util.Set;
import org.litfacets.article.ChallengeLabel;

/**
 * The labels given to a sentence, with the probabilities they were decided from (against tuned
 * thresholds).
 */
public record ChallengePrediction(
    Set<ChallengeLabel> labels, double challengeProbability, double directionProbability) {

  /** Of a sentence that was not read: no label. */
  static final ChallengePrediction NONE = new ChallengePrediction(Set.of(), 0, 0);

  public boolean isChallenge() {
    return labels.contains(ChallengeLabel.CHALLENGE);
  }

  public boolean isDirection() {
    return labels.contains(ChallengeLabel.DIRECTION);
  }

  public double probability(ChallengeLabel label) {
    return label == ChallengeLabel.CHALLENGE ? challengeProbability : directionProbability;
  }
}
