package org.litfacets.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion (Cormack et al. 2009) of a lexical and a semantic ranking: an
 * article scores {@code w / (k + its lexical rank) + (1 - w) / (k + its semantic rank)}, ranks
 * counted from 1 and a list that misses the article adding nothing. Ranks, not scores, are fused:
 * BM25 scores have no fixed scale, and measured on SciFact this beat a linear combination of BM25
 * (divided by the search's best) and cosine similarity (README's Benchmarks).
 */
public final class RankFusion {
  private RankFusion() {}

  /**
   * Both lists fused, best first: every article of either list once. Ties keep the lexical list's
   * order, then the semantic list's, so that the result does not depend on hashing.
   *
   * @param lexicalWeight {@code w} above, between 0 and 1
   * @param k how much the first ranks count more than later ones: small k favours the top of each
   *     list
   */
  public static List<String> fuse(
      List<String> lexical, List<String> semantic, double lexicalWeight, int k) {
    Map<String, Double> scores = new LinkedHashMap<>();
    add(scores, lexical, lexicalWeight, k);
    add(scores, semantic, 1 - lexicalWeight, k);
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
    // a stable sort: equal scores keep the order of insertion
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    return ranked.stream().map(Map.Entry::getKey).toList();
  }

  private static void add(Map<String, Double> scores, List<String> list, double weight, int k) {
    for (int i = 0; i < list.size(); i++) {
      scores.merge(list.get(i), weight / (k + i + 1), Double::sum);
    }
  }
}
