package org.litfacets.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.MeshHeading;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;

/** Round trip of an article through a real local Solr node. */
class ArticleStoreIT {
  private static SolrConnection solr;
  private static ArticleStore store;

  @BeforeAll
  static void start() {
    solr = TestSolr.connect();
    solr.ensureCollection(1);
    store = new ArticleStore(solr);
  }

  @AfterAll
  static void stop() {
    solr.close();
  }

  static Article article(String pmid, String title) {
    return new Article(pmid, title,
        List.of(new AbstractSection("AIMS", "OBJECTIVE", "To test storage."),
            new AbstractSection(null, null, "It works.")),
        "Journal of Tests", "J Tests", 2021, "2021 Mar", List.of("Doe J", "Roe R"), List.of("eng"),
        List.of("Journal Article"), List.of("storage"),
        List.of(new MeshHeading("D006801", "Humans", false, List.of()),
            new MeshHeading("D001249", "Asthma", true, List.of("drug therapy", "epidemiology"))),
        "10.1000/test");
  }

  @Test
  void storesAndReadsBackEveryField() {
    Article original = article("90000001", "Storage round trip");
    EnrichedArticle enriched = new EnrichedArticle(original);
    enriched.meshTreeNumbers().add("C08.127.108");
    store.upsert(List.of(ArticleDocuments.toSolr(enriched)));
    store.commit();

    assertThat(store.get("90000001")).contains(original);
    assertThat(store.get("99999999")).isEmpty();
  }

  @Test
  void upsertReplacesAndDeleteRemoves() {
    long before = store.count();
    store.upsert(List.of(ArticleDocuments.toSolr(new EnrichedArticle(article("90000002", "First")))));
    store.upsert(List.of(ArticleDocuments.toSolr(new EnrichedArticle(article("90000002", "Second")))));
    store.commit();
    assertThat(store.count()).isEqualTo(before + 1);
    assertThat(store.get("90000002").orElseThrow().title()).isEqualTo("Second");

    store.delete(List.of("90000002"));
    store.commit();
    assertThat(store.get("90000002")).isEmpty();
    assertThat(store.count()).isEqualTo(before);
  }
}
