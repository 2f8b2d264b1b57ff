package org.litfacets.store;

import org.apache.solr.client.solrj.SolrQuery;

/**
 * Nearest neighbours among the article vectors (KNN over their HNSW index): the one place that
 * writes Solr's knn syntax. Only vectors of the same embedding model are compared; those of another
 * model live in another space, and their distances would be silent garbage.
 */
public final class KnnQuery {
  private KnnQuery() {}

  /**
   * Makes {@code q} find the {@code topK} articles (per shard in SolrCloud) whose vectors by {@code
   * embeddingModel} are nearest to {@code vector}, nearest first; the filters already on {@code q}
   * still apply.
   */
  public static SolrQuery nearest(SolrQuery q, float[] vector, String embeddingModel, int topK) {
    StringBuilder values = new StringBuilder("[");
    for (float f : vector) {
      values.append(values.length() > 1 ? "," : "").append(f);
    }
    q.setQuery("{!knn f=" + ArticleFields.VECTOR + " topK=" + topK + "}" + values.append(']'));
    q.addFilterQuery(Clauses.term(ArticleFields.EMBEDDING_MODEL, embeddingModel));
    return q;
  }
}
