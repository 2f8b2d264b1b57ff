package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litfacets.search.RankFusion.Scored;

class RankFusionTest {
  private static final List<Scored> LEXICAL =
      List.of(new Scored("a", 10), new Scored("b", 5), new Scored("c", 2));
  private static final List<Scored> SEMANTIC =
      List.of(new Scored("c", 0.9), new Scored("d", 0.8), new Scored("a", 0.5));

  @Test
  void mixesBm25OverTheBestWithCosineAnArticleMissingASemanticScoreTakingTheLast() {
    // w = 0.3: c = 0.3 × 2/10 + 0.7 × 0.9 = 0.69, a = 0.3 × 1 + 0.7 × 0.5 = 0.65,
    // d = 0 + 0.7 × 0.8 = 0.56, b = 0.3 × 5/10 + 0.7 × 0.5 (the last cosine) = 0.50
    assertThat(RankFusion.fuse(LEXICAL, Map.of(), SEMANTIC, 0.3))
        .containsExactly("c", "a", "d", "b");
  }

  @Test
  void bgesNarrowCosinesRankByTheirOwnWeightNotMiniLms() {
    // bge's cosines differ by hundredths: at MiniLM's 0.3 the BM25 leader a wins
    // (0.3 + 0.7 × 0.76 = 0.832 against 0.03 + 0.7 × 0.82 = 0.604); at bge's 0.05 the closer b
    // does (0.005 + 0.95 × 0.82 = 0.784 against 0.05 + 0.95 × 0.76 = 0.772)
    List<Scored> lexical = List.of(new Scored("a", 10), new Scored("b", 1));
    List<Scored> semantic = List.of(new Scored("b", 0.82), new Scored("a", 0.76));

    assertThat(Ranking.forModel("all-minilm-l6-v2-q").lexicalWeight()).isEqualTo(0.3);
    assertThat(
            RankFusion.fuse(
                lexical,
                Map.of(),
                semantic,
                Ranking.forModel("all-minilm-l6-v2-q").lexicalWeight()))
        .containsExactly("a", "b");
    assertThat(
            RankFusion.fuse(
                lexical,
                Map.of(),
                semantic,
                Ranking.forModel("bge-small-en-v15-q").lexicalWeight()))
        .containsExactly("b", "a");
    assertThat(Ranking.forModel("a model without a chosen weight")).isEqualTo(Ranking.DEFAULT);
  }

  @Test
  void anArticleOfTheLexicalListWithAKnownCosineHasItsOwn() {
    // b's own cosine, 0.95: b = 0.3 × 5/10 + 0.7 × 0.95 = 0.815 > c = 0.69 > a = 0.65 > d = 0.56
    assertThat(RankFusion.fuse(LEXICAL, Map.of("b", 0.95), SEMANTIC, 0.3))
        .containsExactly("b", "c", "a", "d");
    // a cosine of the semantic list wins over one known otherwise
    assertThat(RankFusion.fuse(LEXICAL, Map.of("a", 0.0), SEMANTIC, 0.3))
        .containsExactly("c", "a", "d", "b");
  }

  @Test
  void theWeightFavoursOneList() {
    assertThat(RankFusion.fuse(LEXICAL, Map.of(), SEMANTIC, 1)).containsExactly("a", "b", "c", "d");
    // w = 0: b takes the last cosine, 0.5, as a does; a tie keeps the lexical order
    assertThat(RankFusion.fuse(LEXICAL, Map.of(), SEMANTIC, 0)).containsExactly("c", "d", "a", "b");
  }

  @Test
  void anArticleInOneListOnlyStillCountsAndTiesKeepTheLexicalOrder() {
    assertThat(RankFusion.fuse(List.of(new Scored("x", 3)), Map.of(), List.of(), 0.3))
        .containsExactly("x");
    assertThat(
            RankFusion.fuse(
                List.of(new Scored("b", 2), new Scored("a", 2)), Map.of(), List.of(), 0.5))
        .containsExactly("b", "a");
    assertThat(RankFusion.fuse(List.of(), Map.of(), List.of(), 0.5)).isEmpty();
  }
}
