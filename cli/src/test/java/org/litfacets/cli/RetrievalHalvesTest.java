package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** {@code bench retrieval --halves}: the even and the odd query ids are scored apart. */
class RetrievalHalvesTest {
  // query 2 ranks its one relevant article first (nDCG@10 1, recall 1); queries 1 and 3 miss theirs
  private static final Map<String, List<String>> RUN =
      Map.of("1", List.of("a", "b"), "2", List.of("c", "d"), "3", List.of("e"));
  private static final Map<String, Map<String, Integer>> QRELS =
      Map.of("1", Map.of("z", 1), "2", Map.of("c", 1), "3", Map.of("y", 1));

  @Test
  void scoresEachHalfOnItsOwnQueries() {
    double[] even =
        RetrievalBenchCommand.meanFigures(RUN, QRELS, q -> RetrievalBenchCommand.parity(q) == 0);
    double[] odd =
        RetrievalBenchCommand.meanFigures(RUN, QRELS, q -> RetrievalBenchCommand.parity(q) == 1);
    double[] all = RetrievalBenchCommand.meanFigures(RUN, QRELS, q -> true);

    assertThat(even).containsExactly(1.0, 1.0);
    assertThat(odd).containsExactly(0.0, 0.0);
    assertThat(all[0]).isCloseTo(1.0 / 3, Offset.offset(1e-9));
  }

  @Test
  void refusesQueryIdsThatAreNoNumbers() {
    assertThatThrownBy(() -> RetrievalBenchCommand.parity("PLAIN-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--halves needs numeric query ids");
  }
}
