package org.litfacets.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

class KnnQueryTest {

  @Test
  void asksForTheNearestVectorsOfOneModelKeepingTheOtherFilters() {
    SolrQuery q = new SolrQuery("title:asthma").addFilterQuery("year:2020");
    KnnQuery.nearest(q, new float[] {0.5f, -1f, 2.25f}, "all-minilm-l6-v2-q", 7);
    assertThat(q.getQuery()).isEqualTo("{!knn f=vector topK=7}[0.5,-1.0,2.25]");
    assertThat(q.getFilterQueries())
        .containsExactly("year:2020", "embedding_model:\"all-minilm-l6-v2-q\"");
  }
}
