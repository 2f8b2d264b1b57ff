package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litfacets.search.MeshService;
import org.litfacets.search.QueryReader;

/**
 * Bad input over real HTTP and a real Solr node: the fuzz campaign over every endpoint, queries at
 * and beyond the length limit, and broken query syntax on every search box.
 */
class HostileInputIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServedApp app;

  @BeforeAll
  static void start() {
    app = HostileArticles.serve();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void everyEndpointAnswersHostileInputWith4xxJsonNever5xxNorHangs() {
    HostileRequests.Outcome outcome =
        new HostileRequests(app.base(), Duration.ofSeconds(30)).run(25, 20261202L);
    assertThat(outcome.tried()).isEqualTo(25 * outcome.endpoints());
    assertThat(outcome.examples()).as("failing requests").isEmpty();
    assertThat(outcome.clean()).isTrue();
  }

  @Test
  void aQueryOfTheLongestAllowedLengthIsReadEvenWhenEveryCharacterIsEncoded() throws Exception {
    // Three UTF-8 bytes per character, nine once percent-encoded: 90,000 bytes of URL.
    String longest = "\u00e9\u4e2d".repeat(QueryReader.MAX_LINE_CHARS / 2);
    HttpResponse<String> r = app.get("/api/search?q=" + encode(longest));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
  }

  @Test
  void aQueryOverTheLimitIs400NamingTheLimit() throws Exception {
    String words = "asthma+".repeat(QueryReader.MAX_LINE_CHARS / 7 + 1);
    HttpResponse<String> r = app.get("/api/search?kind=boolean&q=" + words);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("message").asText())
        .contains(Integer.toString(QueryReader.MAX_LINE_CHARS));
    // read as free text, the same words meet Best Match's limit on words first
    HttpResponse<String> text = app.get("/api/search?q=" + words);
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(text.body()).get("message").asText()).contains("at most 250 words");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/search?q=", "/search?q=", "/api/sentences?q=", "/api/export?q="})
  void aUrlLongerThanTheServerAcceptsIs414JsonNotJettysPage(String path) throws Exception {
    HttpResponse<String> r = app.get(path + "a".repeat(WebApp.MAX_HEADER_BYTES + 10));
    assertThat(r.statusCode()).isEqualTo(414);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("error").asText()).isEqualTo("http_414");
    assertThat(body.get("message").asText())
        .contains(Integer.toString(WebApp.MAX_HEADER_BYTES))
        .contains(Integer.toString(QueryReader.MAX_LINE_CHARS));
  }

  @Test
  void headersLargerThanTheServerAcceptsAre431Json() throws Exception {
    HttpResponse<String> r =
        app.send(
            app.request("/api/search?q=asthma")
                .header("X-Padding", "p".repeat(WebApp.MAX_HEADER_BYTES + 10))
                .build());
    assertThat(r.statusCode()).isEqualTo(431);
    assertThat(JSON.readTree(r.body()).get("message").asText())
        .contains(Integer.toString(WebApp.MAX_HEADER_BYTES));
  }

  @Test
  void pageSizeOverTheLimitIs400NamingTheLimit() throws Exception {
    for (String path :
        List.of("/api/search?q=asthma&size=101", "/api/sentences?q=asthma&size=101")) {
      HttpResponse<String> r = app.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("message").asText()).as(path).contains("100");
    }
  }

  @Test
  void meshSuggestionKeywordsOverTheLimitAre400NamingTheLimit() throws Exception {
    String keywords = "asthma ".repeat(MeshService.MAX_KEYWORD_CHARS / 7 + 1);
    HttpResponse<String> r =
        app.post(
            "/api/mesh/suggest", JSON.writeValueAsString(java.util.Map.of("keywords", keywords)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("message").asText())
        .contains(Integer.toString(MeshService.MAX_KEYWORD_CHARS));
  }

  /** Broken syntax is a 400 that says so, on every box that reads a query, never 0 hits. */
  @ParameterizedTest
  @ValueSource(strings = {"title:(", "{!lucene}*:*", "asthma AND (", "\"unclosed"})
  void brokenQuerySyntaxIs400WithAMessageEverywhere(String query) throws Exception {
    String q = encode(query);
    for (String path :
        List.of(
            "/api/search?q=" + q,
            "/api/sentences?q=" + q,
            "/api/export?q=" + q,
            "/api/pairs?e1=" + encode("@CHEMICAL_Doxorubicin") + "&q=" + q,
            "/pubtator3-api/search?text=" + q,
            "/eutils/esearch.fcgi?db=pubmed&retmode=json&term=" + q)) {
      HttpResponse<String> r = app.get(path);
      assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("message").asText()).as(path).isNotBlank();
    }
    for (String page : List.of("/search?q=" + q, "/sentences?q=" + q)) {
      HttpResponse<String> r = app.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(400);
      assertThat(r.body()).as(page).contains("<html");
    }
    HttpResponse<String> booleanSearch =
        app.post(
            "/api/boolean/count",
            JSON.writeValueAsString(java.util.Map.of("history", List.of("asthma", query))));
    JsonNode lines = JSON.readTree(booleanSearch.body());
    assertThat(lines.toString()).as("the history's second line").contains("\"error\"");
  }
}
