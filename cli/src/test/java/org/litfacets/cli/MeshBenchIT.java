package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.testing.SharedData;

/**
 * The MeSH benchmark commands' options and errors, on the real CLEF TAR, PubMed XML and PubMedQA
 * data; their figures are RegressionIT's.
 */
class MeshBenchIT {
  @TempDir Path results;

  private JsonNode figures(String benchmark) throws IOException {
    return new ObjectMapper()
        .readTree(results.resolve(benchmark + ".json").toFile())
        .path("figures");
  }

  @Test
  void meshIndexStopsEachCorpusAtTheLimit() throws IOException {
    Path xml = SharedData.require("pubmed-xml-samples");
    Path qa = SharedData.require("pubmedqa").resolve("ori_pqal.json");
    Path mesh = SharedData.require("mesh");

    CommandRun r =
        CommandRun.of(
            "bench",
            "mesh-index",
            xml.toString(),
            qa.toString(),
            "--limit",
            "40",
            "--mesh",
            mesh.toString(),
            "--results",
            results.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode f = figures("mesh-index");
    assertThat(f.get("pubmed-xml-samples.articles").asInt()).isEqualTo(40);
    assertThat(f.get("ori-pqal-json.articles").asInt()).isEqualTo(40);
    assertThat(f.get("all.articles").asInt()).isEqualTo(80);
    assertThat(r.out())
        .as("a limited run has no expected figures")
        .doesNotContainPattern("(?m)^(OK|FAIL) ");
  }

  @Test
  void badInputIsOneLineSayingWhatIsWrong() throws IOException {
    CommandRun feedback =
        CommandRun.of("bench", "mesh-suggest", results.toString(), "--methods", "exact,feedback");
    assertThat(feedback.code()).isEqualTo(1);
    assertThat(feedback.err().strip())
        .isEqualTo(
            "litfacets: method feedback needs articles indexed in Solr and is "
                + "not part of this benchmark; use exact, lexical and semantic");

    Files.writeString(results.resolve("notes.txt"), "not a corpus");
    CommandRun empty = CommandRun.of("bench", "mesh-index", results.toString());
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.err().strip())
        .isEqualTo(
            "litfacets: "
                + results
                + " holds no PubMed XML (.xml, .xml.gz) and no "
                + "PubMedQA ori_pqal.json");

    CommandRun unknownModel =
        CommandRun.of(
            "bench",
            "mesh-index",
            "../indexer/src/test/resources/pubmed/fixture.xml",
            "--neighbours",
            "knn",
            "--article-embedding-model",
            "no-such-model");
    assertThat(unknownModel.code()).isEqualTo(1);
    assertThat(unknownModel.err())
        .as("the article model is the one asked for, checked before Solr starts")
        .startsWith("litfacets: unknown embedding model 'no-such-model'; use one of ");

    CommandRun modelWithoutKnn =
        CommandRun.of(
            "bench",
            "mesh-index",
            "../indexer/src/test/resources/pubmed/fixture.xml",
            "--article-embedding-model",
            "bge-small-en-v15-q");
    assertThat(modelWithoutKnn.code()).isEqualTo(1);
    assertThat(modelWithoutKnn.err().strip())
        .isEqualTo(
            "litfacets: --article-embedding-model and --article-max-tokens go with --neighbours knn");

    CommandRun missingMesh =
        CommandRun.of(
            "bench",
            "mesh-index",
            "../indexer/src/test/resources/pubmed/fixture.xml",
            "--mesh",
            results.resolve("no-such-mesh").toString());
    assertThat(missingMesh.code()).isEqualTo(1);
    assertThat(missingMesh.err()).contains("litfacets: MeSH source").contains("does not exist");

    CommandRun noMesh =
        CommandRun.of(
            "bench",
            "mesh-index",
            "../indexer/src/test/resources/pubmed/fixture.xml",
            "--shared-data",
            results.toString());
    assertThat(noMesh.code()).isEqualTo(1);
    assertThat(noMesh.err())
        .contains("litfacets: this benchmark needs the MeSH vocabulary: give --mesh");
  }
}
