package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AssociationTest {

  @Test
  void zeroForChanceOneForInseparableNegativeForAvoidance() {
    // 10% of articles mention each; they meet in 1% of articles, as chance would have it.
    assertThat(Association.npmi(10, 100, 100, 1000)).isCloseTo(0, within(1e-12));
    assertThat(Association.npmi(5, 5, 5, 1000)).isCloseTo(1, within(1e-12));
    assertThat(Association.npmi(1, 100, 100, 1000)).isNegative();
    assertThat(Association.npmi(20, 20, 20, 20)).isEqualTo(1);
  }

  @Test
  void aPartnerThatIsEverywhereRanksBelowAnExclusiveOneWithFewerSharedArticles() {
    // Seen with the entity (13 articles) in 6 articles but mentioned in 14, against 5 out of 7:
    // whatever the index size.
    for (long articles : new long[] {22, 60, 1_000, 1_000_000}) {
      assertThat(Association.npmi(5, 13, 7, articles))
          .as("N=" + articles)
          .isGreaterThan(Association.npmi(6, 13, 14, articles));
    }
  }

  @Test
  void doesNotPutRarePairsAboveEquallyExclusiveFrequentOnes() {
    // Plain PMI would score the pair seen once ln(1000) and the pair seen 50 times ln(20).
    assertThat(Association.npmi(1, 1, 1, 1000)).isEqualTo(Association.npmi(50, 50, 50, 1000));
  }

  @Test
  void countsFromTwoSnapshotsStayInRangeAndImpossibleOnesAreRefused() {
    assertThat(Association.npmi(8, 13, 7, 40)).isEqualTo(Association.npmi(7, 13, 7, 40));
    assertThatThrownBy(() -> Association.npmi(0, 13, 7, 40))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
