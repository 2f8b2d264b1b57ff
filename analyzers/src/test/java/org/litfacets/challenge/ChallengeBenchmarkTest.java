package org.litfacets.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.Role;

class ChallengeBenchmarkTest {

  @Test
  void scoresPerLabelAndMicroAveraged() {
    // challenge: 8 right, 2 false alarms, 6 missed; direction: 3 right, 1 false alarm, 1 missed.
    ChallengeBenchmark.Result r =
        new ChallengeBenchmark.Result(
            "toy",
            "m",
            true,
            30,
            new long[] {8, 3},
            new long[] {2, 1},
            new long[] {6, 1},
            0.1,
            List.of());

    assertThat(r.precision(ChallengeLabel.CHALLENGE)).isCloseTo(0.8, within(1e-9));
    assertThat(r.recall(ChallengeLabel.CHALLENGE)).isCloseTo(8 / 14.0, within(1e-9));
    assertThat(r.f1(ChallengeLabel.DIRECTION)).isCloseTo(0.75, within(1e-9));
    assertThat(r.microF1()).isCloseTo(22 / 32.0, within(1e-9));
    assertThat(r.figures())
        .containsEntry("direction.f1", 0.75)
        .containsEntry("ms_per_abstract", 1.0);
    assertThat(r.report())
        .contains("micro-F1")
        .contains("challenge")
        .contains("ms CPU per sentence")
        .doesNotContain("held-out abstracts");
  }

  @Test
  void reportsLabelRatesOfAbstractSentencesByRole() {
    ChallengeBenchmark.Result r =
        new ChallengeBenchmark.Result(
            "toy",
            "m",
            true,
            30,
            new long[2],
            new long[2],
            new long[2],
            0.1,
            List.of(new ChallengeBenchmark.RoleRate(Role.METHODS, 200, 4, 1, 0)));

    assertThat(r.figures())
        .containsEntry("abstracts.methods.challenge_rate", 0.02)
        .containsEntry("abstracts.methods.direction_rate", 0.005)
        .containsEntry("abstracts.methods.read_share", 0.0)
        .containsEntry("abstracts.read_share", 0.0);
    assertThat(r.report())
        .contains("held-out abstracts")
        .contains("candidates only")
        .containsPattern("METHODS +200 +2\\.0% +0\\.5% +0\\.0%");
  }
}
