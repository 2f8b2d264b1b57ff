package org.litfacets.search;

import java.util.Arrays;
import java.util.Locale;

/** How articles are matched and ranked for a query. */
public enum SearchMode {
  /** BM25 over the words: the Boolean query as written, or free text as PubMed's Best Match. */
  LEXICAL,
  /** The nearest article vectors to the embedded query (KNN). */
  SEMANTIC,
  /**
   * Lexical and semantic fused: the union of both, ranked by a mix of BM25 and cosine similarity.
   */
  HYBRID;

  /**
   * The mode of a search that names none: measured best on SciFact (bench retrieval, README's
   * Benchmarks).
   */
  public static final SearchMode DEFAULT = HYBRID;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an API value; blank is {@link #DEFAULT}, an unknown one an error naming the valid. */
  public static SearchMode parse(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    return Arrays.stream(values())
        .filter(m -> m.apiName().equals(value.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "mode must be hybrid, lexical or semantic, got '" + value + "'"));
  }
}
