package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HEAD answers as GET would, and a method a route does not take is told so. The app needs no Solr:
 * the answers checked here come before a search (it points at a closed port).
 */
class MethodsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static AppWithoutSolr server;
  private static Javalin app;

  @BeforeAll
  static void start() {
    server = new AppWithoutSolr();
    app = server.app;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void headGetsTheStatusAndHeadersOfGetWithoutABody() throws Exception {
    for (String path :
        new String[] {
          "/api/articles/abc",
          "/api/search?page=0",
          "/api/export?format=foo",
          "/articles/abc",
          "/api/health",
          "/api/openapi.json"
        }) {
      HttpResponse<String> get = send("GET", path);
      HttpResponse<String> head = send("HEAD", path);
      assertThat(head.statusCode()).as("HEAD %s", path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .as("HEAD %s", path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).as("HEAD %s", path).isEmpty();
    }
    assertThat(send("HEAD", "/api/articles/abc").statusCode()).isEqualTo(400);
  }

  @Test
  void aMethodTheRouteDoesNotTakeIs405InJson() throws Exception {
    HttpResponse<String> post = send("POST", "/api/search");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(post.body())
        .contains("method_not_allowed", "POST is not allowed on /api/search; use GET");
    assertThat(post.headers().firstValue("Allow").orElse("")).contains("GET");
    assertThat(send("GET", "/api/boolean/translate").statusCode()).isEqualTo(405);
    // an unknown path stays 404
    assertThat(send("POST", "/api/nothing-here").statusCode()).isEqualTo(404);
  }

  private static HttpResponse<String> send(String method, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
