package org.litfacets.mesh.suggest;

/** The ways a MeSH heading can be proposed for a query clause; each can be switched on or off. */
public enum SuggestionMethod {
  /**
   * Exact, normalised entry-term mapping, longest phrases first, as PubMed's Automatic Term Mapping
   * does.
   */
  EXACT,
  /** Partial lexical matching: BM25 of the keywords over an index of entry terms. */
  LEXICAL,
  /** Cosine similarity between embedded keywords and embedded headings with their entry terms. */
  SEMANTIC,
  /** The headings of the articles the keywords retrieve from the corpus. */
  FEEDBACK
}
