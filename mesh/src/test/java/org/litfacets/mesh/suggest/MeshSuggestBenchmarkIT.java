package org.litfacets.mesh.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.testing.SharedData;

/** Runs the CLEF TAR MeSH-suggestion benchmark on the shared data and guards its figures against regressions. */
class MeshSuggestBenchmarkIT {
  private static final double MARGIN = 0.015;

  @Test
  void fusionKeepsItsScoresAndBeatsTheShippedBaselines() throws IOException {
    Path data = SharedData.dir("clef-tar-mesh-suggestion");
    Path meshDir = SharedData.dir("mesh");
    assumeTrue(Files.isDirectory(data) && Files.isDirectory(meshDir), data + " or " + meshDir + " absent, skipping");
    MeshVocabulary mesh = MeshVocabulary.load(meshDir);
    MeshSuggester suggester = MeshSuggester.builder(mesh)
        .semantic(MiniLm.embedder(), MiniLm.NAME, SharedData.models().resolve("mesh-vectors-" + MiniLm.NAME + ".bin"),
            System.err)
        .build();
    MeshSuggestBenchmark.Result result = new MeshSuggestBenchmark(suggester).run(data);
    System.out.println(result.report());
    Map<String, Double> figures = result.figures();

    Properties expected = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/regression/mesh-suggest.properties")) {
      expected.load(in);
    }
    assertThat(expected).isNotEmpty();
    for (String key : expected.stringPropertyNames()) {
      assertThat(figures).containsKey(key);
      assertThat(figures.get(key)).as(key).isGreaterThanOrEqualTo(Double.parseDouble(expected.getProperty(key)) - MARGIN);
    }
    for (String split : new String[] {"clef-2017-testing", "clef-2018-testing"}) {
      for (String baseline : new String[] {"atm", "metamap", "umls"}) {
        for (String metric : new String[] {"f1@5", "r@10"}) {
          assertThat(figures.get(split + ".fusion." + metric)).as(split + " fusion vs " + baseline + " " + metric)
              .isGreaterThan(figures.get(split + ".baseline-" + baseline + "." + metric));
        }
      }
    }
  }
}
