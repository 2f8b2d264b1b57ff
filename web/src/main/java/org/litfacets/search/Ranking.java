package org.litfacets.search;

/**
 * The weights of ranking, tuned on SciFact's training claims with {@code litfacets bench retrieval}
 * (README's Benchmarks); the benchmark's options override them to measure others.
 *
 * @param titleBoost weight of a word in the title against the same word in the abstract (Best
 *     Match)
 * @param lexicalWeight weight of BM25 (divided by the best) in hybrid search's mix with cosine
 *     similarity, the rest going to the cosine ({@link RankFusion})
 * @param knnDepth the nearest articles that semantic and hybrid searches consider (topK, per shard
 *     in SolrCloud), and the depth of the lexical list that hybrid search fuses with them
 */
public record Ranking(double titleBoost, double lexicalWeight, int knnDepth) {
  public static final Ranking DEFAULT = new Ranking(1.0, 0.3, 100);

  public Ranking {
    if (titleBoost <= 0) {
      throw new IllegalArgumentException("the title boost must be positive, got " + titleBoost);
    }
    if (lexicalWeight < 0 || lexicalWeight > 1) {
      throw new IllegalArgumentException(
          "the lexical weight must be between 0 and 1, got " + lexicalWeight);
    }
    if (knnDepth < 1) {
      throw new IllegalArgumentException("the KNN depth must be at least 1, got " + knnDepth);
    }
  }

  /** The same ranking with another weight of BM25 in hybrid search. */
  public Ranking withLexicalWeight(double otherLexicalWeight) {
    return new Ranking(titleBoost, otherLexicalWeight, knnDepth);
  }
}
