package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.Role;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;
import org.litfacets.web.TaggedArticles.S;

/**
 * The year histogram over a real Solr node: counts of the whole result set, year ranges as filters,
 * and the bars' links on the page. The articles share the word "zymurgy", which no other test's
 * article has (the test node's index is shared).
 */
class YearHistogramIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServedApp app;

  @BeforeAll
  static void start() {
    SolrConnection solr = TestSolr.connect();
    // Three articles in 2015, one in 2016, none in 2017, two in 2018.
    int[] years = {2015, 2015, 2015, 2016, 2018, 2018};
    ArticleStore store = new ArticleStore(solr);
    for (int i = 0; i < years.length; i++) {
      store.upsert(
          List.of(
              ArticleDocuments.toSolr(
                  TaggedArticles.article(
                      Map.of(),
                      "8300000" + i,
                      years[i],
                      "Brewing Science",
                      "Zymurgy study " + i + ".",
                      new S(Role.RESULTS, "Yeast " + i + " fermented.")))));
    }
    store.commit();
    app = ServedApp.start(solr, Optional.empty());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void yearsCountTheWholeResultSetWhateverTheYearFilter() throws Exception {
    JsonNode all = app.json("/api/search?q=zymurgy&size=1", 200);
    assertThat(all.get("total").asLong()).isEqualTo(6);
    assertThat(years(all))
        .containsExactly(Map.entry(2015, 3L), Map.entry(2016, 1L), Map.entry(2018, 2L));

    JsonNode range = app.json("/api/search?q=zymurgy&filter=" + encode("year:2015-2016"), 200);
    assertThat(range.get("total").asLong()).isEqualTo(4);
    assertThat(years(range)).isEqualTo(years(all));
    JsonNode yearFacet = range.get("facets").get(0);
    assertThat(yearFacet.get("field").asText()).isEqualTo("year");
    yearFacet
        .get("values")
        .forEach(
            v ->
                assertThat(v.get("selected").asBoolean())
                    .as(v.toString())
                    .isEqualTo(!v.get("value").asText().equals("2018")));

    assertThat(
            app.json("/api/search?q=zymurgy&filter=" + encode("year:2016"), 200)
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(
            app.json("/api/search?q=zymurgy&filter=" + encode("year:2016-2030"), 200)
                .get("total")
                .asLong())
        .isEqualTo(3);
  }

  @Test
  void aBackwardOrMalformedRangeIsExplained() throws Exception {
    assertThat(
            app.json("/api/search?q=zymurgy&filter=" + encode("year:2018-2015"), 400)
                .get("message")
                .asText())
        .contains("ends before it starts");
    assertThat(
            app.json("/api/search?q=zymurgy&filter=" + encode("year:2015-"), 400)
                .get("message")
                .asText())
        .contains("four-digit year or a range");
  }

  @Test
  void eachBarLinksToItsYearAndASelectedBarRemovesTheFilter() throws Exception {
    String page = html("/search?q=zymurgy");
    Map<Integer, String[]> bars = bars(page);
    // Every year from the oldest to the newest, 2017 too, without articles.
    assertThat(bars.keySet()).containsExactly(2015, 2016, 2017, 2018);
    assertThat(bars.get(2015)[0]).isEqualTo("3");
    assertThat(bars.get(2017)[0]).isEqualTo("0");
    assertThat(bars.get(2015)[1]).isEqualTo("/search?q=zymurgy&amp;filter=year%3A2015");
    assertThat(bars.get(2015)[2]).isEmpty();
    assertThat(page).contains("data-all-years=\"/search?q=zymurgy\"");
    assertThat(page).contains("<title>2015: 3 articles</title>");
    // The year list of the side panel gives way to the histogram.
    assertThat(page).doesNotContain("data-facet=\"year\"");

    String filtered = html("/search?q=zymurgy&filter=" + encode("year:2015-2016"));
    Map<Integer, String[]> selected = bars(filtered);
    assertThat(selected.keySet()).containsExactly(2015, 2016, 2017, 2018);
    assertThat(selected.get(2015)[2]).contains("selected");
    assertThat(selected.get(2016)[2]).contains("selected");
    assertThat(selected.get(2018)[2]).doesNotContain("selected");
    // A selected bar removes the range; another one replaces it with its own year.
    assertThat(selected.get(2016)[1]).isEqualTo("/search?q=zymurgy");
    assertThat(selected.get(2018)[1]).isEqualTo("/search?q=zymurgy&amp;filter=year%3A2018");
    assertThat(filtered).contains("2015–2016");
    assertThat(filtered).contains("data-test=\"all-years\"");
  }

  @Test
  void noHistogramWithoutResults() throws Exception {
    assertThat(html("/search?q=zymurgy+AND+nonexistentword")).doesNotContain("year-histogram");
  }

  /** Year to {count, href, classes} of each bar of the page's histogram. */
  private static Map<Integer, String[]> bars(String page) {
    Map<Integer, String[]> bars = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile(
                "<a class=\"bar([^\"]*)\" href=\"([^\"]*)\" data-year=\"(\\d+)\" data-count=\"(\\d+)\"")
            .matcher(page);
    while (m.find()) {
      bars.put(
          Integer.parseInt(m.group(3)), new String[] {m.group(4), m.group(2), m.group(1).strip()});
    }
    return bars;
  }

  private static Map<Integer, Long> years(JsonNode result) {
    Map<Integer, Long> years = new LinkedHashMap<>();
    result.get("years").forEach(y -> years.put(y.get("year").asInt(), y.get("count").asLong()));
    return years;
  }

  private static String html(String path) throws Exception {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }
}
