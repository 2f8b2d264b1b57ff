package org.litfacets.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.suggest.DescriptorVectors;
import org.litfacets.search.QueryEmbedder;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrRequestRejectedException;
import org.litfacets.solr.SolrUnavailableException;
import org.litfacets.store.ArticleStore;

/**
 * {@code GET /api/health}: whether Solr answers, whether the collection is there, which models this
 * server loaded, how many articles the index holds and the version; 200 when searches can run, 503
 * when not (for a load balancer or a container's health check).
 */
final class HealthController {
  private final SolrConnection solr;
  private final Map<String, Object> models;
  private final String version = version();

  HealthController(
      SolrConnection solr,
      Optional<MeshVocabulary> mesh,
      Optional<QueryEmbedder> embedder,
      Optional<DescriptorVectors> meshHeadingVectors) {
    this.solr = solr;
    Map<String, Object> loaded = new LinkedHashMap<>();
    loaded.put("embedding", embedder.map(QueryEmbedder::model).orElse(null));
    loaded.put("meshHeadings", mesh.map(MeshVocabulary::size).orElse(0));
    loaded.put("meshHeadingVectors", meshHeadingVectors.isPresent());
    this.models = loaded;
  }

  void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    boolean reachable = answers(() -> solr.isCloud());
    boolean collection = reachable && answers(solr::ping);
    Long articles = null;
    if (collection) {
      try {
        articles = new ArticleStore(solr).count();
      } catch (SolrUnavailableException | SolrRequestRejectedException e) {
        collection = false;
      }
    }
    boolean healthy = collection;
    body.put("status", healthy ? "ok" : "unavailable");
    body.put("solr", Map.of("url", solr.baseUrl(), "reachable", reachable));
    Map<String, Object> coll = new LinkedHashMap<>();
    coll.put("name", solr.collection());
    coll.put("present", collection);
    body.put("collection", coll);
    body.put("articles", articles);
    body.put("models", models);
    body.put("version", version);
    if (!healthy) {
      body.put(
          "message",
          reachable
              ? "Solr answers but collection '" + solr.collection() + "' does not"
              : "Solr does not answer at " + solr.baseUrl());
    }
    ctx.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
  }

  private static boolean answers(Runnable check) {
    try {
      check.run();
      return true;
    } catch (SolrUnavailableException | SolrRequestRejectedException e) {
      return false;
    }
  }

  /** The build's version from the jar's Maven metadata; "development" when run from classes. */
  private static String version() {
    try (InputStream in =
        HealthController.class.getResourceAsStream(
            "/META-INF/maven/org.litfacets/web/pom.properties")) {
      if (in == null) {
        return "development";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "development");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
