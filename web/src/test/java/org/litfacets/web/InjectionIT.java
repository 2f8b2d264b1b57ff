package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User input stays text: it never becomes Solr local params, a parameter dereference, a nested
 * query or another collection (checked on the parameters the services send to a real Solr node),
 * and markup in articles and queries is shown escaped on every page.
 */
class InjectionIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What an attacker would put in a search box to make Solr run another query. */
  private static final List<String> ATTACKS =
      List.of(
          "{!join from=pmid to=pmid}asthma",
          "{!lucene}*:*",
          "asthma OR _query_:\"{!lucene v=$q}\"",
          "_query_:\"{!frange l=0}pmid\"",
          "{!lucene v=$fq}",
          "$q",
          "asthma&collection=other&shards=127.0.0.1:1/solr",
          "asthma\u0000{!join from=pmid to=pmid}*:*");

  /** Parameters an injection must never add or take over. */
  private static final List<String> FORBIDDEN_PARAMS =
      List.of("collection", "shards", "qt", "stream.body", "stream.url", "_route_", "shards.qt");

  private static final List<SolrParams> SENT = new CopyOnWriteArrayList<>();
  private static ServedApp app;

  @BeforeAll
  static void start() {
    app = HostileArticles.serve();
    app.solr().observe((request, nanos, failure) -> SENT.add(request.getParams()));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void forget() {
    SENT.clear();
  }

  @Test
  void searchBoxInputNeverBecomesLocalParamsDereferencesNestedQueriesOrCollections()
      throws Exception {
    long articles = app.get("/api/health").statusCode() == 200 ? total("/api/search?q=") : 0;
    for (String attack : ATTACKS) {
      String q = encode(attack);
      List<String> paths =
          List.of(
              "/api/search?q=" + q,
              "/api/search?q=" + q + "&mode=lexical&filter=" + q,
              "/api/sentences?q=" + q + "&entity=" + q + "&year=" + q,
              "/api/export?q=" + q,
              "/api/entities/autocomplete?q=" + q,
              "/api/mesh/autocomplete?q=" + q,
              "/api/pairs?e1=" + q + "&e2=" + encode("@DISEASE_asthma"),
              "/api/pairs?e1=" + encode("@CHEMICAL_Doxorubicin") + "&q=" + q,
              "/api/related?e=" + q,
              "/api/articles/" + q,
              "/pubtator3-api/search?text=" + q,
              "/pubtator3-api/entity/autocomplete?query=" + q,
              "/pubtator3-api/publications/export/biocjson?pmids=" + q,
              "/eutils/esearch.fcgi?db=pubmed&retmode=json&term=" + q,
              "/eutils/efetch.fcgi?db=pubmed&id=" + q);
      for (String path : paths) {
        SENT.clear();
        HttpResponse<String> r = app.get(path);
        assertThat(r.statusCode()).as(path).isLessThan(500);
        for (SolrParams sent : SENT) {
          assertStaysText(attack, sent, path);
        }
        if (r.statusCode() == 200 && path.startsWith("/api/search")) {
          assertThat(JSON.readTree(r.body()).get("total").asLong())
              .as("%s finds what its words find, not the whole index", path)
              .isLessThan(articles);
        }
      }
      for (String endpoint : List.of("count", "search", "translate")) {
        SENT.clear();
        HttpResponse<String> r =
            app.post(
                "/api/boolean/" + endpoint,
                JSON.writeValueAsString(Map.of("history", List.of("asthma", attack, "#1 OR #2"))));
        assertThat(r.statusCode()).as(endpoint + " " + attack).isLessThan(500);
        for (SolrParams sent : SENT) {
          assertStaysText(attack, sent, "/api/boolean/" + endpoint);
        }
      }
    }
  }

  /** The check above would catch a service that let the text through as syntax. */
  @Test
  void theCheckCatchesUserTextSentAsSyntax() {
    for (String attack :
        List.of("{!join from=pmid to=pmid}asthma", "a OR _query_:\"{!lucene}x\"")) {
      ModifiableSolrParams raw = new ModifiableSolrParams();
      raw.set(CommonParams.Q, attack);
      assertThatThrownBy(() -> assertStaysText(attack, raw, "raw q"))
          .isInstanceOf(AssertionError.class);
      ModifiableSolrParams nested = new ModifiableSolrParams();
      nested.set(CommonParams.Q, "{!parent which=type:article v=$s}");
      nested.set("s", "text:x OR " + attack);
      assertThatThrownBy(() -> assertStaysText(attack, nested, "nested"))
          .isInstanceOf(AssertionError.class);
    }
    ModifiableSolrParams collection = new ModifiableSolrParams();
    collection.set("collection", "other");
    assertThatThrownBy(() -> assertStaysText("x", collection, "collection"))
        .isInstanceOf(AssertionError.class);
    ModifiableSolrParams literal = new ModifiableSolrParams();
    literal.set(CommonParams.Q, "{!field f=title v=$w}");
    literal.set("w", "{!join from=pmid to=pmid}asthma");
    assertStaysText("{!join from=pmid to=pmid}asthma", literal, "literal");
  }

  /**
   * Local params start a parameter's value ({@code {!...}}) or hide in {@code _query_:"..."};
   * {@code $name} is only read inside local params. In every parameter Solr parses as a query
   * ({@code q}, {@code fq}, and those our own local params hand to a parsing parser with {@code
   * v=$name}), the braces and colon of the attack must arrive escaped or quoted, never as syntax.
   * Parameters our local params hand to a literal parser ({@code field}, {@code term}, {@code
   * prefix}, {@code facet.prefix}) hold the user's text as it is, which is how it stays text there.
   */
  private static void assertStaysText(String attack, SolrParams sent, String path) {
    List<String> names = new ArrayList<>();
    sent.getParameterNamesIterator().forEachRemaining(names::add);
    List<String> literal = new ArrayList<>();
    List<String> parsed = new ArrayList<>(List.of(CommonParams.Q, CommonParams.FQ, "bq", "rq"));
    for (String name : names) {
      assertThat(FORBIDDEN_PARAMS).as(path + ": parameter " + name).doesNotContain(name);
      for (String value : sent.getParams(name)) {
        Matcher local = LOCAL_PARAMS.matcher(value);
        while (local.find()) {
          Matcher ref = DEREFERENCE.matcher(local.group(2));
          while (ref.find()) {
            boolean literalParser =
                LITERAL_PARSERS.contains(local.group(1)) || ref.group(1).equals("facet.prefix");
            (literalParser ? literal : parsed).add(ref.group(2));
          }
        }
      }
    }
    for (String name : names) {
      if (!parsed.contains(name) || literal.contains(name)) {
        continue;
      }
      for (String value : sent.getParams(name)) {
        String where = path + " sent " + name + "=" + value;
        assertThat(value).as(where).doesNotContain("127.0.0.1:1");
        assertThat(value).as(where).doesNotContainPattern("(?<!\\\\)_query_(?!\\\\):");
        assertThat(value).as(where).doesNotContainPattern("(?<![\\\\\"])\\{!(join|lucene|frange)");
        assertThat(value).as(where).doesNotStartWith(attack);
      }
    }
  }

  /** {@code {!type ...}}: the parser's name and the rest of the local params. */
  private static final Pattern LOCAL_PARAMS = Pattern.compile("\\{!(\\w*)([^}]*)}");

  /** {@code key=$param} inside local params. */
  private static final Pattern DEREFERENCE = Pattern.compile("([\\w.]+)=\\$(\\w+)");

  private static final Set<String> LITERAL_PARSERS =
      Set.of("field", "term", "terms", "prefix", "raw");

  @Test
  void articleMarkupIsShownAsTextOnEveryPage() throws Exception {
    String pmid = HostileArticles.SCRIPT_PMID;
    for (String page :
        List.of(
            "/search?q=doxorubicin",
            "/search?q=doxorubicin&mode=lexical&sort=newest",
            "/articles/" + pmid,
            "/sentences?q=worsened",
            "/pairs?e1=" + encode("@CHEMICAL_Doxorubicin") + "&e2=" + encode("@DISEASE_Asthma"),
            "/related?e=" + encode("@CHEMICAL_Doxorubicin"))) {
      HttpResponse<String> r = app.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      String html = r.body();
      if (!page.startsWith("/related")) {
        assertThat(html).as(page).contains(pmid);
      }
      assertNoActiveMarkup(html, page);
    }
    String article = app.get("/articles/" + pmid).body();
    assertThat(article).contains("&lt;script&gt;alert(").contains("&lt;img src=x onerror");
  }

  @Test
  void queryMarkupIsShownAsTextOnEveryPage() throws Exception {
    String attack = "asthma <script>alert('q')</script> \"><img src=x onerror=alert(1)>";
    String q = encode(attack);
    for (String page :
        List.of(
            "/search?q=" + q,
            "/sentences?q=" + q,
            "/mesh?q=" + q,
            "/pairs?e1=" + q,
            "/related?e=" + q,
            "/search?q=asthma&filter=" + q,
            "/articles/" + q,
            "/no/such/" + q)) {
      HttpResponse<String> r = app.get(page);
      assertThat(r.statusCode()).as(page).isLessThan(500);
      assertNoActiveMarkup(r.body(), page);
    }
  }

  /**
   * The attacks' tags as markup; escaped they read {@code &lt;img ...}, and an attribute that
   * breaks out of its quotes would show as a raw {@code <img}.
   */
  private static final Pattern ACTIVE =
      Pattern.compile(
          "<script>alert|<img src=x|<svg onload|<b onmouseover|<i>Markup",
          Pattern.CASE_INSENSITIVE);

  private static void assertNoActiveMarkup(String html, String page) {
    assertThat(html).as(page).doesNotContainPattern(ACTIVE);
  }

  private static long total(String path) throws Exception {
    return JSON.readTree(app.get(path).body()).get("total").asLong();
  }
}
