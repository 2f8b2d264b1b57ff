package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.litfacets.solr.PartialSolr;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrLimits;

/** Health, metrics, request ids and logs, and the security headers, over a real Solr node. */
class OperationsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServedApp app;

  /** The searches that say whether Solr cut them short, as JSON and as pages. */
  private static final List<String> PARTIAL_API =
      List.of(
          "/api/search?q=asthma",
          "/api/sentences?q=asthma",
          "/api/pairs?e1=" + encode("@CHEMICAL_Doxorubicin") + "&e2=" + encode("@DISEASE_Asthma"),
          "/api/related?type=disease&e=" + encode("@CHEMICAL_Doxorubicin"));

  /** Each search's page: its API route without /api. */
  private static final List<String> PARTIAL_PAGES =
      PARTIAL_API.stream().map(path -> path.substring("/api".length())).toList();

  @BeforeAll
  static void start() {
    app = HostileArticles.serve();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void everySolrSearchCarriesTimeAllowedAndTheAnswerSaysWhetherItWasCutShort() throws Exception {
    List<String> allowed = new java.util.concurrent.CopyOnWriteArrayList<>();
    app.solr()
        .observe(
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
      assertThat(app.get(path).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(allowed)
        .hasSizeGreaterThan(6)
        .allMatch(
            ms -> ms.equals(Long.toString(SolrLimits.DEFAULT.timeAllowed().toMillis())),
            "timeAllowed of every search");
    for (String path : PARTIAL_API) {
      JsonNode body = JSON.readTree(app.get(path).body());
      assertThat(body.get("partialResults").isBoolean()).as(path).isTrue();
      assertThat(body.get("partialResults").asBoolean()).as(path).isFalse();
    }
    assertThat(booleanCount(app).get("partialResults").asBoolean()).isFalse();
    for (String path : PARTIAL_PAGES) {
      assertThat(app.get(path).body()).as(path).doesNotContain("data-test=\"partial\"");
    }
  }

  private static JsonNode booleanCount(ServedApp served) throws Exception {
    HttpResponse<String> r = served.post("/api/boolean/count", "{\"history\": [\"asthma\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("lines").get(0);
  }

  @Test
  void aSearchSolrCutShortSaysSoInTheAnswerAndOnThePage() throws Exception {
    try (PartialSolr partial = new PartialSolr(app.solr().baseUrl());
        ServedApp cut =
            ServedApp.start(
                SolrConnection.open(partial.baseUrl(), HostileArticles.COLLECTION),
                Optional.of(HostileArticles.MESH))) {
      for (String path : PARTIAL_API) {
        JsonNode body = JSON.readTree(cut.get(path).body());
        assertThat(body.get("partialResults").asBoolean()).as(path).isTrue();
      }
      JsonNode counted = booleanCount(cut);
      assertThat(counted.get("partialResults").asBoolean()).isTrue();
      assertThat(counted.get("count").asLong()).isPositive();
      for (String path : PARTIAL_PAGES) {
        HttpResponse<String> page = cut.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path).contains("data-test=\"partial\"");
      }
    }
  }

  @Test
  void healthSaysSolrTheCollectionTheModelsTheIndexSizeAndTheVersion() throws Exception {
    HttpResponse<String> r = app.get("/api/health");
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
    for (boolean reachable : List.of(false, true)) {
      SolrConnection solr =
          reachable
              ? SolrConnection.open(app.solr().baseUrl(), "no_such_collection")
              : SolrConnection.open("http://127.0.0.1:9/solr", "x");
      try (ServedApp down = ServedApp.start(solr, Optional.empty())) {
        HttpResponse<String> r = down.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asText()).isEqualTo("unavailable");
        assertThat(body.at("/solr/reachable").asBoolean()).isEqualTo(reachable);
        assertThat(body.at("/collection/present").asBoolean()).isFalse();
        assertThat(body.get("message").asText()).isNotBlank();
      }
    }
  }

  @Test
  void metricsCountRequestsByRouteTemplateSolrRequestsAndTheIndex() throws Exception {
    app.get("/api/search?q=asthma");
    app.get("/api/articles/" + HostileArticles.SCRIPT_PMID);
    app.get("/api/articles/12345");
    app.get("/api/search?q=" + encode("title:("));
    HttpResponse<String> r = app.get("/metrics");
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
    try (ServedApp down =
        ServedApp.start(SolrConnection.open("http://127.0.0.1:9/solr", "x"), Optional.empty())) {
      assertThat(down.get("/api/search?q=asthma").statusCode()).isEqualTo(503);
      assertThat(down.get("/metrics").body())
          .containsPattern("litfacets_solr_errors_total\\{[^}]*path=\"/select\"} [1-9]");
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
        app.send(
            app.request("/api/search?q=asthma").header(RequestLog.HEADER, "trace-42.a").build());
    assertThat(given.headers().firstValue(RequestLog.HEADER)).hasValue("trace-42.a");
    HttpResponse<String> insane =
        app.send(
            app.request("/api/search?q=asthma").header(RequestLog.HEADER, "x".repeat(65)).build());
    assertThat(insane.headers().firstValue(RequestLog.HEADER).orElseThrow())
        .matches("[0-9a-f-]{36}");
    assertThat(app.get("/no/such/page").headers().firstValue(RequestLog.HEADER)).isPresent();

    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      app.send(
          app.request("/api/articles/" + HostileArticles.SCRIPT_PMID)
              .header(RequestLog.HEADER, "log-line-1")
              .build());
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
      HttpResponse<String> r = app.get(page);
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
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).as(path).isBetween(400, 499);
    assertThat(r.body()).as(path).doesNotContain("xmlns:th").doesNotContain("th:text");
  }

  @Test
  void staticFilesAreServed() throws Exception {
    HttpResponse<String> css = app.get("/static/style.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains(".partial-notice");
    assertThat(app.get("/static/article.js").statusCode()).isEqualTo(200);
  }
}
