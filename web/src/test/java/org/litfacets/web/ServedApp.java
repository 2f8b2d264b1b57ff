package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.SolrConnection;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;

/**
 * The web application on a free port over a Solr connection, as the integration tests reach it over
 * real HTTP. Closing it stops the app and closes the connection.
 */
final class ServedApp implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Long enough for a loaded machine, short enough that a hanging answer fails the test. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final SolrConnection solr;
  private final Javalin app;
  private final String base;

  private ServedApp(SolrConnection solr, Javalin app) {
    this.solr = solr;
    this.app = app;
    this.base = "http://localhost:" + app.port();
  }

  static ServedApp start(SolrConnection solr, Optional<MeshVocabulary> mesh) {
    return new ServedApp(solr, WebApp.create(solr, mesh).start(0));
  }

  /** The app over {@code articles}, written to the collection and committed first. */
  static ServedApp serving(
      SolrConnection solr, List<EnrichedArticle> articles, Optional<MeshVocabulary> mesh) {
    ArticleStore store = new ArticleStore(solr);
    store.upsert(articles.stream().map(ArticleDocuments::toSolr).toList());
    store.commit();
    return start(solr, mesh);
  }

  SolrConnection solr() {
    return solr;
  }

  /** The app's root URL, without a trailing slash. */
  String base() {
    return base;
  }

  /** A request to this app for {@code path}, to add headers or a body to before {@link #send}. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).build());
  }

  /** The JSON body of a GET, after checking its status and that it says it is JSON. */
  JsonNode json(String path, int expectedStatus) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(path)
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return checked(response, expectedStatus);
  }

  /** A POST of a JSON {@code body}. */
  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** The JSON answer to a POST of a JSON {@code body}, after checking its status. */
  JsonNode postJson(String path, String body, int expectedStatus)
      throws IOException, InterruptedException {
    return checked(post(path, body), expectedStatus);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code s} as one query-string value. */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode checked(HttpResponse<String> response, int expectedStatus) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return parse(response.body());
  }

  @Override
  public void close() {
    app.stop();
    solr.close();
  }
}
