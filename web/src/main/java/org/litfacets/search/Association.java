package org.litfacets.search;

/**
 * How strongly two entities go together in the literature, beyond what their frequencies alone
 * would give: normalised pointwise mutual information (Bouma 2009) over articles,
 *
 * <pre>
 *   npmi(a, b) = ln( p(a,b) / (p(a) p(b)) ) / -ln p(a,b),   p(a,b) = n_ab / N,  p(a) = n_a / N,  p(b) = n_b / N
 * </pre>
 *
 * with N the articles in the index, n_a and n_b the articles that mention each entity, and n_ab
 * those where the two share a sentence. It is 1 when the two are only ever seen together, 0 when
 * they meet as often as chance would have them, and negative when less. Unlike a plain count it
 * does not favour entities that are everywhere (a frequent partner needs many more shared articles
 * to score as high), and unlike plain PMI it does not put pairs seen once or twice above
 * everything, since the divisor grows as p(a,b) shrinks.
 */
final class Association {
  private Association() {}

  /**
   * @param together articles where the two share a sentence
   * @param first articles that mention the first entity
   * @param second articles that mention the second entity
   * @param articles all articles
   */
  static double npmi(long together, long first, long second, long articles) {
    if (together <= 0 || first <= 0 || second <= 0 || articles <= 0) {
      throw new IllegalArgumentException(
          "npmi needs positive counts, got together "
              + together
              + ", first "
              + first
              + ", second "
              + second
              + ", articles "
              + articles);
    }
    // The joint and the single counts come from two requests, between which a commit may land: keep
    // them coherent.
    long n = Math.max(articles, Math.max(first, second));
    long joint = Math.min(together, Math.min(first, second));
    if (joint == n) {
      return 1;
    }
    double pJoint = (double) joint / n;
    double pmi = Math.log(pJoint / (((double) first / n) * ((double) second / n)));
    return pmi / -Math.log(pJoint);
  }
}
