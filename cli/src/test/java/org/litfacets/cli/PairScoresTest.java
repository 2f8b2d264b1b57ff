package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairScoresTest {

  @Test
  void ranksAndPrecisionsAreAveragedOverQueries() {
    PairScores scores = new PairScores();
    // Related first: RR 1, P@1 1, P@5 2/5; the mention-only article comes after.
    scores.add(List.of("1", "2", "3"), Set.of("1", "3"), Set.of("2"));
    // Related third: RR 1/3, P@1 0, P@5 1/5; a mention-only article comes first.
    scores.add(List.of("4", "5", "6"), Set.of("6"), Set.of("4"));
    // Nothing found: RR 0; its related article is missed; no contest without both kinds found.
    scores.add(List.of(), Set.of("7"), Set.of());
    assertThat(scores.queries()).isEqualTo(3);
    assertThat(scores.mrr()).isCloseTo((1 + 1.0 / 3) / 3, within(1e-9));
    assertThat(scores.precisionAt1()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(scores.precisionAt5()).isCloseTo((0.4 + 0.2) / 3, within(1e-9));
    assertThat(scores.bestPrecisionAt5()).isCloseTo((0.4 + 0.2 + 0.2) / 3, within(1e-9));
    assertThat(scores.relatedFound()).isCloseTo(3.0 / 4, within(1e-9));
    assertThat(scores.contests()).isEqualTo(2);
    assertThat(scores.relatedFirst()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aMentionOnlyArticleNotFoundIsNoContest() {
    PairScores scores = new PairScores();
    scores.add(List.of("1"), Set.of("1"), Set.of("2"));
    assertThat(scores.contests()).isZero();
    assertThat(scores.relatedFirst()).isZero();
    assertThat(new PairScores().mrr()).isZero();
  }
}
