package org.litfacets.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranked-retrieval measures as trec_eval computes them, with graded relevance: nDCG@k with the
 * judgement as gain and log2(rank + 1) as discount, its ideal from the judgements themselves; and
 * recall@k over the documents judged relevant (judgement above 0).
 */
final class RetrievalMetrics {
  private RetrievalMetrics() {}

  /**
   * @param ranked document ids, best first (repeats count once, at their first rank)
   * @param judged judgement of each judged document of the query
   */
  static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    List<String> seen = distinct(ranked);
    for (int i = 0; i < Math.min(k, seen.size()); i++) {
      int gain = Math.max(0, judged.getOrDefault(seen.get(i), 0));
      dcg += gain / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(judged.values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += Math.max(0, ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
    long relevant = judged.values().stream().filter(v -> v > 0).count();
    if (relevant == 0) {
      return 0;
    }
    List<String> seen = distinct(ranked);
    long found =
        seen.subList(0, Math.min(k, seen.size())).stream()
            .filter(d -> judged.getOrDefault(d, 0) > 0)
            .count();
    return (double) found / relevant;
  }

  /** The value at or above which 95 % of {@code values} lie, nearest rank. */
  static double p95(List<Double> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
  }

  private static List<String> distinct(List<String> ranked) {
    Set<String> seen = new HashSet<>();
    return ranked.stream().filter(seen::add).toList();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
