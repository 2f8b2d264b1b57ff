package org.litfacets.search;

import java.util.Map;

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

  /**
   * The lexical weight of each article embedding model, chosen on SciFact's even training claim ids
   * ({@code bench retrieval --halves}): bge's and e5's cosines lie in a narrow band, so MiniLM's
   * 0.3 would let BM25 drown them (bge: 0.707 against 0.744 for its cosine alone, 0.759 at 0.05).
   */
  private static final Map<String, Double> LEXICAL_WEIGHTS =
      Map.of("all-minilm-l6-v2-q", 0.3, "bge-small-en-v15-q", 0.05, "e5-small-v2-q", 0.035);

  /** The default ranking with the lexical weight chosen for the model of the article vectors. */
  public static Ranking forModel(String articleModel) {
    return DEFAULT.withLexicalWeight(
        LEXICAL_WEIGHTS.getOrDefault(articleModel, DEFAULT.lexicalWeight()));
  }

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
