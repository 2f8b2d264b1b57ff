package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.DoxorubicinCorpus.CARDIO;
import static org.litfacets.web.DoxorubicinCorpus.DOX;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;

/**
 * Entity autocomplete, pair search and related entities over a real Solr node, on a small hand-made
 * corpus about doxorubicin whose ranking is known in advance.
 */
class PairSearchIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ServedApp app;

  @BeforeAll
  static void start() {
    SolrConnection solr = TestSolr.connect();
    app = ServedApp.serving(solr, DoxorubicinCorpus.articles(), Optional.empty());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> pmids(JsonNode result) {
    List<String> pmids = new ArrayList<>();
    result.get("hits").forEach(h -> pmids.add(h.get("pmid").asText()));
    return pmids;
  }

  private static JsonNode facet(JsonNode result, String field) {
    for (JsonNode f : result.get("facets")) {
      if (f.get("field").asText().equals(field)) {
        return f;
      }
    }
    throw new AssertionError("no facet " + field + " in " + result);
  }

  private static JsonNode hit(JsonNode result, String pmid) {
    for (JsonNode h : result.get("hits")) {
      if (h.get("pmid").asText().equals(pmid)) {
        return h;
      }
    }
    throw new AssertionError("no hit " + pmid + " in " + result);
  }

  @Test
  void sharedSentencesRankByWhereTheyStandThenCooccurrenceOnly() throws Exception {
    JsonNode result =
        app.json(
            "/api/pairs?e1="
                + encode("@CHEMICAL_Doxorubicin")
                + "&e2="
                + encode("@DISEASE_Cardiotoxicity"),
            200);
    // 81000004 (RESULTS + BACKGROUND: 3 + 1, 2021) = 81000001 (title: 4, 2019) > 81000002
    // (CONCLUSIONS: 3)
    // > 81000003 (two METHODS sentences: 1 + 1) > 81000005 (one METHODS sentence) > the two
    // co-occurring only.
    assertThat(pmids(result))
        .containsExactly(
            "81000004", "81000001", "81000002", "81000003", "81000005", "81000006", "81000007");
    assertThat(result.get("total").asLong()).isEqualTo(7);
    assertThat(result.get("e1").get("id").asText()).isEqualTo(DOX);
    assertThat(result.get("e2").get("name").asText()).isEqualTo("Cardiotoxicity");

    JsonNode lateEffects = hit(result, "81000004");
    assertThat(lateEffects.get("sharedSentences").asInt()).isEqualTo(2);
    JsonNode best = lateEffects.get("evidence").get(0);
    assertThat(best.get("text").asText())
        .isEqualTo("Dexrazoxane prevented cardiotoxicity of doxorubicin.");
    assertThat(best.get("role").asText()).isEqualTo("RESULTS");
    assertThat(best.get("section").asText()).isEqualTo("abstract");
    assertThat(best.get("index").asInt()).isEqualTo(2);
    // Only the pair's mentions, offsets in the sentence: cardiotoxicity 22-36, doxorubicin 40-51
    // (not dexrazoxane).
    assertThat(best.get("entities").findValuesAsText("id")).containsExactly(CARDIO, DOX);
    assertThat(best.get("entities").get(0).get("start").asInt()).isEqualTo(22);
    assertThat(best.get("entities").get(0).get("end").asInt()).isEqualTo(36);
    assertThat(best.get("entities").get(1).get("start").asInt()).isEqualTo(40);
    assertThat(best.get("entities").get(1).get("end").asInt()).isEqualTo(51);
    assertThat(lateEffects.get("evidence").get(1).get("role").asText()).isEqualTo("BACKGROUND");
    assertThat(lateEffects.get("relations").get(0).asText()).isEqualTo("Negative_Correlation");

    JsonNode title = hit(result, "81000001").get("evidence");
    assertThat(title).hasSize(1);
    assertThat(title.get(0).get("section").asText()).isEqualTo("title");
    assertThat(title.get(0).get("role").isNull()).isTrue();
    assertThat(hit(result, "81000003").get("sharedSentences").asInt()).isEqualTo(2);
    assertThat(hit(result, "81000006").get("sharedSentences").asInt()).isZero();
    assertThat(hit(result, "81000006").get("evidence")).isEmpty();

    JsonNode journals = facet(result, "journal").get("values");
    assertThat(journals.get(0).get("value").asText()).isEqualTo("Cardio-Oncology");
    assertThat(journals.get(0).get("count").asInt()).isEqualTo(6);
    JsonNode relations = facet(result, "relation").get("values");
    assertThat(relations.findValuesAsText("value"))
        .containsExactly("Positive_Correlation", "Negative_Correlation");
    assertThat(relations.findValuesAsText("count")).containsExactly("2", "1");
  }

  @Test
  void entitiesByNameSynonymOrIdentifierFindTheSamePair() throws Exception {
    List<String> expected =
        pmids(
            app.json(
                "/api/pairs?e1="
                    + encode("@CHEMICAL_Doxorubicin")
                    + "&e2="
                    + encode("@DISEASE_Cardiotoxicity"),
                200));
    for (String e1 :
        List.of("@CHEMICAL_adriamycin", "@CHEMICAL_MESH:D004317", "chemical:MESH:D004317")) {
      JsonNode result =
          app.json("/api/pairs?e1=" + encode(e1) + "&e2=" + encode("disease:" + CARDIO), 200);
      assertThat(pmids(result)).as(e1).isEqualTo(expected);
      assertThat(result.get("e1").get("name").asText()).isEqualTo("Doxorubicin");
    }
    // The pair either way round.
    assertThat(
            pmids(
                app.json(
                    "/api/pairs?e1="
                        + encode("@DISEASE_Cardiotoxicity")
                        + "&e2="
                        + encode("@CHEMICAL_Doxorubicin"),
                    200)))
        .isEqualTo(expected);
  }

  @Test
  void relationTypesFilterTheArticles() throws Exception {
    String pair =
        "/api/pairs?e1="
            + encode("@CHEMICAL_Doxorubicin")
            + "&e2="
            + encode("@DISEASE_Cardiotoxicity");
    JsonNode positive = app.json(pair + "&relation=positive_correlation", 200);
    assertThat(pmids(positive)).containsExactly("81000001", "81000002");
    // The relation facet still offers the other type, with the chosen one marked.
    JsonNode values = facet(positive, "relation").get("values");
    assertThat(values.findValuesAsText("value"))
        .containsExactly("Positive_Correlation", "Negative_Correlation");
    assertThat(values.get(0).get("selected").asBoolean()).isTrue();
    assertThat(values.get(1).get("selected").asBoolean()).isFalse();

    assertThat(
            pmids(
                app.json(
                    "/api/pairs?q="
                        + encode("relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity"),
                    200)))
        .containsExactly("81000004", "81000001", "81000002");
    String dexrazoxane =
        "relations:Negative_Correlation|@CHEMICAL_Dexrazoxane|@DISEASE_Cardiotoxicity";
    assertThat(pmids(app.json("/api/pairs?q=" + encode(dexrazoxane), 200)))
        .containsExactly("81000004");
    assertThat(pmids(app.json(pair + "&filter=" + encode("year:2020"), 200)))
        .containsExactly("81000002", "81000003");
    assertThat(
            pmids(
                app.json(
                    pair + "&filter=" + encode("journal:Lancet Oncology") + "&relation=ANY", 200)))
        .containsExactly("81000002");
    JsonNode paged = app.json(pair + "&size=2&page=2", 200);
    assertThat(pmids(paged)).containsExactly("81000002", "81000003");
    assertThat(paged.get("total").asLong()).isEqualTo(7);
    // the page for people says when a page is past the end (7 articles fill 1 page of 10)
    assertThat(app.get(pair.replace("/api/pairs", "/pairs") + "&page=3").body())
        .contains("Page 3 is past the end of the results.", "1 page");
  }

  @Test
  void badPairRequestsAreExplained() throws Exception {
    String cardio = "&e2=" + encode("@DISEASE_Cardiotoxicity");
    assertThat(
            app.json("/api/pairs?e1=" + encode("@CHEMICAL_Doxorubicn") + cardio, 400)
                .get("message")
                .asText())
        .isEqualTo(
            "no chemical named 'Doxorubicn' in the index; did you mean Doxorubicin (MESH:D004317)?");
    assertThat(
            app.json("/api/pairs?e1=" + encode("@CHEMICAL_Zzyzx") + cardio, 400)
                .get("message")
                .asText())
        .isEqualTo("no chemical named 'Zzyzx' in the index");
    assertThat(
            app.json("/api/pairs?e1=" + encode("chemical:MESH:D999999") + cardio, 400)
                .get("message")
                .asText())
        .isEqualTo("no chemical with identifier 'MESH:D999999' in the index");
    JsonNode badType = app.json("/api/pairs?e1=" + encode("@DRUG_Doxorubicin") + cardio, 400);
    assertThat(badType.get("error").asText()).isEqualTo("bad_request");
    assertThat(badType.get("message").asText())
        .startsWith("e1: unknown entity type 'DRUG' in '@DRUG_Doxorubicin'; use one of")
        .contains("@CELLLINE_");
    assertThat(
            app.json("/api/pairs?e1=" + encode("@CHEMICAL_Doxorubicin"), 400)
                .get("message")
                .asText())
        .startsWith("e2 is required");
    assertThat(
            app.json(
                    "/api/pairs?e1="
                        + encode("@CHEMICAL_Doxorubicin")
                        + cardio
                        + "&relation=Friendship",
                    400)
                .get("message")
                .asText())
        .startsWith("relation must be ANY or one of Association, Positive_Correlation");
    assertThat(
            app.json(
                    "/api/pairs?e1="
                        + encode("@CHEMICAL_Doxorubicin")
                        + "&e2="
                        + encode("@CHEMICAL_adriamycin"),
                    400)
                .get("message")
                .asText())
        .contains("the same entity, Doxorubicin (MESH:D004317)");
    assertThat(
            app.json("/api/pairs?q=" + encode("relations:ANY|@CHEMICAL_Doxorubicin"), 400)
                .get("message")
                .asText())
        .startsWith("q must look like relations:ANY|");
    assertThat(
            app.json("/api/pairs?e1=" + encode("@CHEMICAL_Doxorubicin") + cardio + "&size=0", 400)
                .get("message")
                .asText())
        .contains("size must be between 1 and 100");
  }

  @Test
  void autocompleteFindsNamesAndSynonymsOneRowPerIdentifierMostArticlesFirst() throws Exception {
    JsonNode d = app.json("/api/entities/autocomplete?q=d&type=chemical", 200).get("suggestions");
    assertThat(d.findValuesAsText("name"))
        .containsExactly("Doxorubicin", "Dexrazoxane", "Daunorubicin");
    assertThat(d.findValuesAsText("articles")).containsExactly("13", "2", "1");
    assertThat(d.get(0).get("id").asText()).isEqualTo(DOX);
    assertThat(d.get(0).get("type").asText()).isEqualTo("chemical");
    assertThat(d.get(0).get("matched").asText()).isEqualTo("doxorubicin");

    JsonNode synonym = app.json("/api/entities/autocomplete?q=ADRIA", 200).get("suggestions");
    assertThat(synonym).hasSize(1);
    assertThat(synonym.get(0).get("name").asText()).isEqualTo("Doxorubicin");
    assertThat(synonym.get(0).get("matched").asText()).isEqualTo("adriamycin");
    assertThat(synonym.get(0).get("articles").asInt())
        .as("every article of the identifier counts")
        .isEqualTo(13);

    JsonNode gene = app.json("/api/entities/autocomplete?q=her", 200).get("suggestions");
    assertThat(gene.findValuesAsText("id")).containsExactly("NCBIGene:2064");
    assertThat(gene.get(0).get("name").asText()).isEqualTo("ERBB2");
    assertThat(gene.get(0).get("matched").asText()).isEqualTo("her2");
    assertThat(
            app.json("/api/entities/autocomplete?q=d&type=chemical&limit=1", 200)
                .get("suggestions")
                .findValuesAsText("name"))
        .containsExactly("Doxorubicin");

    assertThat(app.json("/api/entities/autocomplete?q=d&type=drug", 400).get("message").asText())
        .isEqualTo(
            "type must be one of disease, chemical, gene, species, variant, cell_line, got 'drug'");
    assertThat(app.json("/api/entities/autocomplete?q=d&limit=51", 400).get("message").asText())
        .isEqualTo("limit must be between 1 and 50, got 51");
    assertThat(app.json("/api/entities/autocomplete?q=%20", 400).get("message").asText())
        .startsWith("q is required");
  }

  @Test
  void relatedEntitiesRankByAssociationNotByCount() throws Exception {
    JsonNode related =
        app.json("/api/related?e=" + encode("@CHEMICAL_Doxorubicin") + "&type=disease", 200);
    assertThat(related.get("entity").get("id").asText()).isEqualTo(DOX);
    assertThat(related.get("articles").asInt()).isEqualTo(13);
    JsonNode rows = related.get("related");
    // Tumours share a sentence with doxorubicin in more articles (6) than cardiotoxicity does (5),
    // but are mentioned in
    // 14 articles against 7: cardiotoxicity is the stronger association. Alopecia shares one
    // sentence only: left out.
    assertThat(rows.findValuesAsText("name")).containsExactly("Cardiotoxicity", "Neoplasms");
    JsonNode cardio = rows.get(0);
    assertThat(cardio.get("sharedArticles").asInt()).isEqualTo(5);
    assertThat(cardio.get("articles").asInt()).isEqualTo(7);
    assertThat(cardio.get("score").asDouble()).isGreaterThan(rows.get(1).get("score").asDouble());
    assertThat(cardio.get("relations").get("Positive_Correlation").asInt()).isEqualTo(2);
    assertThat(cardio.get("relations").get("Negative_Correlation").asInt()).isEqualTo(1);
    assertThat(rows.get(1).get("sharedArticles").asInt()).isEqualTo(6);
    assertThat(rows.get(1).get("articles").asInt()).isEqualTo(14);
    assertThat(rows.get(1).get("relations")).isEmpty();
    String pairSearch = cardio.get("pairSearch").asText();
    assertThat(pairSearch)
        .isEqualTo("/api/pairs?e1=chemical%3AMESH%3AD004317&e2=disease%3AMESH%3AD066126");
    assertThat(pmids(app.json(pairSearch, 200))).hasSize(7);

    assertThat(
            app.json(
                    "/api/related?e=" + encode("@CHEMICAL_Doxorubicin") + "&type=disease&limit=1",
                    200)
                .get("related")
                .findValuesAsText("name"))
        .containsExactly("Cardiotoxicity");
    assertThat(
            app.json("/api/related?e=" + encode("@CHEMICAL_Doxorubicin"), 400)
                .get("message")
                .asText())
        .startsWith("type is required");
    // without either, the entity is asked for first: the route is about it
    assertThat(app.json("/api/related", 400).get("message").asText()).startsWith("e is required");
    assertThat(
            app.json("/api/related?e=" + encode("@CHEMICAL_Doxorubicin") + "&type=organ", 400)
                .get("message")
                .asText())
        .startsWith("type must be one of disease");
    assertThat(app.json("/api/related?type=disease", 400).get("message").asText())
        .startsWith("e is required");
  }

  @Test
  void theArticleListsItsRelationsWithTheEntitiesNames() throws Exception {
    JsonNode relations = app.json("/api/articles/81000004", 200).get("relations");
    assertThat(relations).hasSize(2);
    // Disease before chemical: pairs are kept in entity type order.
    JsonNode first = relations.get(0);
    assertThat(first.get("entity1").get("type").asText()).isEqualTo("disease");
    assertThat(first.get("entity1").get("id").asText()).isEqualTo(CARDIO);
    assertThat(first.get("entity1").get("name").asText()).isEqualTo("Cardiotoxicity");
    assertThat(first.get("entity2").get("name").asText()).isEqualTo("Doxorubicin");
    assertThat(first.get("type").asText()).isEqualTo("Negative_Correlation");
    assertThat(first.get("probability").asDouble()).isEqualTo(0.6);
    assertThat(relations.get(1).get("entity2").get("name").asText()).isEqualTo("Dexrazoxane");
  }

  @Test
  void pagesNameTheEntitiesTheyFilterByAndExplainUnknownOnes() throws Exception {
    // A chip names the entity an identifier filter stands for, and carries the filter for the next
    // query.
    String search = app.get("/search?q=&filter=" + encode("chemical:" + DOX)).body();
    assertThat(search)
        .contains("<span class=\"chip-name\">Doxorubicin</span>")
        .contains("<input type=\"hidden\" name=\"filter\" value=\"chemical:MESH:D004317\">");
    assertThat(app.get("/search?q=&filter=" + encode("chemical:Doxorubicin|" + DOX)).body())
        .contains("<span class=\"chip-name\">Doxorubicin</span>");
    assertThat(app.get("/sentences?entity=" + encode("disease:" + CARDIO)).body())
        .contains("<input type=\"hidden\" name=\"entity\" value=\"disease:MESH:D066126\">")
        .containsPattern(
            "<li class=\"selected\">\\s*<a href=\"/sentences\\?q=\" data-value=\"Cardiotoxicity\\|MESH:D066126\">");

    HttpResponse<String> unknown =
        app.get(
            "/pairs?e1="
                + encode("@CHEMICAL_Doxorubicn")
                + "&e2="
                + encode("@DISEASE_Cardiotoxicity"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("no chemical named &#39;Doxorubicn&#39; in the index</p>")
        .contains(
            "<a href=\"/pairs?e1=chemical%3AMESH%3AD004317&amp;e2=disease%3AMESH%3AD066126\" title=\"MESH:D004317\">")
        .doesNotContain("Exception");
    HttpResponse<String> markup =
        app.get(
            "/pairs?e1=" + encode("@CHEMICAL_<b>x") + "&e2=" + encode("@DISEASE_Cardiotoxicity"));
    assertThat(markup.body()).doesNotContain("<b>x").contains("value=\"@CHEMICAL_&lt;b&gt;x\"");
    assertThat(
            app.get("/pairs?e1=" + encode("chemical:" + DOX) + "&e2=" + encode("chemical:" + DOX))
                .body())
        .contains("e1 and e2 are the same entity");

    // Without a type, the related page shows a chemical's diseases.
    String related = app.get("/related?e=" + encode("chemical:" + DOX)).body();
    assertThat(related)
        .contains("<option value=\"disease\" selected=\"selected\">Diseases</option>")
        .contains(">Cardiotoxicity</mark>");
    assertThat(app.get("/related?e=" + encode("@CHEMICAL_Doxorubicn")).body())
        .contains("did-you-mean")
        .contains("href=\"/related?e=chemical:MESH:D004317&amp;type=disease\"");
  }
}
