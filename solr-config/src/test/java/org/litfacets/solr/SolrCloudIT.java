package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;

/**
 * The scale-out path: a real two-node SolrCloud cluster (embedded ZooKeeper), a two-shard
 * collection created by the application's own code from the one config set, written and read
 * through the application's own store.
 */
class SolrCloudIT {
  private static MiniSolrCloudCluster cluster;
  private static SolrConnection solr;

  @BeforeAll
  static void startCluster() throws Exception {
    Path dir = Files.createTempDirectory("litfacets-cloud");
    cluster = new MiniSolrCloudCluster.Builder(2, dir).build();
    solr =
        SolrConnection.open(
            cluster.getJettySolrRunner(0).getBaseUrl().toString(), ConfigSet.COLLECTION);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void createsTwoShardCollectionAndSearchesAcrossShards() throws Exception {
    assertThat(solr.isCloud()).isTrue();
    solr.ensureCollection(2);
    solr.ensureCollection(2); // idempotent: the second call finds the collection

    ArticleStore store = new ArticleStore(solr);
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String pmid = Integer.toString(30000000 + i);
      String topic = i % 2 == 0 ? "asthma exacerbations" : "diabetes control";
      docs.add(
          ArticleDocuments.toSolr(
              new EnrichedArticle(
                  new Article(
                      pmid,
                      "Study " + i + " of " + topic,
                      List.of(
                          new AbstractSection(null, null, "We studied " + topic + " in adults.")),
                      "Test Journal",
                      null,
                      2000 + i % 5,
                      null,
                      List.of(),
                      List.of("eng"),
                      List.of("Journal Article"),
                      List.of(),
                      List.of(),
                      null))));
    }
    store.upsert(docs);
    store.commit();

    assertThat(store.count()).isEqualTo(40);
    QueryResponse asthma = solr.client().query(new SolrQuery("abstract:asthma").setRows(0));
    assertThat(asthma.getResults().getNumFound()).isEqualTo(20);
    assertThat(store.get("30000003").orElseThrow().title())
        .isEqualTo("Study 3 of diabetes control");

    var shards =
        cluster
            .getZkStateReader()
            .getClusterState()
            .getCollection(ConfigSet.COLLECTION)
            .getSlices();
    assertThat(shards).hasSize(2);
  }
}
