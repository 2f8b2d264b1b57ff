package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.CommonParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrLimits;
import org.litfacets.solr.TestSolr;

/** Health, metrics, request ids and logs, and the security headers, over a real Solr node. */
class OperationsIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SolrConnection solr;
  private static Javalin app;
  private static String base;

  @BeforeAll
  static void start() {
    solr = TestSolr.connect(HostileArticles.COLLECTION);
    HostileArticles.index(solr);
    app = WebApp.create(solr, Optional.of(HostileArticles.MESH)).start(0);
    base = "http://localhost:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
    solr.close();
  }

  @Test
  void everySolrSearchCarriesTimeAllowedAndTheAnswerSaysWhetherItWasCutShort() throws Exception {
    List<String> allowed = new java.util.concurrent.CopyOnWriteArrayList<>();
    solr.observe(
        (request, nanos, failure) -> {
          if (request instanceof QueryRequest) {
            allowed.add(String.valueOf(request.getParams().get(CommonParams.TIME_ALLOWED)));
          }
        });
    for (String path :
        List.of(
            "/api/search?q=asthma",
            "/api/sentences?q=asthma",
            "/api/entities/autocomplete?q=dox",
            "/api/pairs?e1=" + encode("@CHEMICAL_Doxorubicin") + "&e2=" + encode("@DISEASE_Asthma"),
            "/api/articles/" + HostileArticles.SCRIPT_PMID,
            "/api/export?q=asthma")) {
      assertThat(get(base, path).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(allowed)
        .hasSizeGreaterThan(6)
        .allMatch(
            ms -> ms.equals(Long.toString(SolrLimits.DEFAULT.timeAllowed().toMillis())),
            "timeAllowed of every search");
    for (String path : List.of("/api/search?q=asthma", "/api/sentences?q=asthma")) {
      JsonNode body = JSON.readTree(get(base, path).body());
      assertThat(body.get("partialResults").isBoolean()).as(path).isTrue();
      assertThat(body.get("partialResults").asBoolean()).as(path).isFalse();
    }
  }

  @Test
  void healthSaysSolrTheCollectionTheModelsTheIndexSizeAndTheVersion() throws Exception {
    HttpResponse<String> r = get(base, "/api/health");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.at("/solr/reachable").asBoolean()).isTrue();
    assertThat(body.at("/collection/present").asBoolean()).isTrue();
    assertThat(body.at("/collection/name").asText()).isEqualTo(HostileArticles.COLLECTION);
    assertThat(body.get("articles").asLong()).isEqualTo(3);
    assertThat(body.at("/models/meshHeadings").asInt()).isEqualTo(HostileArticles.MESH.size());
    assertThat(body.at("/models/embedding").isNull()).isTrue();
    assertThat(body.get("version").asText()).isNotBlank();
  }

  @Test
  void healthIs503JsonWhenSolrIsDownOrTheCollectionMissing() throws Exception {
    try (SolrConnection dead = SolrConnection.open("http://127.0.0.1:9/solr", "x");
        SolrConnection missing = SolrConnection.open(solr.baseUrl(), "no_such_collection")) {
      for (SolrConnection c : List.of(dead, missing)) {
        Javalin down = WebApp.create(c, Optional.empty()).start(0);
        try {
          HttpResponse<String> r = get("http://localhost:" + down.port(), "/api/health");
          assertThat(r.statusCode()).isEqualTo(503);
          JsonNode body = JSON.readTree(r.body());
          assertThat(body.get("status").asText()).isEqualTo("unavailable");
          assertThat(body.at("/solr/reachable").asBoolean()).isEqualTo(c == missing);
          assertThat(body.at("/collection/present").asBoolean()).isFalse();
          assertThat(body.get("message").asText()).isNotBlank();
        } finally {
          down.stop();
        }
      }
    }
  }

  @Test
  void metricsCountRequestsByRouteTemplateSolrRequestsAndTheIndex() throws Exception {
    get(base, "/api/search?q=asthma");
    get(base, "/api/articles/" + HostileArticles.SCRIPT_PMID);
    get(base, "/api/articles/12345");
    get(base, "/api/search?q=" + encode("title:("));
    HttpResponse<String> r = get(base, "/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    String metrics = r.body();
    assertThat(metrics)
        .containsPattern(
            count("litfacets_http_requests_seconds_count", "GET", "/api/search", "200"))
        .containsPattern(
            count("litfacets_http_requests_seconds_count", "GET", "/api/search", "400"))
        .containsPattern(
            count("litfacets_http_requests_seconds_count", "GET", "/api/articles/{pmid}", "200"))
        .containsPattern(
            count("litfacets_http_requests_seconds_count", "GET", "/api/articles/{pmid}", "404"))
        .doesNotContain("/api/articles/12345")
        .contains("litfacets_http_requests_seconds_sum")
        .containsPattern("litfacets_solr_requests_seconds_count\\{outcome=\"ok\",path=\"/select\"}")
        .containsPattern("litfacets_index_articles [0-9.E]+");
  }

  @Test
  void solrErrorsAreCounted() throws Exception {
    try (SolrConnection dead = SolrConnection.open("http://127.0.0.1:9/solr", "x")) {
      Javalin down = WebApp.create(dead, Optional.empty()).start(0);
      try {
        String downBase = "http://localhost:" + down.port();
        assertThat(get(downBase, "/api/search?q=asthma").statusCode()).isEqualTo(503);
        assertThat(get(downBase, "/metrics").body())
            .containsPattern("litfacets_solr_errors_total\\{[^}]*path=\"/select\"} [1-9]");
      } finally {
        down.stop();
      }
    }
  }

  private static Pattern count(String name, String method, String route, String status) {
    return Pattern.compile(
        Pattern.quote(name)
            + "\\{method=\""
            + method
            + "\",route=\""
            + Pattern.quote(route)
            + "\",status=\""
            + status
            + "\"} [1-9]");
  }

  @Test
  void everyAnswerHasARequestIdTheClientsWhenSaneAndOneLogLine() throws Exception {
    HttpResponse<String> given =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/search?q=asthma"))
                .header(RequestLog.HEADER, "trace-42.a")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(given.headers().firstValue(RequestLog.HEADER)).hasValue("trace-42.a");
    HttpResponse<String> insane =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/search?q=asthma"))
                .header(RequestLog.HEADER, "x".repeat(65))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(insane.headers().firstValue(RequestLog.HEADER).orElseThrow())
        .matches("[0-9a-f-]{36}");
    assertThat(get(base, "/no/such/page").headers().firstValue(RequestLog.HEADER)).isPresent();

    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      HTTP.send(
          HttpRequest.newBuilder(URI.create(base + "/api/articles/" + HostileArticles.SCRIPT_PMID))
              .header(RequestLog.HEADER, "log-line-1")
              .build(),
          HttpResponse.BodyHandlers.ofString());
      long deadline = System.currentTimeMillis() + 5000;
      while (!captured.toString(StandardCharsets.UTF_8).contains("log-line-1")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .containsPattern("log-line-1 GET /api/articles/\\{pmid} 200 [0-9.]+ms");
  }

  @Test
  void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
    for (String page :
        List.of(
            "/search?q=asthma",
            "/articles/" + HostileArticles.SCRIPT_PMID,
            "/sentences?q=asthma",
            "/mesh",
            "/boolean",
            "/pairs",
            "/related?e=" + encode("@CHEMICAL_Doxorubicin"),
            "/api/search?q=asthma")) {
      HttpResponse<String> r = get(base, page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(page)
          .hasValue(WebApp.CONTENT_SECURITY_POLICY);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      if (page.startsWith("/api/")) {
        continue;
      }
      // The policy forbids inline script, styles and handlers, so the pages must have none.
      assertThat(r.body())
          .as(page)
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
          .doesNotContainPattern("<style")
          .doesNotContainPattern("\\sstyle=\"")
          .doesNotContainPattern("\\son[a-z]+=\"")
          .doesNotContain("javascript:");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/static/../templates/search.html",
        "/static/%2e%2e/templates/search.html",
        "/static/%2E%2E/%2E%2E/org/litfacets/web/WebApp.class",
        "/static/..%2ftemplates%2fsearch.html",
        "/static/..%5ctemplates%5csearch.html",
        "/static/%252e%252e/templates/search.html",
        "/static/....//templates/search.html",
        "/static/%c0%ae%c0%ae/templates/search.html",
        "/static//../templates/search.html",
        "/static/style.css/../../templates/search.html"
      })
  void staticFilePathsCannotLeaveTheirFolder(String path) throws Exception {
    HttpResponse<String> r = get(base, path);
    assertThat(r.statusCode()).as(path).isBetween(400, 499);
    assertThat(r.body()).as(path).doesNotContain("xmlns:th").doesNotContain("th:text");
  }

  @Test
  void staticFilesAreServed() throws Exception {
    HttpResponse<String> css = get(base, "/static/style.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains(".partial-notice");
    assertThat(get(base, "/static/article.js").statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> get(String server, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
