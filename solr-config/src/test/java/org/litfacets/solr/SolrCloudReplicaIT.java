package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;

/**
 * A replica's node stops while articles are written and searched through the other node: every
 * search answers, and every batch Solr acknowledged is in the index afterwards.
 */
class SolrCloudReplicaIT {
  private static final String COLLECTION = "replicated";

  @Test
  void searchesKeepAnsweringAndNoAcknowledgedArticleIsLost() throws Exception {
    Path dir = Files.createTempDirectory("litfacets-replicas");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir).build();
    try {
      Path conf = dir.resolve("configset");
      ConfigSet.copyTo(conf);
      cluster.uploadConfigSet(conf, ConfigSet.NAME);
      CollectionAdminRequest.createCollection(COLLECTION, ConfigSet.NAME, 1, 2)
          .process(cluster.getSolrClient());
      cluster.waitForActiveCollection(COLLECTION, 1, 2);

      JettySolrRunner entry = cluster.getJettySolrRunner(0);
      JettySolrRunner stopped = cluster.getJettySolrRunner(1);
      List<String> acknowledged = new CopyOnWriteArrayList<>();
      List<String> searchFailures = new CopyOnWriteArrayList<>();
      AtomicInteger searches = new AtomicInteger();
      AtomicBoolean done = new AtomicBoolean();
      try (SolrConnection solr = SolrConnection.open(entry.getBaseUrl().toString(), COLLECTION)) {
        ArticleStore writer =
            new ArticleStore(
                solr, new Backoff(6, Duration.ofMillis(500), Duration.ofSeconds(4)), m -> {});
        ArticleStore reader = new ArticleStore(solr);
        Thread searching =
            new Thread(
                () -> {
                  while (!done.get()) {
                    try {
                      reader.count();
                      searches.incrementAndGet();
                    } catch (RuntimeException e) {
                      searchFailures.add(e.getMessage());
                    }
                  }
                },
                "searching");
        searching.start();
        for (int batch = 0; batch < 20; batch++) {
          if (batch == 6) {
            stopped.stop();
          }
          List<SolrInputDocument> docs = new ArrayList<>();
          List<String> pmids = new ArrayList<>();
          for (int i = 0; i < 25; i++) {
            String pmid = Integer.toString(47000000 + batch * 25 + i);
            pmids.add(pmid);
            docs.add(ArticleDocuments.toSolr(new EnrichedArticle(article(pmid))));
          }
          writer.upsert(docs);
          acknowledged.addAll(pmids);
        }
        done.set(true);
        searching.join(TimeUnit.SECONDS.toMillis(30));
        writer.commit();

        assertThat(searchFailures).as("searches that failed").isEmpty();
        assertThat(searches.get()).isPositive();
        assertThat(acknowledged).hasSize(500);
        assertThat(reader.getAll(acknowledged)).hasSize(500);
        assertThat(reader.count()).isEqualTo(500);
      }
    } finally {
      cluster.shutdown();
    }
  }

  private static Article article(String pmid) {
    return new Article(
        pmid,
        "Replica study " + pmid,
        List.of(new AbstractSection(null, null, "We wrote article " + pmid + " during a fault.")),
        "Test Journal",
        null,
        2024,
        null,
        List.of(),
        List.of("eng"),
        List.of("Journal Article"),
        List.of(),
        List.of(),
        null);
  }
}
