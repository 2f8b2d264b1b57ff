package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  private static final List<String> LEXICAL = List.of("a", "b", "c");
  private static final List<String> SEMANTIC = List.of("c", "d", "a");

  @Test
  void equalWeightsRankByTheSumOfReciprocalRanksTiesInLexicalOrder() {
    // k = 1: a = 0.5/2 + 0.5/4 = 0.375, c = 0.5/4 + 0.5/2 = 0.375, b = 0.5/3, d = 0.5/3
    assertThat(RankFusion.fuse(LEXICAL, SEMANTIC, 0.5, 1)).containsExactly("a", "c", "b", "d");
  }

  @Test
  void theWeightFavoursOneList() {
    // k = 0, lexical weight 0.2: c = 0.2/3 + 0.8/1 = 0.867, a = 0.2/1 + 0.8/3 = 0.467,
    // d = 0.8/2 = 0.4, b = 0.2/2 = 0.1
    assertThat(RankFusion.fuse(LEXICAL, SEMANTIC, 0.2, 0)).containsExactly("c", "a", "d", "b");
  }

  @Test
  void anArticleInOneListOnlyStillCounts() {
    assertThat(RankFusion.fuse(List.of("x"), List.of(), 0.5, 60)).containsExactly("x");
    assertThat(RankFusion.fuse(List.of(), List.of(), 0.5, 60)).isEmpty();
  }
}
