package org.litfacets.store;

import java.util.ArrayList;
import java.util.List;
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
    q.setQuery("{!knn f=" + ArticleFields.VECTOR + " topK=" + topK + "}" + values(vector));
    q.addFilterQuery(Clauses.term(ArticleFields.EMBEDDING_MODEL, embeddingModel));
    return q;
  }

  /**
   * The nearest articles as a clause to combine with others (e.g. in {@code {!bool}}), the vector
   * and the filters travelling in parameters of {@code q}. A KNN clause that is not the whole query
   * is not narrowed by the request's filters unless it names them, so every filter already on
   * {@code q}, and the embedding model's, narrow the search for neighbours itself: {@code topK}
   * articles that pass the filters, not the filtered rest of the {@code topK} nearest overall.
   */
  public static String clause(SolrQuery q, float[] vector, String embeddingModel, int topK) {
    StringBuilder clause = new StringBuilder("{!knn f=" + ArticleFields.VECTOR + " topK=" + topK);
    List<String> filters = new ArrayList<>();
    if (q.getFilterQueries() != null) {
      filters.addAll(List.of(q.getFilterQueries()));
    }
    filters.add(Clauses.term(ArticleFields.EMBEDDING_MODEL, embeddingModel));
    for (int i = 0; i < filters.size(); i++) {
      q.set("knn_fq" + i, filters.get(i));
      clause.append(" preFilter=$knn_fq").append(i);
    }
    q.set("knn_v", values(vector));
    return clause.append(" v=$knn_v}").toString();
  }

  /**
   * A function of each article's similarity to {@code vector} (as a KNN hit's score, see {@link
   * #cosine}), to read as a field of articles found otherwise; an article without a vector gets 0,
   * so the caller checks its embedding model.
   */
  public static String similarity(float[] vector) {
    return "vectorSimilarity(FLOAT32,COSINE," + ArticleFields.VECTOR + "," + values(vector) + ")";
  }

  /**
   * The cosine similarity of a hit's vector to the query vector, from the hit's score: Lucene
   * scores cosine similarity as (1 + cos) / 2, to keep scores positive.
   */
  public static double cosine(double score) {
    return 2 * score - 1;
  }

  private static String values(float[] vector) {
    StringBuilder values = new StringBuilder("[");
    for (float f : vector) {
      values.append(values.length() > 1 ? "," : "").append(f);
    }
    return values.append(']').toString();
  }
}
