package org.litfacets.mesh.indexing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Micro-averaged precision, recall and F1 at 5 and 10 of suggested headings against NLM's,
 * accumulated article by article (hits, suggestions and gold headings are summed over all articles
 * before dividing).
 */
public final class MeshIndexScores {
  private static final int[] CUTOFFS = {5, 10};
  private final long[] hits = new long[CUTOFFS.length];
  private final long[] suggested = new long[CUTOFFS.length];
  private long gold;
  private int articles;

  /** Adds one article: its ranked suggested UIs and NLM's heading UIs. */
  public void add(List<String> rankedUis, Set<String> goldUis) {
    for (int c = 0; c < CUTOFFS.length; c++) {
      List<String> top = rankedUis.subList(0, Math.min(CUTOFFS[c], rankedUis.size()));
      suggested[c] += top.size();
      hits[c] += top.stream().filter(goldUis::contains).count();
    }
    gold += goldUis.size();
    articles++;
  }

  public int articles() {
    return articles;
  }

  /** Keys such as {@code p@5}, {@code r@10}, {@code f1@5}, prefixed with the given prefix. */
  public Map<String, Double> figures(String prefix) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int c = 0; c < CUTOFFS.length; c++) {
      double p = suggested[c] == 0 ? 0 : (double) hits[c] / suggested[c];
      double r = gold == 0 ? 0 : (double) hits[c] / gold;
      out.put(prefix + "p@" + CUTOFFS[c], p);
      out.put(prefix + "r@" + CUTOFFS[c], r);
      out.put(prefix + "f1@" + CUTOFFS[c], p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
    return out;
  }

  /** One line per cutoff. */
  public String report(String label) {
    Map<String, Double> f = figures("");
    StringBuilder out = new StringBuilder();
    for (int k : CUTOFFS) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s @%d: P %.3f R %.3f F1 %.3f (%d articles)%n",
              label,
              k,
              f.get("p@" + k),
              f.get("r@" + k),
              f.get("f1@" + k),
              articles));
    }
    return out.toString();
  }
}
