package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.testing.SharedData;

/** The MeSH benchmarks as a user runs them, on the real CLEF TAR, PubMed XML and PubMedQA data. */
class MeshBenchIT {
  private static final double MARGIN = 0.015;

  @TempDir
  Path results;




  private JsonNode figures(String benchmark) throws IOException {
    return new ObjectMapper().readTree(results.resolve(benchmark + ".json").toFile()).path("figures");
  }

  private static void assertAtLeast(JsonNode figures, Map<String, Double> expected) {
    expected.forEach((key, value) -> {
      assertThat(figures.has(key)).as(key + " in " + figures).isTrue();
      assertThat(figures.get(key).asDouble()).as(key).isGreaterThanOrEqualTo(value - MARGIN);
    });
  }

  @Test
  void meshSuggestScoresTheFusionOfExactAndLexicalMatchingOnEveryClefSplit() throws IOException {
    Path clef = SharedData.require("clef-tar-mesh-suggestion");
    Path mesh = SharedData.require("mesh");

    CommandRun r = CommandRun.of("bench", "mesh-suggest", clef.toString(), "--methods", "exact,lexical", "--mesh", mesh.toString(),
        "--results", results.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode f = figures("mesh-suggest");
    assertThat(f.get("methods").asText()).isEqualTo("exact,lexical");
    assertThat(f.has("clef-2018-testing.semantic.f1@5")).isFalse();
    // Figures of this run as first measured (exact + lexical only; semantic matching lifts them, see mesh/README.md).
    assertAtLeast(f, Map.of(
        "clef-2017-testing.fusion.f1@5", 0.263, "clef-2017-testing.fusion.r@10", 0.504,
        "clef-2018-testing.fusion.f1@5", 0.204, "clef-2018-testing.fusion.r@10", 0.445,
        "clef-2017-training.fusion.f1@5", 0.256, "clef-2018-training.fusion.f1@5", 0.257));
    assertThat(f.get("clef-2018-testing.fusion.r@10").asDouble())
        .isGreaterThan(f.get("clef-2018-testing.baseline-atm.r@10").asDouble());
    assertThat(Files.readString(results.resolve("mesh-suggest.txt")))
        .contains("CLEF-2017/testing: 67 clauses with gold headings").contains("baseline-metamap")
        .contains("corpus feedback is not measured here");
  }

  @Test
  void meshIndexScoresHiddenHeadingsOfPubmedXmlAndPubmedQa() throws IOException {
    Path xml = SharedData.require("pubmed-xml-samples");
    Path qa = SharedData.require("pubmedqa");
    Path mesh = SharedData.require("mesh");

    CommandRun r = CommandRun.of("bench", "mesh-index", xml.toString(), qa.toString(), "--mesh", mesh.toString(),
        "--results", results.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode f = figures("mesh-index");
    // Every record with an abstract and MeSH: 447 of the XML samples, all 715 PubMedQA records.
    assertThat(f.get("pubmed-xml-samples.articles").asInt()).isEqualTo(447);
    assertThat(f.get("pubmedqa.articles").asInt()).isEqualTo(715);
    assertThat(f.get("all.articles").asInt()).isEqualTo(447 + 715);
    assertAtLeast(f, Map.of(
        "pubmed-xml-samples.f1@5", 0.256, "pubmed-xml-samples.f1@10", 0.311,
        "pubmedqa.f1@5", 0.240, "pubmedqa.f1@10", 0.319, "all.f1@10", 0.316));
  }

  @Test
  void neighboursFromTheIndexImproveArticleSuggestions() throws IOException {
    Path xml = SharedData.require("pubmed-xml-samples");
    Path qa = SharedData.require("pubmedqa");
    Path mesh = SharedData.require("mesh");
    try (org.litfacets.solr.SolrConnection solr = org.litfacets.solr.TestSolr.connect()) {
      CommandRun r = CommandRun.of("bench", "mesh-index", "--neighbours", "bm25", "--solr-url", solr.baseUrl(), xml.toString(), qa.toString(),
          "--mesh", mesh.toString(), "--results", results.toString());

      assertThat(r.code()).as(r.err()).isZero();
      // Text matching alone: F1@5 0.246, F1@10 0.316 on all corpora (the test above).
      assertAtLeast(figures("mesh-index-neighbours-bm25"), Map.of(
          "pubmed-xml-samples.f1@5", 0.345, "pubmed-xml-samples.f1@10", 0.427,
          "pubmedqa.f1@5", 0.334, "pubmedqa.f1@10", 0.437, "all.f1@10", 0.433));
    }
  }

  @Test
  void meshIndexStopsEachCorpusAtTheLimit() throws IOException {
    Path xml = SharedData.require("pubmed-xml-samples");
    Path qa = SharedData.require("pubmedqa").resolve("ori_pqal.json");
    Path mesh = SharedData.require("mesh");

    CommandRun r = CommandRun.of("bench", "mesh-index", xml.toString(), qa.toString(), "--limit", "40", "--mesh", mesh.toString(),
        "--results", results.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode f = figures("mesh-index");
    assertThat(f.get("pubmed-xml-samples.articles").asInt()).isEqualTo(40);
    assertThat(f.get("ori-pqal-json.articles").asInt()).isEqualTo(40);
    assertThat(f.get("all.articles").asInt()).isEqualTo(80);
  }

  @Test
  void badInputIsOneLineSayingWhatIsWrong() throws IOException {
    CommandRun feedback = CommandRun.of("bench", "mesh-suggest", results.toString(), "--methods", "exact,feedback");
    assertThat(feedback.code()).isEqualTo(1);
    assertThat(feedback.err().strip()).isEqualTo("litfacets: method feedback needs articles indexed in Solr and is "
        + "not part of this benchmark; use exact, lexical and semantic");

    Files.writeString(results.resolve("notes.txt"), "not a corpus");
    CommandRun empty = CommandRun.of("bench", "mesh-index", results.toString());
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.err().strip()).isEqualTo("litfacets: " + results + " holds no PubMed XML (.xml, .xml.gz) and no "
        + "PubMedQA ori_pqal.json");

    CommandRun missingMesh = CommandRun.of("bench", "mesh-index", "../indexer/src/test/resources/pubmed/fixture.xml",
        "--mesh", results.resolve("no-such-mesh").toString());
    assertThat(missingMesh.code()).isEqualTo(1);
    assertThat(missingMesh.err()).contains("litfacets: MeSH source").contains("does not exist");

    CommandRun noMesh = CommandRun.of("bench", "mesh-index", "../indexer/src/test/resources/pubmed/fixture.xml",
        "--shared-data", results.toString());
    assertThat(noMesh.code()).isEqualTo(1);
    assertThat(noMesh.err()).contains("litfacets: this benchmark needs the MeSH vocabulary: give --mesh");
  }
}
