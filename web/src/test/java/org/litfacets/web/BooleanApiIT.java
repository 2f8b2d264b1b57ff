package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.search.BooleanCorpus;
import org.litfacets.solr.SolrConnection;

/**
 * The Boolean API, the search box's query language and export over a real Solr node, with expected
 * PMIDs.
 */
class BooleanApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServedApp app;

  @BeforeAll
  static void start() {
    SolrConnection solr = BooleanCorpus.connect();
    app = ServedApp.start(solr, Optional.of(BooleanCorpus.MESH));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static JsonNode post(String path, JsonNode body, int expectedStatus) throws Exception {
    return app.postJson(path, JSON.writeValueAsString(body), expectedStatus);
  }

  private static ObjectNode history(String... lines) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode history = body.putArray("history");
    for (String line : lines) {
      history.add(line);
    }
    return body;
  }

  /** The PMIDs a search box query finds, in the corpus's PMID order. */
  private static List<String> found(String query) throws Exception {
    HttpResponse<String> r = app.get("/api/search?size=100&sort=oldest&q=" + encode(query));
    assertThat(r.statusCode()).as(query + ": " + r.body()).isEqualTo(200);
    List<String> pmids = new ArrayList<>();
    JSON.readTree(r.body()).get("hits").forEach(h -> pmids.add(h.get("pmid").asText()));
    return pmids.stream().sorted().toList();
  }

  @Test
  void headingsExplodeToArticlesIndexedWithNarrowerHeadingsOnly() throws Exception {
    assertThat(found("\"Diabetes Mellitus\"[mh]"))
        .containsExactly("80000001", "80000002", "80000003");
    assertThat(found("\"Diabetes Mellitus\"[mh:noexp]")).containsExactly("80000003");
    assertThat(found("exp Diabetic Retinopathy/")).containsExactly("80000002");
    assertThat(found("\"Diabetes Mellitus\"[majr]")).containsExactly("80000001");
    assertThat(found("\"Diabetes Mellitus\"[majr:noexp]")).isEmpty();
    assertThat(found("exp Diabetes Mellitus/dt")).containsExactly("80000001");
    assertThat(found("drug therapy[sh]")).containsExactly("80000001");
    assertThat(found("mesh_exp:D003920")).containsExactly("80000001", "80000002", "80000003");
  }

  @Test
  void untaggedTermsAreMappedToTheirHeadingAsPubMedDoes() throws Exception {
    assertThat(found("diabetes")).containsExactly("80000001", "80000002", "80000003");
    assertThat(found("diabetes[tiab]")).containsExactly("80000001", "80000003");
    assertThat(found("\"diabetes\"")).containsExactly("80000001", "80000003");
  }

  @Test
  void proximityRespectsTheDistanceInAnyOrder() throws Exception {
    assertThat(found("(hip adj2 pain).ab.")).isEmpty();
    assertThat(found("hip adj3 pain")).containsExactly("80000004");
    assertThat(found("\"hip pain\"[tiab:~5]")).containsExactly("80000004", "80000005");
    assertThat(found("(hip adj6 pai*).ti,ab.")).containsExactly("80000004", "80000005");
  }

  @Test
  void fieldsTruncationAndDates() throws Exception {
    assertThat(found("child*[tiab]")).containsExactly("80000006");
    assertThat(found("children[ti] AND childhood[ab]")).containsExactly("80000006");
    assertThat(found("review[pt]")).containsExactly("80000006");
    assertThat(found("french[la]")).containsExactly("80000002");
    assertThat(found("clin rep[ta] AND 2019:2020[dp]")).containsExactly("80000005", "80000006");
    assertThat(found("jones c[au] AND 80000007[pmid]")).containsExactly("80000007");
    assertThat(found("title:statins OR doi:10.1000/80000003"))
        .containsExactly("80000003", "80000007");
  }

  @Test
  void historyLinesAreTranslatedCountedAndSearched() throws Exception {
    ObjectNode h =
        history(
            "diabetes",
            "limit 1 to english language",
            "limit 1 to yr=\"2014-2022\"",
            "#1 NOT #2",
            "child*.ti,ab.",
            "or/4-5");
    JsonNode counts = post("/api/boolean/count", h, 200).get("lines");
    assertThat(counts.findValues("count").stream().map(JsonNode::asLong).toList())
        .containsExactly(3L, 2L, 2L, 1L, 1L, 2L);
    assertThat(counts.get(0).get("error").isNull()).isTrue();

    JsonNode lines = post("/api/boolean/translate", h, 200).get("lines");
    JsonNode first = lines.get(0);
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("text").asText()).isEqualTo("diabetes");
    assertThat(first.get("pubmed").asText()).isEqualTo("diabetes");
    assertThat(first.get("details").get("mappings").get(0).get("ui").asText()).isEqualTo("D003920");
    assertThat(first.get("details").get("headings").get(0).get("descendants").asInt()).isEqualTo(4);
    assertThat(lines.get(1).get("pubmed").asText()).isEqualTo("#1 AND english[la]");
    assertThat(lines.get(3).get("ovid").asText()).isEqualTo("1 not 2");
    JsonNode truncation = lines.get(4).get("details").get("truncations").get(0);
    assertThat(truncation.get("term").asText()).isEqualTo("child*");
    assertThat(truncation.get("expandsTo"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("children", "childhood");
    assertThat(truncation.get("more").asLong()).isZero();

    ObjectNode search = history("diabetes", "#1 NOT french[la]");
    search.put("size", 1);
    search.putArray("filters").add("year:2015");
    JsonNode page = post("/api/boolean/search", search, 200);
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("hits").get(0).get("pmid").asText()).isEqualTo("80000001");
    assertThat(page.get("query").asText()).isEqualTo("diabetes NOT french[la]");
    assertThat(page.get("facets").get(0).get("field").asText()).isEqualTo("year");
    search.put("line", 1);
    search.remove("filters");
    assertThat(post("/api/boolean/search", search, 200).get("total").asLong()).isEqualTo(3);
  }

  @Test
  void anErrorIsReportedOnItsLineAndOnTheLinesThatUseIt() throws Exception {
    JsonNode lines =
        post(
                "/api/boolean/translate",
                history("\"Diabetis Melitus\"[mh]", "statins", "#1 OR #2", "asthma AND (children"),
                200)
            .get("lines");
    JsonNode unknown = lines.get(0);
    assertThat(unknown.has("pubmed")).isFalse();
    assertThat(unknown.get("error").get("line").asInt()).isEqualTo(1);
    assertThat(unknown.get("error").get("message").asText())
        .contains("unknown MeSH heading 'Diabetis Melitus'");
    assertThat(unknown.get("error").get("suggestions"))
        .extracting(JsonNode::asText)
        .contains("Diabetes Mellitus");
    assertThat(lines.get(1).get("error").isNull()).isTrue();
    assertThat(lines.get(2).get("error").get("message").asText())
        .isEqualTo("line 3 refers to line 1, which has an error");
    assertThat(lines.get(3).get("error").get("column").asInt()).isEqualTo(21);

    // A truncation that expands past Lucene's clause limit inside a proximity search: that line's
    // error only.
    JsonNode broad =
        post("/api/boolean/count", history("statins", "(zz* adj2 keyword).kf."), 200).get("lines");
    assertThat(broad.get(0).get("count").asLong()).isEqualTo(1);
    assertThat(broad.get(1).get("error").get("message").asText()).contains("maxClauseCount");
    HttpResponse<String> tooBroad = app.get("/api/search?q=" + encode("(zz* adj2 keyword).kf."));
    assertThat(tooBroad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(tooBroad.body()).get("error").asText()).isEqualTo("too_many_clauses");

    JsonNode count = post("/api/boolean/count", history("statins", "#1 AND (x"), 200).get("lines");
    assertThat(count.get(0).get("count").asLong()).isEqualTo(1);
    assertThat(count.get(1).has("count")).isFalse();
    assertThat(
            post("/api/boolean/search", history("statins", "#1 AND (x"), 400).get("column").asInt())
        .isEqualTo(10);
    assertThat(post("/api/boolean/count", JSON.createObjectNode(), 400).get("message").asText())
        .contains("\"history\"");
    ObjectNode tooMany = history();
    for (int i = 0; i < 201; i++) {
      ((ArrayNode) tooMany.get("history")).add("a");
    }
    assertThat(post("/api/boolean/count", tooMany, 400).get("message").asText())
        .contains("at most 200 lines");
  }

  @Test
  void theSearchBoxExplainsQueriesItCannotSearch() throws Exception {
    HttpResponse<String> syntax = app.get("/api/search?q=" + encode("asthma AND (children"));
    assertThat(syntax.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(syntax.body());
    assertThat(error.get("error").asText()).isEqualTo("invalid_query");
    assertThat(error.get("message").asText())
        .isEqualTo("line 1, column 21: expected ')' but found end of line");
    assertThat(error.get("column").asInt()).isEqualTo(21);

    HttpResponse<String> heading = app.get("/api/search?q=" + encode("Diabetis Melitus[mh]"));
    assertThat(heading.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(heading.body()).get("suggestions"))
        .extracting(JsonNode::asText)
        .contains("Diabetes Mellitus");
    assertThat(app.get("/search?q=" + encode("Diabetis Melitus[mh]")).body())
        .contains("unknown MeSH heading &#39;Diabetis Melitus&#39;")
        .doesNotContain("Exception");
  }

  @Test
  void sentencesAreSearchedWithTheSameLanguage() throws Exception {
    HttpResponse<String> r = app.get("/api/sentences?q=" + encode("child* AND review[pt]"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    // The corpus has no sentence documents: the search runs, and finds none.
    assertThat(JSON.readTree(r.body()).get("total").asLong()).isZero();
    assertThat(app.get("/api/sentences?q=" + encode("(x")).statusCode()).isEqualTo(400);
  }

  @Test
  void seedsFoundAndMissedByEachLine() throws Exception {
    ObjectNode body = history("diabetes", "#1 AND english[la]");
    body.putArray("pmids").add("80000002").add("80000003").add(99999999);
    JsonNode check = post("/api/boolean/seeds", body, 200);
    assertThat(check.get("inIndex"))
        .extracting(JsonNode::asText)
        .containsExactly("80000002", "80000003");
    assertThat(check.get("notInIndex")).extracting(JsonNode::asText).containsExactly("99999999");
    JsonNode second = check.get("lines").get(1);
    assertThat(second.get("found")).extracting(JsonNode::asText).containsExactly("80000003");
    assertThat(second.get("missed")).extracting(JsonNode::asText).containsExactly("80000002");
    body.putArray("pmids").add("12a");
    assertThat(post("/api/boolean/seeds", body, 400).get("message").asText()).contains("'12a'");
  }

  @Test
  void exportStreamsEveryArticleInTheAskedFormat() throws Exception {
    HttpResponse<String> pmids = app.get("/api/export?q=diabetes");
    assertThat(pmids.statusCode()).isEqualTo(200);
    assertThat(pmids.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(pmids.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=litfacets.txt");
    assertThat(pmids.body()).isEqualTo("80000001\n80000002\n80000003\n");

    HttpResponse<String> ris = app.get("/api/export?format=ris&q=" + encode("80000001[pmid]"));
    assertThat(ris.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=litfacets.ris");
    assertThat(ris.body().split("\r\n"))
        .containsExactly(
            "TY  - JOUR",
            "TI  - Glucose control in type 2 diabetes",
            "AB  - Tight glycaemic control reduced complications.",
            "AU  - Smith AB",
            "AU  - Jones C",
            "JO  - Clinical Reports",
            "PY  - 2015",
            "DO  - 10.1000/80000001",
            "AN  - 80000001",
            "KW  - keyword 80000001",
            "KW  - Diabetes Mellitus, Type 2",
            "ER  - ");

    HttpResponse<String> csv = app.get("/api/export?format=csv&filter=year:2010");
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().split("\r\n"))
        .containsExactly(
            "pmid,title,authors,journal,year,doi,publication_types,keywords,mesh_headings,abstract",
            "80000007,Statins and lipids,Smith AB; Jones C,Clinical Reports,2010,10.1000/80000007,Journal Article,"
                + "keyword 80000007,,Statins lower cholesterol.");

    HttpResponse<String> pubtator =
        app.get("/api/export?format=pubtator&q=" + encode("review[pt]"));
    assertThat(pubtator.body())
        .isEqualTo(
            "80000006|t|Children with wheeze\n80000006|a|Inhaled steroids in "
                + "childhood.\n80000006\t14\t20\twheeze\tDisease\tMESH:D012135\n\n");

    HttpResponse<String> bad = app.get("/api/export?format=docx&q=x");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("message").asText())
        .contains("pmid, ris, csv, pubtator");
    assertThat(app.get("/api/export?q=" + encode("(x")).statusCode()).isEqualTo(400);
    // Two plain words are free text in the search (either word); an export of them said nothing
    // and wrote the articles having both. It asks for the Boolean reading now.
    HttpResponse<String> text = app.get("/api/export?q=" + encode("glucose statins"));
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(text.body()).get("message").asText())
        .contains("reads as free text", "kind=boolean");
    assertThat(app.get("/api/export?kind=boolean&q=" + encode("glucose statins")).statusCode())
        .isEqualTo(200);
  }
}
