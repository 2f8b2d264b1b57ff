package org.litfacets.mesh.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litfacets.mesh.Descriptor;

/**
 * Accumulates per-descriptor scores and the best evidence for each, then ranks them for one method.
 */
final class RankedCandidates {
  private final SuggestionMethod method;
  private final Map<Descriptor, double[]> scores = new LinkedHashMap<>();
  private final Map<Descriptor, String[]> bestEvidence = new LinkedHashMap<>();

  RankedCandidates(SuggestionMethod method) {
    this.method = method;
  }

  /** Adds a keyword's contribution; the evidence kept is that of the keyword contributing most. */
  void add(Descriptor d, double score, String keyword, String entryTerm) {
    double[] total = scores.computeIfAbsent(d, x -> new double[2]);
    total[0] += score;
    if (score > total[1]) {
      total[1] = score;
      bestEvidence.put(d, new String[] {keyword, entryTerm});
    }
  }

  /**
   * Keeps the best contribution instead of summing (for methods where repeats are not extra
   * evidence).
   */
  void max(Descriptor d, double score, String keyword, String entryTerm) {
    double[] total =
        scores.computeIfAbsent(
            d, x -> new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY});
    if (score > total[0]) {
      total[0] = score;
      total[1] = score;
      bestEvidence.put(d, new String[] {keyword, entryTerm});
    }
  }

  List<Suggestion> ranked(int limit) {
    List<Descriptor> order = new ArrayList<>(scores.keySet());
    // Insertion order breaks ties, so earlier keywords win, which keeps results deterministic.
    order.sort(Comparator.comparingDouble((Descriptor d) -> -scores.get(d)[0]));
    List<Suggestion> out = new ArrayList<>(Math.min(limit, order.size()));
    for (int i = 0; i < order.size() && i < limit; i++) {
      Descriptor d = order.get(i);
      double score = scores.get(d)[0];
      String[] ev = bestEvidence.get(d);
      out.add(new Suggestion(d, score, List.of(new Evidence(ev[0], ev[1], method, i + 1, score))));
    }
    return out;
  }
}
