package org.litfacets.article;

import java.util.Locale;
import java.util.Optional;

/**
 * What a sentence states, after Lahav et al. (AAAI 2022): a challenge (a problem, difficulty,
 * limitation or knowledge gap) and/or a direction (a suggestion or need for future research, a
 * hypothesis). A sentence may be both or neither.
 */
public enum ChallengeLabel {
  CHALLENGE,
  DIRECTION;

  /** Lower-case key for Solr values, API parameters and CSS classes, e.g. "challenge". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label of a key such as "challenge" or "DIRECTION"; empty when it names none. */
  public static Optional<ChallengeLabel> ofKey(String key) {
    for (ChallengeLabel label : values()) {
      if (label.name().equalsIgnoreCase(key == null ? "" : key.strip())) {
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }
}
