package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.solr.SolrConnection;

/** Export pages through the whole result set with a cursor, here two articles a page over seven. */
class ExportIT {

  private static List<String> pmids(Iterator<AnnotatedArticle> articles) {
    List<String> pmids = new ArrayList<>();
    articles.forEachRemaining(a -> pmids.add(a.article().pmid()));
    return pmids;
  }

  @Test
  void aCursorReadsEveryArticleOnceInIdOrder() {
    try (SolrConnection solr = BooleanCorpus.connect()) {
      SearchService search = new SearchService(solr, Optional.of(BooleanCorpus.MESH));
      assertThat(pmids(search.export(null, List.of(), 2)))
          .containsExactly(
              "80000001", "80000002", "80000003", "80000004", "80000005", "80000006", "80000007");
      assertThat(pmids(search.export(search.read("diabetes"), List.of(), 1)))
          .containsExactly("80000001", "80000002", "80000003");
      assertThat(
              pmids(search.export(search.read("diabetes"), List.of(Filter.parse("year:2015")), 1)))
          .containsExactly("80000001");
      AnnotatedArticle children = search.export(search.read("review[pt]"), List.of(), 3).next();
      assertThat(children.mentions()).hasSize(1);
    }
  }
}
