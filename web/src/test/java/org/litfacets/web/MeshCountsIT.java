package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.MeshHeading;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.TestSolr;

/**
 * A heading's article count in the MeSH API is what searching the heading finds, also for records
 * of old MEDLINE files, which name their headings without UIs. A collection of its own: the other
 * classes' articles carry the same headings.
 */
class MeshCountsIT {
  private static ServedApp app;

  @BeforeAll
  static void start() {
    MeshVocabulary mesh =
        MeshVocabulary.load(Path.of("../mesh/src/test/resources/mesh-fixture/desc-fixture.xml"));
    app =
        ServedApp.serving(
            TestSolr.connect("mesh_counts"),
            List.of(
                article(
                    "84000001",
                    new MeshHeading("D003924", "Diabetes Mellitus, Type 2", false, List.of())),
                article(
                    "84000002",
                    new MeshHeading(null, "Diabetes Mellitus, Type 2", false, List.of()))),
            Optional.of(mesh));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static EnrichedArticle article(String pmid, MeshHeading heading) {
    return new EnrichedArticle(
        new Article(
            pmid,
            "Glucose control",
            List.of(new AbstractSection(null, null, "Glycaemic targets.")),
            "Diabetes Care",
            null,
            2006,
            "2006",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(heading),
            null));
  }

  @Test
  void aHeadingsCountIsWhatSearchingItFinds() throws Exception {
    long found =
        app.json(
                "/api/search?mode=lexical&q=" + encode("\"Diabetes Mellitus, Type 2\"[mh:noexp]"),
                200)
            .get("total")
            .asLong();
    assertThat(found).isEqualTo(2);
    assertThat(app.json("/api/mesh/D003924", 200).get("articleCount").asLong()).isEqualTo(found);
    JsonNode parent = app.json("/api/mesh/D003920", 200);
    assertThat(parent.get("children").findValuesAsText("ui")).contains("D003924");
    JsonNode suggested =
        app.postJson(
            "/api/mesh/suggest",
            "{\"keywords\": \"type 2 diabetes mellitus\", \"methods\": [\"exact\"]}",
            200);
    assertThat(suggested.at("/suggestions/0/ui").asText()).isEqualTo("D003924");
    assertThat(suggested.at("/suggestions/0/articleCount").asLong()).isEqualTo(found);
  }
}
