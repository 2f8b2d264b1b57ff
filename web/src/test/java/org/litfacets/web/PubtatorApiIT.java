package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;
import org.litfacets.article.Role;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.web.TaggedArticles.S;

/**
 * PubTator 3.0's routes over a real Solr node, with and without PubTator's /pubtator3-api prefix,
 * on a small corpus about tamoxifen (entities apart from the other tests' corpora, which share the
 * collection).
 */
class PubtatorApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TAMOXIFEN = "MESH:D013629";
  private static final String BREAST_CANCER = "MESH:D001943";
  private static final String HOT_FLASHES = "MESH:D019584";
  private static final Map<String, String[]> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("Tamoxifen", new String[] {"CHEMICAL", TAMOXIFEN, "Tamoxifen"});
    FORMS.put("tamoxifen", new String[] {"CHEMICAL", TAMOXIFEN, "Tamoxifen"});
    FORMS.put("Fulvestrant", new String[] {"CHEMICAL", "MESH:D000077267", "Fulvestrant"});
    FORMS.put("breast cancer", new String[] {"DISEASE", BREAST_CANCER, "Breast Neoplasms"});
    FORMS.put("Breast cancer", new String[] {"DISEASE", BREAST_CANCER, "Breast Neoplasms"});
    FORMS.put("hot flashes", new String[] {"DISEASE", HOT_FLASHES, "Hot Flashes"});
    FORMS.put("Hot flashes", new String[] {"DISEASE", HOT_FLASHES, "Hot Flashes"});
    FORMS.put("ESR1", new String[] {"GENE", "NCBIGene:2099", "ESR1"});
    FORMS.put("women", new String[] {"SPECIES", "NCBITaxon:9606", "human"});
    FORMS.put("MCF-7", new String[] {"CELL_LINE", "CVCL_0031", "MCF-7"});
  }

  private static ServedApp app;

  @BeforeAll
  static void start() {
    SolrConnection solr = TestSolr.connect();
    List<EnrichedArticle> articles = new ArrayList<>();
    articles.add(
        TaggedArticles.article(
            FORMS,
            "82000001",
            2021,
            "Breast Cancer Res",
            "Tamoxifen for breast cancer in women.",
            new S(Role.RESULTS, "Tamoxifen reduced recurrence of breast cancer."),
            new S(Role.METHODS, "ESR1 binds tamoxifen in MCF-7 cells.")));
    articles.add(
        TaggedArticles.article(
            FORMS,
            "82000002",
            2022,
            "Oncology",
            "Fulvestrant after tamoxifen.",
            new S(Role.RESULTS, "Fulvestrant and tamoxifen both slowed breast cancer."),
            new S(Role.BACKGROUND, "Hot flashes were common with tamoxifen."),
            new S(Role.RESULTS, "ESR1 predicted the response to tamoxifen.")));
    articles.add(
        TaggedArticles.article(
            FORMS,
            "82000003",
            2020,
            "Oncology",
            "Hot flashes in women.",
            new S(Role.RESULTS, "Tamoxifen caused hot flashes.")));
    // Both entities, never in one sentence.
    articles.add(
        TaggedArticles.article(
            FORMS,
            "82000004",
            2019,
            "Breast Cancer Res",
            "Breast cancer registry.",
            new S(Role.METHODS, "Tamoxifen use was recorded.")));
    articles
        .get(0)
        .setRelations(
            List.of(
                new EntityRelation(
                    EntityType.CHEMICAL,
                    TAMOXIFEN,
                    EntityType.DISEASE,
                    BREAST_CANCER,
                    "Negative_Correlation",
                    0.9f),
                new EntityRelation(
                    EntityType.CHEMICAL,
                    TAMOXIFEN,
                    EntityType.GENE,
                    "NCBIGene:2099",
                    "Bind",
                    0.7f)));
    articles
        .get(1)
        .setRelations(
            List.of(
                new EntityRelation(
                    EntityType.CHEMICAL,
                    TAMOXIFEN,
                    EntityType.DISEASE,
                    BREAST_CANCER,
                    "Negative_Correlation",
                    0.8f),
                new EntityRelation(
                    EntityType.CHEMICAL,
                    TAMOXIFEN,
                    EntityType.DISEASE,
                    HOT_FLASHES,
                    "Positive_Correlation",
                    0.7f)));
    articles
        .get(2)
        .setRelations(
            List.of(
                new EntityRelation(
                    EntityType.CHEMICAL,
                    TAMOXIFEN,
                    EntityType.DISEASE,
                    HOT_FLASHES,
                    "Positive_Correlation",
                    0.9f)));
    app = ServedApp.serving(solr, articles, Optional.empty());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> pmids(JsonNode search) {
    List<String> pmids = new ArrayList<>();
    search.get("results").forEach(r -> pmids.add(r.get("_id").asText()));
    return pmids;
  }

  @Test
  void exportsPubtatorTextInTheOrderAskedSkippingUnknownPmids() throws Exception {
    for (String prefix : List.of("", "/pubtator3-api")) {
      HttpResponse<String> response =
          app.get(prefix + "/publications/export/pubtator?pmids=82000003,99999998,82000001");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(response.body())
          .startsWith(
              """
          82000003|t|Hot flashes in women.
          82000003|a|Tamoxifen caused hot flashes.
          82000003\t0\t11\tHot flashes\tDisease\tMESH:D019584
          82000003\t15\t20\twomen\tSpecies\t9606
          82000003\t22\t31\tTamoxifen\tChemical\tMESH:D013629
          82000003\t39\t50\thot flashes\tDisease\tMESH:D019584
          82000003\tPositive_Correlation\tMESH:D019584\tMESH:D013629

          82000001|t|Tamoxifen for breast cancer in women.
          """)
          .contains("82000001\t38\t47\tTamoxifen\tChemical\tMESH:D013629\n")
          .contains("82000001\tBind\tMESH:D013629\t2099\n")
          .doesNotContain("99999998");
    }
  }

  @Test
  void exportsBiocJsonWithDocumentOffsetsAndRelations() throws Exception {
    JsonNode doc =
        app.json("/pubtator3-api/publications/export/biocjson?pmids=82000003", 200)
            .get("PubTator3")
            .get(0);
    assertThat(doc.get("_id").asText()).isEqualTo("82000003|None");
    assertThat(doc.get("pmid").asLong()).isEqualTo(82000003L);
    assertThat(doc.get("journal").asText()).isEqualTo("Oncology");
    JsonNode abstractPassage = doc.get("passages").get(1);
    assertThat(abstractPassage.get("infons").get("type").asText()).isEqualTo("abstract");
    assertThat(abstractPassage.get("offset").asInt()).isEqualTo(22);
    JsonNode tamoxifen = abstractPassage.get("annotations").get(0);
    assertThat(tamoxifen.get("infons").get("identifier").asText()).isEqualTo(TAMOXIFEN);
    assertThat(tamoxifen.get("infons").get("accession").asText()).isEqualTo("@CHEMICAL_Tamoxifen");
    assertThat(tamoxifen.get("locations").get(0).get("offset").asInt()).isEqualTo(22);
    assertThat(tamoxifen.get("locations").get(0).get("length").asInt()).isEqualTo(9);
    assertThat(doc.get("passages").get(0).get("annotations").findValuesAsText("text"))
        .containsExactly("Hot flashes", "women");
    assertThat(doc.get("relations").get(0).get("infons").get("type").asText())
        .isEqualTo("Positive_Correlation");
    assertThat(doc.get("relations_display").get(0).get("name").asText())
        .isEqualTo("cause|@DISEASE_Hot_Flashes|@CHEMICAL_Tamoxifen");
    assertThat(app.json("/publications/export/biocjson?pmids=99999998", 200).get("PubTator3"))
        .isEmpty();
  }

  @Test
  void exportsWithoutPmidsAreRefusedInJson() throws Exception {
    JsonNode none = app.json("/publications/export/pubtator", 400);
    assertThat(none.get("error").asText()).isEqualTo("bad_request");
    assertThat(none.get("message").asText()).startsWith("pmids is required");
    assertThat(
            app.json("/pubtator3-api/publications/export/biocjson?pmids=" + encode(" , "), 400)
                .get("message")
                .asText())
        .startsWith("pmids names no PMID");
    assertThat(
            app.json("/publications/export/pubtator?pmids=82000001,PMC123", 400)
                .get("message")
                .asText())
        .isEqualTo("pmids: 'PMC123' is not a PMID (a number of up to 9 digits)");
  }

  @Test
  void autocompleteAnswersInPubtatorsShape() throws Exception {
    JsonNode chemical = app.json("/entity/autocomplete/?query=tamo&concept=CHEMICAL", 200);
    assertThat(chemical).hasSize(1);
    assertThat(chemical.get(0).get("_id").asText()).isEqualTo("@CHEMICAL_Tamoxifen");
    assertThat(chemical.get(0).get("biotype").asText()).isEqualTo("chemical");
    assertThat(chemical.get(0).get("db_id").asText()).isEqualTo("D013629");
    assertThat(chemical.get(0).get("db").asText()).isEqualTo("ncbi_mesh");
    assertThat(chemical.get(0).get("match").asText()).isEqualTo("Matched on name <m>Tamoxifen</m>");
    JsonNode synonym =
        app.json(
            "/pubtator3-api/entity/autocomplete/?query=breast%20can&concept=disease&limit=5", 200);
    assertThat(synonym.get(0).get("_id").asText()).isEqualTo("@DISEASE_Breast_Neoplasms");
    assertThat(synonym.get(0).get("match").asText())
        .isEqualTo("Matched on synonyms <m>breast cancer</m>");
    // Every reference autocomplete gives finds its entity again.
    assertThat(
            pmids(
                app.json(
                    "/pubtator3-api/search/?text=" + encode(synonym.get(0).get("_id").asText()),
                    200)))
        .containsExactly("82000002", "82000001", "82000004");
    assertThat(
            app.json("/entity/autocomplete/?query=tamo&concept=drug", 400).get("message").asText())
        .startsWith("concept must be one of");
    assertThat(app.json("/entity/autocomplete/", 400).get("message").asText())
        .startsWith("query is required");
  }

  @Test
  void searchReadsEntityReferencesRelationsAndFreeText() throws Exception {
    JsonNode entity = app.json("/pubtator3-api/search/?text=" + encode("@CHEMICAL_Tamoxifen"), 200);
    // No words to rank by: newest first.
    assertThat(pmids(entity)).containsExactly("82000002", "82000001", "82000003", "82000004");
    assertThat(entity.get("count").asInt()).isEqualTo(4);
    assertThat(entity.get("total_pages").asInt()).isEqualTo(1);
    assertThat(entity.get("current").asInt()).isEqualTo(1);
    assertThat(entity.get("page_size").asInt()).isEqualTo(10);
    JsonNode first = entity.get("results").get(0);
    assertThat(first.get("pmid").asLong()).isEqualTo(82000002L);
    assertThat(first.get("title").asText()).isEqualTo("Fulvestrant after tamoxifen.");
    assertThat(first.get("journal").asText()).isEqualTo("Oncology");
    assertThat(first.get("date").asText()).isEqualTo("2022-01-01T00:00:00Z");
    assertThat(first.get("authors")).isEmpty();
    assertThat(entity.get("facets").get("journal").get("Oncology").asInt()).isEqualTo(2);

    assertThat(
            pmids(
                app.json(
                    "/pubtator3-api/search/?text="
                        + encode("@CHEMICAL_Tamoxifen AND @DISEASE_Hot_Flashes"),
                    200)))
        .containsExactly("82000002", "82000003");
    JsonNode words = app.json("/pubtator3-api/search/?text=" + encode("fulvestrant"), 200);
    assertThat(pmids(words)).containsExactly("82000002");
    assertThat(words.get("results").get(0).get("text_hl").asText()).contains("<m>Fulvestrant</m>");

    // Title (4) and RESULTS (3) sentences outrank one RESULTS sentence; the co-occurrence-only
    // article has no relation.
    JsonNode treat =
        app.json(
            "/pubtator3-api/search/?text="
                + encode("relations:treat|@CHEMICAL_Tamoxifen|@DISEASE_Breast_Neoplasms"),
            200);
    assertThat(pmids(treat)).containsExactly("82000001", "82000002");
    assertThat(treat.get("results").get(0).get("text_hl").asText())
        .isEqualTo("<m>Tamoxifen</m> for <m>breast cancer</m> in women.");
    assertThat(treat.get("results").get(0).has("authors")).isFalse();
    assertThat(
            pmids(
                app.json(
                    "/pubtator3-api/search/?text="
                        + encode("relations:ANY|@DISEASE_Hot_Flashes|@CHEMICAL_Tamoxifen"),
                    200)))
        .containsExactly("82000003", "82000002");

    JsonNode secondPage =
        app.json("/pubtator3-api/search/?text=" + encode("@CHEMICAL_Tamoxifen") + "&page=2", 200);
    assertThat(secondPage.get("results")).isEmpty();
    assertThat(secondPage.get("current").asInt()).isEqualTo(2);
  }

  @Test
  void badSearchesAreExplainedInJson() throws Exception {
    assertThat(app.json("/pubtator3-api/search/", 400).get("message").asText())
        .startsWith("text is required");
    assertThat(
            app.json(
                    "/pubtator3-api/search/?text=" + encode("fulvestrant AND @CHEMICAL_Tamoxifn"),
                    400)
                .get("message")
                .asText())
        .as("read by the one query parser, which says where")
        .isEqualTo(
            "line 1, column 17: no chemical named 'Tamoxifn' in the index; did you mean"
                + " Tamoxifen (MESH:D013629)?");
    assertThat(
            app.json(
                    "/pubtator3-api/search/?text="
                        + encode("relations:treat|@GENE_ESR1|@DISEASE_Hot_Flashes"),
                    400)
                .get("message")
                .asText())
        .isEqualTo(
            "text: PubTator's relation type 'treat' does not relate a gene and a " + "disease");
    assertThat(app.json("/pubtator3-api/search/?text=x&page=0", 400).get("message").asText())
        .startsWith("page must be between 1 and");
    assertThat(app.json("/pubtator3-api/nothing-here", 404).get("error").asText())
        .isEqualTo("not_found");
  }

  @Test
  void relationsListTheClassifiersRelationsUnderPubtatorsNames() throws Exception {
    for (String prefix : List.of("", "/pubtator3-api")) {
      JsonNode all = app.json(prefix + "/relations?e1=" + encode("@CHEMICAL_Tamoxifen"), 200);
      // Hot flashes and breast cancer share sentences with tamoxifen in two articles each, hot
      // flashes being the
      // rarer (the stronger association); ESR1 is bound in one.
      assertThat(all.findValuesAsText("target"))
          .containsExactly("@DISEASE_Hot_Flashes", "@DISEASE_Breast_Neoplasms", "@GENE_ESR1");
      assertThat(all.findValuesAsText("type")).containsExactly("cause", "treat", "interact");
      assertThat(all.findValuesAsText("publications")).containsExactly("2", "2", "1");
      assertThat(all.get(0).get("source").asText()).isEqualTo("@CHEMICAL_Tamoxifen");
    }
    assertThat(
            app.json(
                    "/relations?e1=" + encode("@CHEMICAL_Tamoxifen") + "&type=treat&e2=DISEASE",
                    200)
                .findValuesAsText("target"))
        .containsExactly("@DISEASE_Breast_Neoplasms");
    assertThat(
            app.json("/relations?e1=" + encode("@CHEMICAL_Tamoxifen") + "&e2=gene", 200)
                .findValuesAsText("type"))
        .containsExactly("interact");
    assertThat(app.json("/relations?e1=" + encode("chemical:" + TAMOXIFEN) + "&type=INHIBIT", 200))
        .isEmpty();

    assertThat(
            app.json("/relations?e1=" + encode("@CHEMICAL_Tamoxifen") + "&type=heal", 400)
                .get("message")
                .asText())
        .startsWith("type must be one of treat, cause");
    assertThat(
            app.json(
                    "/relations?e1="
                        + encode("@CHEMICAL_Tamoxifen")
                        + "&e2="
                        + encode("@GENE_ESR1"),
                    400)
                .get("message")
                .asText())
        .startsWith("e2 is the type of the related entities");
    assertThat(app.json("/relations?e2=DISEASE", 400).get("message").asText())
        .startsWith("e1 is required");
  }
}
