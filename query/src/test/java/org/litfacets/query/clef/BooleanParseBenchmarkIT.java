package org.litfacets.query.clef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.testing.SharedData;

/** Every CLEF TAR expert query of the shared data, against MeSH 2024: no fewer parse or resolve than recorded. */
class BooleanParseBenchmarkIT {
  @Test
  void parsesAndResolvesNoFewerQueriesThanRecorded() throws Exception {
    Path clef = SharedData.dir("clef-tar");
    Path meshDir = SharedData.dir("mesh");
    assumeTrue(Files.isDirectory(clef) && Files.isDirectory(meshDir), clef + " or " + meshDir + " absent, skipping");
    BooleanParseBenchmark.Report report = BooleanParseBenchmark.run(clef, MeshVocabulary.load(meshDir));
    System.out.println(report.text());
    Properties expected = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/regression/boolean-parse.properties")) {
      expected.load(in);
    }
    assertThat(report.queries()).isEqualTo(213);
    assertThat(report.parsed()).isGreaterThanOrEqualTo(Integer.parseInt(expected.getProperty("parsed")));
    assertThat(report.resolved()).isGreaterThanOrEqualTo(Integer.parseInt(expected.getProperty("resolved")));
    assertThat(report.failures()).allSatisfy(f -> assertThat(f.reason()).matches("(syntax|MeSH): .+"));
  }
}
