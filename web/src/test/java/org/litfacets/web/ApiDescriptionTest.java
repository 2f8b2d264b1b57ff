package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description against the routes the app really registers: no route left out, none made
 * up. The app needs no Solr for that (it points at a closed port).
 */
class ApiDescriptionTest {
  /** The routes for people, which the description leaves out on purpose: HTML pages. */
  private static final Set<String> PAGES =
      Set.of(
          "GET /",
          "GET /search",
          "GET /articles/{pmid}",
          "GET /sentences",
          "GET /mesh",
          "GET /pairs",
          "GET /related",
          "GET /boolean",
          "GET /api/docs");

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

  private static Set<String> registeredRoutes() {
    Set<String> routes = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().stream()
        // before and after handlers (request log, security headers) wrap routes; they are not ones;
        // each GET route is also a HEAD route, which the description leaves implied
        .filter(e -> e.endpoint.method.isHttpMethod() && e.endpoint.method != HandlerType.HEAD)
        .forEach(e -> routes.add(e.endpoint.method.name() + " " + e.endpoint.path));
    return routes;
  }

  @Test
  void theDescriptionNamesEveryRouteButThePagesAndNoOther() {
    Set<String> registered = registeredRoutes();
    // A sanity check of the enumeration itself: a page and a JSON route are among them.
    assertThat(registered).contains("GET /search", "GET /api/search", "POST /eutils/efetch.fcgi");
    Set<String> described = ApiDescription.load().routes();

    Set<String> undescribed = new TreeSet<>(registered);
    undescribed.removeAll(PAGES);
    undescribed.removeAll(described);
    assertThat(undescribed)
        .as(
            "routes of the app that api/openapi.json does not describe (add them to it, or to"
                + " PAGES here if they are HTML pages)")
        .isEmpty();

    Set<String> missing = new TreeSet<>(described);
    missing.removeAll(registered);
    assertThat(missing)
        .as("routes api/openapi.json describes that the app does not have")
        .isEmpty();
    assertThat(PAGES)
        .as("pages this test expects that the app no longer has")
        .isSubsetOf(registered);
  }

  @Test
  void everyReferenceResolvesAndEveryOperationSaysHowItFails() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(ApiDescription.load().bytes());
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      JsonNode target = doc;
      for (String part : ref.substring(2).split("/")) {
        target = target.path(part);
      }
      assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
    }
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          JsonNode responses = op.getValue().get("responses");
                          assertThat(responses.has("200")).as(path.getKey()).isTrue();
                          if (!path.getKey().equals("/api/openapi.json")) {
                            assertThat(responses.has("500"))
                                .as("%s %s has its errors", op.getKey(), path.getKey())
                                .isTrue();
                          }
                        }));
  }

  /**
   * A body valid under several alternatives of a {@code oneOf} is invalid: a schema listed beside
   * one that extends it ({@code allOf}) makes every body of the extension fail (the 400 of every
   * route listed Error and QueryError so, and no error answer passed a validating client).
   */
  @Test
  void noOneOfListsASchemaBesideOneThatExtendsIt() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(ApiDescription.load().bytes());
    List<JsonNode> oneOfs = doc.findValues("oneOf");
    assertThat(oneOfs).isNotEmpty();
    for (JsonNode alternatives : oneOfs) {
      List<String> refs = new ArrayList<>();
      alternatives.forEach(a -> refs.add(a.path("$ref").asText()));
      for (JsonNode alternative : alternatives) {
        JsonNode target = doc.at(alternative.path("$ref").asText().replaceFirst("^#", ""));
        for (JsonNode base : target.path("allOf")) {
          assertThat(refs)
              .as("oneOf %s: %s extends another alternative (use anyOf)", refs, alternative)
              .doesNotContain(base.path("$ref").asText());
        }
      }
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  @Test
  void theDescriptionAndItsPageAreServed() throws Exception {
    HttpResponse<String> json = get("/api/openapi.json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode doc = new ObjectMapper().readTree(json.body());
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.at("/paths/~1api~1search/get/responses/400")).isNotNull();

    HttpResponse<String> page = get("/api/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    // Every described route shows on the page, and nothing is loaded from another site.
    for (String route : ApiDescription.load().routes()) {
      assertThat(page.body()).contains("data-route=\"" + route + "\"");
    }
    assertThat(page.body()).doesNotContain("src=\"http", "href=\"http://", "cdn");
    assertThat(page.body()).contains("SearchResult", "search_unavailable");
  }

  @Test
  void theTopBarLeadsToTheDocs() throws Exception {
    assertThat(get("/api/docs").body()).contains("<a href=\"/api/docs\"");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
