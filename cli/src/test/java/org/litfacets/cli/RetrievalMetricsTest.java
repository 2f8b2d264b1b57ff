package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {

  /**
   * Worked by hand: judgements d1=3, d2=2, d3=1 (d4 judged 0); ranking d3, d9, d1, d4, d2.
   *
   * <p>DCG@5 = 1/log2(2) + 0 + 3/log2(4) + 0 + 2/log2(6) = 1 + 1.5 + 0.773706 = 3.273706. Ideal: 3,
   * 2, 1 = 3 + 2/log2(3) + 1/log2(4) = 3 + 1.261860 + 0.5 = 4.761860. nDCG@5 = 0.687485. At k=2:
   * DCG 1, ideal 4.261860: 0.234639.
   */
  @Test
  void ndcgWithGradedJudgementsAsTrecEvalComputesIt() {
    Map<String, Integer> judged = Map.of("d1", 3, "d2", 2, "d3", 1, "d4", 0);
    List<String> ranked = List.of("d3", "d9", "d1", "d4", "d2");

    assertThat(RetrievalMetrics.ndcg(ranked, judged, 5)).isCloseTo(0.687485, within(1e-6));
    assertThat(RetrievalMetrics.ndcg(ranked, judged, 2)).isCloseTo(0.234639, within(1e-6));
    assertThat(RetrievalMetrics.ndcg(List.of("d1", "d2", "d3"), judged, 10)).isEqualTo(1.0);
    assertThat(RetrievalMetrics.ndcg(List.of("d9"), judged, 10)).isZero();
  }

  @Test
  void recallCountsOnlyDocumentsJudgedRelevantWithinTheCutoff() {
    Map<String, Integer> judged = Map.of("d1", 3, "d2", 2, "d3", 1, "d4", 0);

    assertThat(RetrievalMetrics.recall(List.of("d3", "d4", "d1", "d2"), judged, 3))
        .isCloseTo(2.0 / 3, within(1e-9));
    assertThat(RetrievalMetrics.recall(List.of("d3", "d3", "d2"), judged, 2))
        .isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void p95IsTheNearestRankValue() {
    List<Double> times = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      times.add((double) i);
    }
    assertThat(RetrievalMetrics.p95(times)).isEqualTo(38.0);
  }
}
