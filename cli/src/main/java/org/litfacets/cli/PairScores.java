package org.litfacets.cli;

import java.util.List;
import java.util.Set;

/**
 * How well pair searches rank the articles that state a relation between the pair: over the queries
 * added, the mean reciprocal rank of the first related article, precision at 1 and 5 (and the best
 * precision at 5 possible), the share of related articles found at all, and, over the queries that
 * return both a related article and one that only mentions the two, how often a related article
 * comes first.
 */
final class PairScores {
  private int queries;
  private double reciprocalRanks;
  private double precisionAt1;
  private double precisionAt5;
  private double bestPrecisionAt5;
  private long related;
  private long relatedFound;
  private int contests;
  private int relatedFirst;

  /**
   * @param ranked the articles the search returned, best first
   * @param relatedArticles the articles whose gold relations hold the pair
   * @param mentionOnly the articles whose gold entities include both, with no gold relation between
   *     them
   */
  void add(List<String> ranked, Set<String> relatedArticles, Set<String> mentionOnly) {
    queries++;
    int firstRelated = firstOf(ranked, relatedArticles);
    int firstMentionOnly = firstOf(ranked, mentionOnly);
    if (firstRelated >= 0) {
      reciprocalRanks += 1.0 / (firstRelated + 1);
    }
    precisionAt1 += precision(ranked, relatedArticles, 1);
    precisionAt5 += precision(ranked, relatedArticles, 5);
    bestPrecisionAt5 += Math.min(relatedArticles.size(), 5) / 5.0;
    related += relatedArticles.size();
    relatedFound += ranked.stream().filter(relatedArticles::contains).count();
    if (firstRelated >= 0 && firstMentionOnly >= 0) {
      contests++;
      if (firstRelated < firstMentionOnly) {
        relatedFirst++;
      }
    }
  }

  int queries() {
    return queries;
  }

  double mrr() {
    return share(reciprocalRanks, queries);
  }

  double precisionAt1() {
    return share(precisionAt1, queries);
  }

  double precisionAt5() {
    return share(precisionAt5, queries);
  }

  /** Precision at 5 of a perfect ranking: most pairs are related in fewer than five articles. */
  double bestPrecisionAt5() {
    return share(bestPrecisionAt5, queries);
  }

  /** The share of (pair, related article) found anywhere in the pair's results. */
  double relatedFound() {
    return share(relatedFound, related);
  }

  /** Queries that return a related article and an article that only mentions both. */
  int contests() {
    return contests;
  }

  /**
   * Of {@link #contests()}, the share where a related article comes before every mention-only one.
   */
  double relatedFirst() {
    return share(relatedFirst, contests);
  }

  private static int firstOf(List<String> ranked, Set<String> wanted) {
    for (int i = 0; i < ranked.size(); i++) {
      if (wanted.contains(ranked.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Related articles among the first k, over k: fewer results than k count as misses. */
  private static double precision(List<String> ranked, Set<String> relatedArticles, int k) {
    return (double) ranked.stream().limit(k).filter(relatedArticles::contains).count() / k;
  }

  private static double share(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
