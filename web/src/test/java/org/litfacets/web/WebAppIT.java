package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.article.MeshHeading;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;
import org.litfacets.enrichment.MeshTrees;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.ConfigSet;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;

/** The UI and the JSON API over a real Solr node with a small fixed corpus, through real HTTP. */
class WebAppIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServedApp app;

  @BeforeAll
  static void start() throws Exception {
    SolrConnection solr = TestSolr.connect();
    ArticleStore store = new ArticleStore(solr);
    List<org.apache.solr.common.SolrInputDocument> docs = new ArrayList<>();
    docs.add(
        doc(
            "70000001",
            "Asthma in children: inhaled corticosteroids",
            "Inhaled steroids reduce asthma attacks.",
            2019,
            "Pediatrics",
            "D001249",
            "Asthma"));
    docs.add(
        doc(
            "70000002",
            "Air pollution and lung function",
            "Pollution worsens asthma and COPD symptoms.",
            2020,
            "Thorax",
            "D000397",
            "Air Pollution"));
    docs.add(
        doc(
            "70000003",
            "Statins after myocardial infarction",
            "Statins lower LDL cholesterol.",
            2018,
            "Lancet",
            "D019161",
            "Hydroxymethylglutaryl-CoA Reductase Inhibitors"));
    MeshVocabulary mesh =
        MeshVocabulary.load(Path.of("../mesh/src/test/resources/mesh-fixture/desc-fixture.xml"));
    for (String[] d :
        new String[][] {
          {"70000004", "D003924", "Diabetes Mellitus, Type 2"},
          {"70000005", "D003920", "Diabetes Mellitus"}
        }) {
      EnrichedArticle diabetes =
          new EnrichedArticle(
              new Article(
                  d[0],
                  "Glucose control",
                  List.of(new AbstractSection(null, null, "Glycaemic targets.")),
                  "Diabetes Care",
                  null,
                  2017,
                  "2017",
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(new MeshHeading(d[1], d[2], true, List.of())),
                  null));
      new MeshTrees(mesh).enrich(List.of(diabetes));
      docs.add(ArticleDocuments.toSolr(diabetes));
    }
    EnrichedArticle aspirin =
        new EnrichedArticle(
            new Article(
                "70000006",
                "Aspirin and wheezing",
                List.of(new AbstractSection(null, null, "Aspirin can provoke attacks.")),
                "Allergy",
                null,
                2016,
                "2016",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null));
    // The title is a less certain challenge than the abstract's sentence: sentence search must rank
    // it second.
    aspirin.setSentences(
        List.of(
            new Sentence(
                0,
                20,
                null,
                Set.of(ChallengeLabel.CHALLENGE),
                Map.of(ChallengeLabel.CHALLENGE, 0.3f)),
            new Sentence(
                21,
                49,
                Role.RESULTS,
                Set.of(ChallengeLabel.CHALLENGE),
                Map.of(ChallengeLabel.CHALLENGE, 0.8f))));
    aspirin.setMentions(
        List.of(
            new EntityMention(0, 7, EntityType.CHEMICAL, "MESH:D001241", "Aspirin"),
            new EntityMention(12, 20, EntityType.DISEASE, "MESH:D012135", "Wheezing"),
            new EntityMention(21, 28, EntityType.CHEMICAL, "MESH:D001241", "Aspirin")));
    aspirin.setVector(unit(1.05), "another-model");
    docs.add(ArticleDocuments.toSolr(aspirin));
    store.upsert(docs);
    new Indexer(store, Pipeline.NONE, IndexOptions.DEFAULTS, IndexProgress.NONE)
        .index(List.of(Path.of("../indexer/src/test/resources/pubmed/fixture.xml")));
    app = ServedApp.start(solr, Optional.of(mesh));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static org.apache.solr.common.SolrInputDocument doc(
      String pmid,
      String title,
      String text,
      int year,
      String journal,
      String meshUi,
      String mesh) {
    EnrichedArticle article =
        new EnrichedArticle(
            new Article(
                pmid,
                title,
                List.of(new AbstractSection(null, null, text)),
                journal,
                null,
                year,
                Integer.toString(year),
                List.of("Doe J"),
                List.of("eng"),
                List.of("Journal Article"),
                List.of(),
                List.of(new MeshHeading(meshUi, mesh, true, List.of())),
                null));
    // Vectors pointing at 1, 1.3 and 2.5 radians: 70000002 is nearest to 70000001, then 70000003.
    double angle = Map.of("70000001", 1.0, "70000002", 1.3, "70000003", 2.5).get(pmid);
    article.setVector(unit(angle), "test-model");
    return ArticleDocuments.toSolr(article);
  }

  private static float[] unit(double angle) {
    float[] v = new float[384];
    v[0] = (float) Math.cos(angle);
    v[1] = (float) Math.sin(angle);
    return v;
  }

  private static List<String> pmids(JsonNode result) {
    List<String> pmids = new ArrayList<>();
    result.get("hits").forEach(h -> pmids.add(h.get("pmid").asText()));
    return pmids;
  }

  @Test
  void searchRanksTitleMatchesFirstAndHighlights() throws Exception {
    JsonNode result = app.json("/api/search?q=asthma", 200);
    assertThat(result.get("total").asLong()).isEqualTo(3);
    assertThat(pmids(result)).containsExactly("70000001", "11111111", "70000002");
    assertThat(result.get("hits").get(0).get("titleHtml").asText()).contains("<mark>Asthma</mark>");
    assertThat(result.get("hits").get(0).get("pubmedUrl").asText())
        .isEqualTo("https://pubmed.ncbi.nlm.nih.gov/70000001/");
  }

  @Test
  void facetsCountAndFilterTheResults() throws Exception {
    JsonNode all = app.json("/api/search?q=asthma", 200);
    JsonNode year = all.get("facets").get(0);
    assertThat(year.get("field").asText()).isEqualTo("year");
    assertThat(year.get("values").get(0).get("value").asText()).isEqualTo("2020");

    JsonNode filtered = app.json("/api/search?q=asthma&filter=" + encode("year:2019"), 200);
    assertThat(pmids(filtered)).containsExactly("70000001");
    // The year facet still offers the other years (multi-select), with the chosen one marked.
    JsonNode years = filtered.get("facets").get(0).get("values");
    assertThat(years).hasSize(3);
    assertThat(years.findValues("selected").stream().filter(JsonNode::asBoolean).count())
        .isEqualTo(1);

    JsonNode twoYears =
        app.json(
            "/api/search?q=asthma&filter=" + encode("year:2019") + "&filter=" + encode("year:2020"),
            200);
    assertThat(pmids(twoYears)).containsExactlyInAnyOrder("70000001", "70000002");

    JsonNode mesh =
        app.json(
            "/api/search?q=&filter="
                + encode("mesh:Hydroxymethylglutaryl-CoA Reductase Inhibitors"),
            200);
    assertThat(pmids(mesh)).containsExactly("70000003");
  }

  @Test
  void meshHeadingsExplodeToTheirDescendantsOrNot() throws Exception {
    assertThat(
            pmids(app.json("/api/search?q=&filter=" + encode("mesh_exp:Diabetes Mellitus"), 200)))
        .containsExactlyInAnyOrder("70000004", "70000005");
    assertThat(pmids(app.json("/api/search?q=&filter=" + encode("mesh_exp:D003924"), 200)))
        .containsExactly("70000004");
    assertThat(pmids(app.json("/api/search?q=&filter=" + encode("mesh:Diabetes Mellitus"), 200)))
        .containsExactly("70000005");
    assertThat(
            app.json("/api/search?q=&filter=" + encode("mesh_exp:Unheard Of"), 400)
                .get("message")
                .asText())
        .isEqualTo("unknown MeSH heading 'Unheard Of'");
  }

  @Test
  void meshApiShowsHeadingsAndSuggestsTerms() throws Exception {
    JsonNode type2 = app.json("/api/mesh/D003924", 200);
    assertThat(type2.get("name").asText()).isEqualTo("Diabetes Mellitus, Type 2");
    assertThat(type2.get("parents").findValuesAsText("ui")).containsExactly("D003920");
    assertThat(type2.get("articleCount").asInt()).isEqualTo(1);
    assertThat(app.json("/api/mesh/d003924", 200).get("ui").asText()).isEqualTo("D003924");
    assertThat(app.json("/api/mesh/D999999", 404).get("message").asText()).contains("D999999");

    JsonNode complete = app.json("/api/mesh/autocomplete?q=diabetes", 200);
    assertThat(complete.get("suggestions").get(0).get("name").asText())
        .isEqualTo("Diabetes Mellitus");
    assertThat(app.json("/api/mesh/autocomplete?q=", 400).get("message").asText()).contains("q");

    JsonNode suggested =
        app.postJson(
            "/api/mesh/suggest",
            "{\"keywords\": \"diabetes mellitus; retinopathy\", \"methods\": [\"exact\"]}",
            200);
    assertThat(suggested.get("keywords")).hasSize(2);
    assertThat(suggested.get("suggestions").findValuesAsText("ui")).startsWith("D003920");
    assertThat(suggested.get("suggestions").get(0).get("evidence").get(0).get("method").asText())
        .isEqualTo("exact");
    assertThat(
            app.postJson(
                    "/api/mesh/suggest", "{\"keywords\": \"x\", \"methods\": [\"magic\"]}", 400)
                .get("message")
                .asText())
        .contains("unknown method 'magic'");
    assertThat(app.postJson("/api/mesh/suggest", "not json", 400).get("message").asText())
        .contains("must be JSON");
    assertThat(app.get("/mesh").body()).contains("MeSH suggester").contains("value=\"exact\"");
  }

  @Test
  void semanticMeshMatchingWhenHeadingVectorsAreGiven() throws Exception {
    MeshVocabulary mesh =
        MeshVocabulary.load(Path.of("../mesh/src/test/resources/mesh-fixture/desc-fixture.xml"));
    org.litfacets.embedding.Embedder embedder = org.litfacets.embedding.Embedder.withDefaultModel();
    var vectors =
        org.litfacets.mesh.suggest.DescriptorVectors.loadOrCompute(
            mesh,
            embedder::embed,
            embedder.modelName(),
            java.nio.file.Files.createTempDirectory("vectors").resolve("mesh-vectors.bin"),
            System.err);
    Javalin semantic =
        WebApp.create(
                app.solr(),
                Optional.of(mesh),
                Optional.of(
                    new org.litfacets.search.QueryEmbedder(
                        embedder.modelName(), embedder::embedQueries)),
                Optional.of(vectors))
            .start(0);
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + semantic.port() + "/api/mesh/suggest"))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"keywords\": \"high blood sugar\", \"methods\": [\"semantic\"], \"limit\": 3}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode suggestions = JSON.readTree(r.body()).get("suggestions");
      assertThat(suggestions.findValuesAsText("name")).contains("Diabetes Mellitus");
      assertThat(suggestions.get(0).get("evidence").get(0).get("method").asText())
          .isEqualTo("semantic");
    } finally {
      semantic.stop();
    }
    // Without heading vectors the method is refused, saying which ones there are.
    assertThat(
            app.postJson(
                    "/api/mesh/suggest", "{\"keywords\": \"x\", \"methods\": [\"semantic\"]}", 400)
                .get("message")
                .asText())
        .contains("not available here");
  }

  @Test
  void entitiesAreFacetsAndFiltersByNameOrIdentifier() throws Exception {
    JsonNode all = app.json("/api/search?q=aspirin", 200);
    JsonNode chemical = null;
    for (JsonNode f : all.get("facets")) {
      if (f.get("field").asText().equals("chemical")) {
        chemical = f;
      }
    }
    assertThat(chemical.get("values").get(0).get("value").asText())
        .isEqualTo("Aspirin|MESH:D001241");
    assertThat(chemical.get("values").get(0).get("label").asText()).isEqualTo("Aspirin");
    assertThat(pmids(app.json("/api/search?q=&filter=" + encode("chemical:MESH:D001241"), 200)))
        .containsExactly("70000006");
    assertThat(
            pmids(
                app.json("/api/search?q=&filter=" + encode("disease:Wheezing|MESH:D012135"), 200)))
        .containsExactly("70000006");

    JsonNode article = app.json("/api/articles/70000006", 200);
    assertThat(article.get("entities")).hasSize(3);
    assertThat(article.get("sentences").get(1).get("labels").get(0).asText())
        .isEqualTo("challenge");
    String page = app.get("/articles/70000006").body();
    assertThat(page)
        .contains("class=\"entity entity-chemical\"")
        .contains("role-results challenge")
        .contains("data-test=\"entities\"");
  }

  @Test
  void sentencesAreSearchableByKindRoleEntityAndText() throws Exception {
    JsonNode challenges = app.json("/api/sentences?kind=challenge", 200);
    assertThat(challenges.get("total").asLong()).isEqualTo(2);
    JsonNode hit = challenges.get("hits").get(0);
    assertThat(hit.get("id").asText()).as("surest first").isEqualTo("70000006-s1");
    assertThat(hit.get("confidence").get("challenge").asDouble()).isCloseTo(0.8, within(1e-6));
    assertThat(challenges.get("hits").get(1).get("id").asText()).isEqualTo("70000006-s0");
    assertThat(hit.get("text").asText()).isEqualTo("Aspirin can provoke attacks.");
    assertThat(hit.get("before").asText()).isEqualTo("Aspirin and wheezing");
    assertThat(hit.get("role").asText()).isEqualTo("RESULTS");
    assertThat(hit.get("entities").get(0).get("start").asInt()).isZero();
    assertThat(hit.get("entities").get(0).get("end").asInt()).isEqualTo(7);
    assertThat(hit.get("title").asText()).isEqualTo("Aspirin and wheezing");

    JsonNode inResults = app.json("/api/sentences?q=provoke&role=results", 200);
    assertThat(inResults.get("hits").get(0).get("html").asText())
        .isEqualTo("Aspirin can <mark>provoke</mark> attacks.");
    assertThat(app.json("/api/sentences?q=provoke&role=methods", 200).get("total").asLong())
        .isZero();
    // The article search's language: fields other than text are the article's, through the block
    // join.
    assertThat(
            app.json("/api/sentences?q=" + encode("provoke AND allergy[ta]"), 200)
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(
            app.json("/api/sentences?q=" + encode("provoke AND thorax[ta]"), 200)
                .get("total")
                .asLong())
        .isZero();
    // Sentences hold the PMID too: a block join on it was a parent query Solr refused (500).
    assertThat(app.json("/api/sentences?q=" + encode("70000006[pmid]"), 200).get("total").asLong())
        .isEqualTo(2);
    assertThat(
            app.json("/api/sentences?q=" + encode("aspirin NOT 2016[dp]"), 200)
                .get("total")
                .asLong())
        .isZero();
    assertThat(
            app.json("/api/sentences?entity=" + encode("chemical:MESH:D001241"), 200)
                .get("total")
                .asLong())
        .isEqualTo(2);
    // PubTator's form, as the pair and related-entity APIs take it
    assertThat(
            app.json("/api/sentences?entity=" + encode("@CHEMICAL_Aspirin"), 200)
                .get("total")
                .asLong())
        .isEqualTo(2);
    assertThat(
            app.json("/api/sentences?entity=" + encode("@CHEMICAL_Aspirine"), 400)
                .get("message")
                .asText())
        .contains("did you mean Aspirin");
    assertThat(app.json("/api/sentences?kind=problem", 400).get("message").asText())
        .contains("kind must be challenge or direction");
    assertThat(app.json("/api/sentences?entity=year:2020", 400).get("message").asText())
        .contains("entity must be type:identifier");
    String page = app.get("/sentences?kind=challenge").body();
    assertThat(page).contains("stating a challenge").contains("Aspirin can provoke attacks.");
    // Each entity is listed under its sentences and links to the sentences that mention it, as its
    // facet value does:
    // the chemical facet's Aspirin and the two sentences' Aspirin.
    String link =
        "href=\"/sentences?q=&amp;kind=challenge&amp;entity=chemical%3AAspirin%7CMESH%3AD001241\"";
    assertThat(page.split(java.util.regex.Pattern.quote(link), -1)).hasSize(4);
    assertThat(
            app.json("/api/sentences?entity=" + encode("chemical:Aspirin|MESH:D001241"), 200)
                .get("total")
                .asLong())
        .isEqualTo(2);
  }

  @Test
  void semanticSearchFindsArticlesByMeaningWithTheIndexModelOnly() throws Exception {
    assertThat(app.json("/api/search?q=smog&mode=semantic", 400).get("message").asText())
        .contains("semantic search is off");
    assertThat(app.json("/api/search?q=smog&mode=fuzzy", 400).get("message").asText())
        .contains("mode must be hybrid, lexical or semantic");

    org.litfacets.embedding.Embedder embedder = org.litfacets.embedding.Embedder.withDefaultModel();
    Javalin semantic =
        WebApp.create(
                app.solr(),
                Optional.empty(),
                Optional.of(
                    new org.litfacets.search.QueryEmbedder(
                        embedder.modelName(), embedder::embedQueries)),
                Optional.empty())
            .start(0);
    try {
      String url =
          "http://localhost:"
              + semantic.port()
              + "/api/search?mode=semantic&q="
              + encode("breathing problems from smog");
      // So far the index holds only vectors of other models: comparing them would be silent
      // garbage.
      HttpResponse<String> mismatch =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(mismatch.statusCode()).isEqualTo(409);
      assertThat(JSON.readTree(mismatch.body()).get("message").asText())
          .contains("made by test-model, another-model")
          .contains("embeds queries with " + embedder.modelName());

      List<EnrichedArticle> real = new ArrayList<>();
      for (String[] a :
          new String[][] {
            {"70000011", "Particulate air pollution and chronic lung disease"},
            {"70000012", "Statin therapy lowers LDL cholesterol in older adults"}
          }) {
        real.add(
            new EnrichedArticle(
                new Article(
                    a[0],
                    a[1],
                    List.of(new AbstractSection(null, null, a[1] + ".")),
                    "Environmental Health",
                    null,
                    2021,
                    "2021",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null)));
      }
      new org.litfacets.enrichment.Vectors(embedder).enrich(real);
      new ArticleStore(app.solr()).upsert(real.stream().map(ArticleDocuments::toSolr).toList());
      new ArticleStore(app.solr()).commit();

      JsonNode found =
          JSON.readTree(
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(url)).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      assertThat(pmids(found)).containsExactly("70000011", "70000012");
    } finally {
      semantic.stop();
    }
  }

  @Test
  void similarArticlesComeFromVectorsOfTheSameModel() throws Exception {
    JsonNode similar = app.json("/api/articles/70000001/similar", 200);
    // 70000006 is closest of all but was embedded by another model, so it is never compared.
    assertThat(similar.get("similar").findValuesAsText("pmid"))
        .containsExactly("70000002", "70000003");
    assertThat(app.json("/api/articles/11111111/similar", 200).get("similar")).isEmpty();
    assertThat(app.get("/articles/70000001").body())
        .contains("data-test=\"similar\"")
        .contains("Air pollution and lung function");
  }

  @Test
  void badParametersAreExplained() throws Exception {
    assertThat(app.json("/api/search?q=x&size=1000", 400).get("message").asText())
        .contains("size must be between 1 and 100");
    assertThat(app.json("/api/search?q=x&page=abc", 400).get("message").asText())
        .contains("page must be a whole number");
    assertThat(app.json("/api/search?q=x&filter=colour:red", 400).get("message").asText())
        .contains("unknown filter field 'colour'");
    assertThat(app.json("/api/search?q=x&filter=year:recent", 400).get("error").asText())
        .isEqualTo("bad_request");
    assertThat(app.json("/api/search?q=x&sort=random", 400).get("message").asText())
        .contains("relevance, newest, oldest");
  }

  @Test
  void userTextIsNeverReadAsLocalParams() throws Exception {
    // Local params, parameter references, macros and other fields are words like any other: none is
    // in the corpus.
    for (String hostile :
        List.of(
            "\"{!lucene}*:*\"",
            "\"${q}\"",
            "_query_:x",
            "other_collection",
            "title:\"x} OR {!terms f=pmid v=70000001\"")) {
      assertThat(app.json("/api/search?q=" + encode(hostile), 200).get("total").asLong())
          .as(hostile)
          .isZero();
    }
    // Ovid reads $ as truncation, so "$q" is a word starting with a wildcard: an error, not every
    // article.
    assertThat(app.json("/api/search?q=" + encode("\"$q\""), 400).get("message").asText())
        .contains("wildcard");
    // Unquoted, Solr's local-parameter syntax is an error that says so, not a search for nothing.
    assertThat(app.json("/api/search?q=" + encode("{!lucene}*:*"), 400).get("message").asText())
        .contains("local-parameter");
    // A query that does not parse is an error saying where (the edismax search box used to guess).
    JsonNode broken = app.json("/api/search?q=" + encode("asthma AND (children"), 400);
    assertThat(broken.get("error").asText()).isEqualTo("invalid_query");
    assertThat(broken.get("column").asInt()).isEqualTo(21);
  }

  @Test
  void articlesByPmid() throws Exception {
    JsonNode found = app.json("/api/articles/11111111", 200);
    assertThat(found.get("article").get("title").asText())
        .isEqualTo("Inhaled budesonide-formoterol in mild asthma.");
    assertThat(found.get("article").get("sections")).hasSize(3);
    assertThat(app.json("/api/articles/99999999", 404).get("error").asText())
        .isEqualTo("not_found");
    assertThat(app.json("/api/articles/abc", 400).get("message").asText()).contains("PMID");
    assertThat(app.json("/api/nothing-here", 404).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void pagesRenderForPeople() throws Exception {
    HttpResponse<String> search = app.get("/search?q=asthma&filter=" + encode("journal:Thorax"));
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body())
        .contains("Air pollution and lung function")
        .contains("data-facet=\"journal\"")
        .doesNotContain("Statins after");

    HttpResponse<String> article = app.get("/articles/11111111");
    assertThat(article.statusCode()).isEqualTo(200);
    assertThat(article.body())
        .contains("AIMS")
        .contains("To compare regimens.")
        .contains("Budesonide");

    HttpResponse<String> missing = app.get("/articles/99999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("no article with PMID 99999999");
  }

  @Test
  void aPagePastTheEndSaysSoAndLeadsToTheLastOne() throws Exception {
    String search = app.get("/search?q=asthma&page=7").body();
    assertThat(search)
        .contains("data-test=\"past-end\"", "Page 7 is past the end of the results.", "1 page")
        .doesNotContain("No articles match");
    assertThat(app.get("/search?q=asthma").body()).doesNotContain("past-end");
    String sentences = app.get("/sentences?kind=challenge&page=5").body();
    assertThat(sentences).contains("Page 5 is past the end of the results.");
    // one sentence is "sentence"
    assertThat(app.get("/sentences?q=provoke").body()).contains(">sentence</span>");
    // words that match nothing, without a filter: no filter to remove, none to clear
    assertThat(app.get("/sentences?q=zymurgyx").body())
        .contains("No sentences match.", "Check the spelling")
        .doesNotContain("Remove a filter", "Clear all");
    assertThat(app.get("/sentences?q=zymurgyx&kind=challenge").body())
        .contains("Remove a filter", "Clear all");
  }

  @Test
  void longWordsReachSolrWholeAndTooLongTruncationsAreExplained() throws Exception {
    String word = "a".repeat(9000);
    // Entity look-ups went to Solr as GET requests, which Solr's URL limit answered with an HTML
    // 414 (shown inside our message); they are POSTed like the searches.
    assertThat(app.json("/api/entities/autocomplete?q=" + word, 400).get("message").asText())
        .contains("q may have at most 500 characters");
    assertThat(
            app.json("/api/search?q=" + encode("@CHEMICAL_" + word), 400).get("message").asText())
        .contains("no chemical named")
        .doesNotContain("414", "<h1>");
    assertThat(
            app.json("/api/related?type=disease&e=chemical:" + word, 400).get("message").asText())
        .contains("no chemical with identifier")
        .doesNotContain("414");
    // A truncated word of 9,000 characters is more than a Lucene automaton holds: was a 500.
    JsonNode truncated = app.json("/api/search?mode=lexical&q=" + encode(word + "*[tiab]"), 400);
    assertThat(truncated.get("message").asText()).contains("truncated or wildcard word");
  }

  @Test
  void aQuerySolrRefusesIs400WithSolrsReasonNot503() throws Exception {
    // Query vectors shorter than the indexed ones make a KNN query Solr refuses.
    Javalin shortVectors =
        WebApp.create(
                app.solr(),
                Optional.empty(),
                Optional.of(
                    new org.litfacets.search.QueryEmbedder(
                        "test-model", texts -> List.of(new float[] {1, 0}))),
                Optional.empty())
            .start(0);
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://localhost:"
                              + shortVectors.port()
                              + "/api/search?mode=semantic&q=asthma"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.get("error").asText()).isEqualTo("invalid_query");
      assertThat(body.get("message").asText())
          .contains("vector dimension")
          .doesNotContain(app.solr().baseUrl());
    } finally {
      shortVectors.stop();
    }
  }

  @Test
  void solrDownIs503WithAMessage() throws Exception {
    try (ServedApp down =
        ServedApp.start(
            SolrConnection.open("http://127.0.0.1:9/solr", ConfigSet.COLLECTION),
            Optional.empty())) {
      JsonNode body = down.json("/api/search?q=asthma", 503);
      assertThat(body.get("error").asText()).isEqualTo("search_unavailable");
      assertThat(body.get("message").asText()).contains("unreachable");
      assertThat(down.json("/api/mesh/autocomplete?q=asth", 503).get("error").asText())
          .isEqualTo("mesh_unavailable");
    }
  }
}
