package org.litfacets.enrichment;

import java.util.List;
import java.util.function.BiFunction;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.store.ArticleStore;

/**
 * The MeSH headings of the indexed articles most similar to an article, for {@link SuggestedMesh}:
 * nearest by article vector (KNN) once the article has one, by BM25 over its text until then. The
 * article itself never counts.
 */
public final class SimilarArticles
    implements BiFunction<EnrichedArticle, String, List<List<String>>> {
  /** Neighbours whose headings vote. */
  public static final int DEFAULT_COUNT = 20;

  private final ArticleStore store;
  private final int count;
  private final boolean byVector;

  /**
   * @param byVector use the article's vector when it has one; false for BM25 always
   */
  public SimilarArticles(ArticleStore store, int count, boolean byVector) {
    this.store = store;
    this.count = count;
    this.byVector = byVector;
  }

  @Override
  public List<List<String>> apply(EnrichedArticle article, String text) {
    String pmid = article.article().pmid();
    if (byVector && article.vector() != null) {
      return store.meshOfNearest(article.vector(), article.embeddingModel(), count, pmid);
    }
    return store.meshOfSimilar(text, count, pmid);
  }
}
