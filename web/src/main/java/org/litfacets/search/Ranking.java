package org.litfacets.search;

/**
 * The weights of ranking, tuned on SciFact's training claims with {@code litfacets bench retrieval}
 * (README's Benchmarks); the benchmark's options override them to measure others.
 *
 * @param titleBoost weight of a word in the title against the same word in the abstract (Best
 *     Match)
 * @param lexicalWeight share of BM25 in a hybrid score, the rest going to vector similarity: score
 *     = lexicalWeight * BM25 / (best BM25 of the search) + (1 - lexicalWeight) * Solr's cosine
 *     score
 * @param knnDepth the nearest articles that semantic and hybrid searches consider (topK, per shard
 *     in SolrCloud)
 */
public record Ranking(double titleBoost, double lexicalWeight, int knnDepth) {
  public static final Ranking DEFAULT = new Ranking(1.0, 0.5, 200);

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
}
