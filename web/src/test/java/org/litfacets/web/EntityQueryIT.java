package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * PubTator's entity syntax in the one query language, over a real Solr node:
 * {@code @CHEMICAL_Budesonide} by name, synonym or identifier, mixed with words and operators, and
 * {@code relations:TYPE|@A|@B}, in every search box that reads the language.
 */
class EntityQueryIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUDESONIDE = "MESH:D019819";
  private static final String ASTHMA = "MESH:D001249";

  /** Surface forms the fixture's "recogniser" finds: type, identifier, normalised name. */
  private static final Map<String, String[]> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("Budesonide", new String[] {"CHEMICAL", BUDESONIDE, "Budesonide"});
    FORMS.put("budesonide", new String[] {"CHEMICAL", BUDESONIDE, "Budesonide"});
    FORMS.put("Pulmicort", new String[] {"CHEMICAL", BUDESONIDE, "Budesonide"});
    FORMS.put("Fluticasone", new String[] {"CHEMICAL", "MESH:D000068298", "Fluticasone"});
    FORMS.put("asthma", new String[] {"DISEASE", ASTHMA, "Asthma"});
    FORMS.put("Asthma", new String[] {"DISEASE", ASTHMA, "Asthma"});
    FORMS.put("TP53", new String[] {"GENE", "NCBIGene:7157", "TP53"});
  }

  private static ServedApp app;

  @BeforeAll
  static void start() {
    SolrConnection solr = TestSolr.connect();
    List<EnrichedArticle> articles =
        List.of(
            article(
                "83000001",
                "Budesonide in childhood asthma.",
                new S(Role.RESULTS, "Budesonide reduced wheezing in children.")),
            article(
                "83000002",
                "Inhaled steroids for adults.",
                new S(Role.METHODS, "Adults with asthma received Pulmicort."),
                new S(Role.RESULTS, "Lung function improved.")),
            article(
                "83000003",
                "Fluticasone versus budesonide.",
                new S(Role.RESULTS, "Both steroids were equivalent in asthma.")),
            article(
                "83000004",
                "Fluticasone and TP53 expression.",
                new S(Role.RESULTS, "Expression rose in airway cells.")),
            article(
                "83000005",
                "Pulmicort pharmacokinetics.",
                new S(Role.METHODS, "Healthy volunteers inhaled the drug.")),
            article(
                "83000006",
                "Asthma and TP53 polymorphisms.",
                new S(Role.RESULTS, "Variants predicted severity.")));
    articles.get(0).setRelations(List.of(treats("Negative_Correlation")));
    articles.get(1).setRelations(List.of(treats("Association")));
    app = ServedApp.serving(solr, articles, Optional.empty());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static EnrichedArticle article(String pmid, String title, S... sentences) {
    return TaggedArticles.article(FORMS, pmid, 2020, "Respiratory Medicine", title, sentences);
  }

  private static EntityRelation treats(String relationType) {
    return new EntityRelation(
        EntityType.CHEMICAL, BUDESONIDE, EntityType.DISEASE, ASTHMA, relationType, 0.9f);
  }

  /** The PMIDs /api/search finds for a query. */
  private static List<String> search(String query) throws Exception {
    JsonNode result = app.json("/api/search?size=50&q=" + encode(query), 200);
    List<String> pmids = new ArrayList<>();
    result.get("hits").forEach(h -> pmids.add(h.get("pmid").asText()));
    assertThat(result.get("total").asLong()).isEqualTo(pmids.size());
    return pmids;
  }

  @Test
  void anEntityFindsEveryArticleMentioningItWhateverItIsCalled() throws Exception {
    // 83000002 and 83000005 call it Pulmicort only.
    List<String> budesonide = List.of("83000001", "83000002", "83000003", "83000005");
    assertThat(search("@CHEMICAL_Budesonide")).containsExactlyInAnyOrderElementsOf(budesonide);
    assertThat(search("@CHEMICAL_Pulmicort")).containsExactlyInAnyOrderElementsOf(budesonide);
    assertThat(search("@chemical_budesonide")).containsExactlyInAnyOrderElementsOf(budesonide);
    assertThat(search("@CHEMICAL_" + BUDESONIDE)).containsExactlyInAnyOrderElementsOf(budesonide);
  }

  @Test
  void entitiesMixWithWordsAndBooleanOperators() throws Exception {
    assertThat(search("children AND @CHEMICAL_Budesonide")).containsExactly("83000001");
    assertThat(search("@CHEMICAL_Pulmicort NOT asthma")).containsExactly("83000005");
    assertThat(search("@DISEASE_Asthma AND @GENE_TP53")).containsExactly("83000006");
    assertThat(search("(@GENE_TP53 OR @CHEMICAL_Pulmicort) NOT title:budesonide"))
        .containsExactlyInAnyOrder("83000002", "83000004", "83000005", "83000006");
  }

  @Test
  void relationsOfAnyTypeOrOfOneType() throws Exception {
    assertThat(search("relations:ANY|@CHEMICAL_Budesonide|@DISEASE_Asthma"))
        .containsExactlyInAnyOrder("83000001", "83000002");
    // Either way round, by synonym or identifier: relations are stored both ways round.
    assertThat(search("relations:ANY|@DISEASE_" + ASTHMA + "|@CHEMICAL_Pulmicort"))
        .containsExactlyInAnyOrder("83000001", "83000002");
    assertThat(search("relations:Negative_Correlation|@CHEMICAL_Budesonide|@DISEASE_Asthma"))
        .containsExactly("83000001");
    assertThat(search("relations:association|@DISEASE_Asthma|@CHEMICAL_Budesonide AND adults"))
        .containsExactly("83000002");
    // 83000003 mentions both, but no relation was stored for it.
    assertThat(search("relations:Bind|@CHEMICAL_Budesonide|@DISEASE_Asthma")).isEmpty();
    JsonNode same =
        app.json(
            "/api/search?q=" + encode("relations:ANY|@CHEMICAL_Budesonide|@CHEMICAL_Pulmicort"),
            400);
    assertThat(same.get("message").asText())
        .contains("a relation needs two different entities", "Budesonide (" + BUDESONIDE + ")");
  }

  @Test
  void anUnknownEntityIsRefusedWithTheClosestNames() throws Exception {
    JsonNode error = app.json("/api/search?q=" + encode("asthma AND @CHEMICAL_Budesonid"), 400);
    assertThat(error.get("error").asText()).isEqualTo("invalid_query");
    assertThat(error.get("message").asText())
        .isEqualTo(
            "line 1, column 12: no chemical named 'Budesonid' in the index; did you mean"
                + " Budesonide ("
                + BUDESONIDE
                + ")?");
    assertThat(error.get("column").asInt()).isEqualTo(12);
    assertThat(error.get("suggestions").get(0).asText()).isEqualTo("@CHEMICAL_Budesonide");

    JsonNode relation =
        app.json(
            "/api/sentences?q=" + encode("relations:ANY|@CHEMICAL_Budesonide|@DISEASE_Astma"), 400);
    assertThat(relation.get("message").asText())
        .startsWith(
            "line 1, column 36: no disease named 'Astma' in the index; did you mean Asthma");
    assertThat(relation.get("suggestions").get(0).asText()).isEqualTo("@DISEASE_Asthma");

    JsonNode type = app.json("/api/search?q=" + encode("asthma OR @DRUG_Budesonide"), 400);
    assertThat(type.get("line").asInt()).isEqualTo(1);
    assertThat(type.get("column").asInt()).isEqualTo(12);
    assertThat(type.get("message").asText()).contains("expected an entity type", "'DRUG'");

    // A page says so, and offers the search again with the closest name in its place.
    HttpResponse<String> page =
        app.get(
            "/sentences?q="
                + encode("relations:ANY|@CHEMICAL_Budesonid|@DISEASE_Asthma")
                + "&size=5");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body())
        .contains(
            "no chemical named &#39;Budesonid&#39;",
            "href=\"/sentences?q="
                + encode("relations:ANY|@CHEMICAL_Budesonide|@DISEASE_Asthma")
                + "&amp;size=5\"");
  }

  @Test
  void sentenceSearchFindsTheSentencesThatMentionTheEntity() throws Exception {
    JsonNode result = app.json("/api/sentences?size=50&q=" + encode("@CHEMICAL_Budesonide"), 200);
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "83000001-s0", "83000001-s1", "83000002-s1", "83000003-s0", "83000005-s0");
  }

  @Test
  void theBooleanBuilderShowsWhatEachEntityResolvedTo() throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("history")
        .add("@CHEMICAL_Pulmicort")
        .add("#1 AND relations:ANY|@CHEMICAL_Budesonide|@DISEASE_asthma")
        .add("#2 OR @GENE_TP35");
    HttpResponse<String> r = app.post("/api/boolean/translate", JSON.writeValueAsString(body));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode lines = JSON.readTree(r.body()).get("lines");
    JsonNode first = lines.get(0);
    assertThat(first.get("pubmed").asText()).isEqualTo("@CHEMICAL_" + BUDESONIDE);
    assertThat(first.get("ovid").asText()).isEqualTo("@CHEMICAL_" + BUDESONIDE);
    JsonNode entity = first.get("details").get("entities").get(0);
    assertThat(entity.get("written").asText()).isEqualTo("@CHEMICAL_Pulmicort");
    assertThat(entity.get("type").asText()).isEqualTo("chemical");
    assertThat(entity.get("id").asText()).isEqualTo(BUDESONIDE);
    assertThat(entity.get("name").asText()).isEqualTo("Budesonide");
    JsonNode relation = lines.get(1).get("details").get("relations").get(0);
    assertThat(relation.get("relationType").asText()).isEqualTo("ANY");
    assertThat(relation.get("second").get("id").asText()).isEqualTo(ASTHMA);
    assertThat(lines.get(1).get("pubmed").asText())
        .isEqualTo("#1 AND relations:ANY|@CHEMICAL_" + BUDESONIDE + "|@DISEASE_" + ASTHMA);
    JsonNode error = lines.get(2).get("error");
    assertThat(error.get("message").asText()).startsWith("no gene named 'TP35'");
    assertThat(error.get("column").asInt()).isEqualTo(7);
    assertThat(error.get("suggestions").get(0).asText()).isEqualTo("@GENE_TP53");
  }

  @Test
  void theSearchPageShowsWhatEachEntityResolvedTo() throws Exception {
    String query = "@CHEMICAL_Pulmicort AND relations:ANY|@CHEMICAL_Budesonide|@DISEASE_asthma";
    List<String> resolved = new ArrayList<>();
    app.json("/api/search?q=" + encode(query), 200)
        .get("entities")
        .forEach(e -> resolved.add(e.get("written").asText() + " " + e.get("id").asText()));
    assertThat(resolved)
        .containsExactly(
            "@CHEMICAL_Pulmicort " + BUDESONIDE,
            "@CHEMICAL_Budesonide " + BUDESONIDE,
            "@DISEASE_asthma " + ASTHMA);

    // Server-rendered, so it shows without JavaScript.
    HttpResponse<String> page = app.get("/search?q=" + encode(query));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(queryEntities(page.body()))
        .isEqualTo(
            "Entities, each searched by its identifier (every synonym): "
                + "@CHEMICAL_Pulmicort → Chemical Budesonide ("
                + BUDESONIDE
                + ") @CHEMICAL_Budesonide → Chemical Budesonide ("
                + BUDESONIDE
                + ") @DISEASE_asthma → Disease Asthma ("
                + ASTHMA
                + ")");
    assertThat(app.get("/search?q=" + encode("asthma AND steroids")).body())
        .doesNotContain("data-test=\"query-entities\"");
  }

  /** The text of the search page's list of resolved entities, tags left out. */
  private static String queryEntities(String html) {
    Matcher m =
        Pattern.compile(
                "(?s)<div class=\"query-entities\" data-test=\"query-entities\">(.*?)</div>")
            .matcher(html);
    assertThat(m.find()).as("the list of resolved entities").isTrue();
    return m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
  }

  @Test
  void eutilitiesSearchEntitiesToo() throws Exception {
    JsonNode result =
        app.json(
                "/eutils/esearch.fcgi?db=pubmed&retmode=json&term="
                    + encode("relations:ANY|@CHEMICAL_Pulmicort|@DISEASE_Asthma"),
                200)
            .get("esearchresult");
    assertThat(result.get("count").asText()).isEqualTo("2");
    List<String> ids = new ArrayList<>();
    result.get("idlist").forEach(id -> ids.add(id.asText()));
    assertThat(ids).containsExactlyInAnyOrder("83000001", "83000002");
  }
}
