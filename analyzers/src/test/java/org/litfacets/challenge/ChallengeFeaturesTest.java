package org.litfacets.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChallengeFeaturesTest {

  private final ChallengeFeatures features =
      new ChallengeFeatures(3, List.of("need for", "lack", "?", "little is known"));

  @Test
  void findsKeywordPhrasesAndPunctuationKeywords() {
    List<String> words =
        ChallengeFeatures.tokens(
            "Little is known; is there a need for trials, or a lack of funds?");

    assertThat(features.keywordHits(words))
        .containsExactly("little is known", "need for", "lack", "?");
    assertThat(features.keywordHits(ChallengeFeatures.tokens("Needs for trials"))).isEmpty();
  }

  @Test
  void putsTheEmbeddingFirstThenHashedLexicalFeatures() {
    FeatureVector v =
        features.of(
            ChallengeSentence.of("Discussion", "", "A lack of data.", ""),
            new float[] {0.5f, 0f, -0.5f});

    assertThat(v.index()).startsWith(0, 1, 2);
    assertThat(v.value()[0]).isEqualTo(-v.value()[2]).isPositive();
    assertThat(v.index()).hasSizeGreaterThan(8);
    assertThat(Arrays.stream(v.index()).max().getAsInt()).isLessThan(features.size());
    assertThatThrownBy(() -> features.of(ChallengeSentence.of("", "", "x", ""), new float[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 dimensions");
  }

  @Test
  void readsAPaperHeadingAndAPredictedSentenceRoleAsTheSameRole() {
    Set<Integer> heading = sectionFeatures("Experimental procedures");
    Set<Integer> role = sectionFeatures("METHODS");

    assertThat(heading).containsAnyElementsOf(role);
    assertThat(sectionFeatures("Discussion")).doesNotContainAnyElementsOf(role);
  }

  /** Indexes that a section name adds to the features of a sentence without one. */
  private Set<Integer> sectionFeatures(String section) {
    Set<Integer> with =
        indexes(
            features.of(
                ChallengeSentence.of(section, "", "Cells were counted.", ""), new float[3]));
    with.removeAll(
        indexes(
            features.of(ChallengeSentence.of("", "", "Cells were counted.", ""), new float[3])));
    return with;
  }

  private static Set<Integer> indexes(FeatureVector v) {
    return Arrays.stream(v.index()).boxed().collect(Collectors.toCollection(HashSet::new));
  }
}
