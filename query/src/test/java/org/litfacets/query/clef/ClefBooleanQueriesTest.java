package org.litfacets.query.clef;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.clef.ClefBooleanQueries.ClefQuery;

/**
 * On two made-up topic files in the CLEF TAR layout, one gzipped, beside a qrels file that is not a
 * topic.
 */
class ClefBooleanQueriesTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ClefBooleanQueriesTest.class.getResource(name).toURI());
  }

  @Test
  void findsTheQueryBlockOfEveryTopicFilePlainOrGzipped() throws Exception {
    List<ClefQuery> queries = ClefBooleanQueries.find(resource("/clef"));
    assertThat(queries).extracting(ClefQuery::topic).containsExactly("CD000001", "CD000002");
    assertThat(queries).extracting(ClefQuery::set).containsOnly("2099-TAR/training/topics");
    assertThat(queries.get(0).text())
        .isEqualTo(
            """
        exp Heart Failure/
        (cardiac adj2 failure$).ti,ab.
        1 or 2
        limit 3 to english language""");
    assertThat(queries.get(1).text())
        .isEqualTo("\"Asthma\"[mh] OR asthma*[tiab]\n#1 AND \"Disease Progressoin\"[mh]");
  }

  @Test
  void benchmarkCountsParsedAndResolvedQueriesAndSaysWhyOthersFail() throws Exception {
    MeshVocabulary mesh = MeshVocabulary.load(resource("/mesh"));
    BooleanParseBenchmark.Report report = BooleanParseBenchmark.run(resource("/clef"), mesh);
    assertThat(report.queries()).isEqualTo(2);
    assertThat(report.parsed()).isEqualTo(2);
    assertThat(report.resolved()).isEqualTo(1);
    assertThat(report.headings()).isEqualTo(3);
    assertThat(report.failures())
        .containsExactly(
            new BooleanParseBenchmark.Failure(
                "CD000002",
                List.of("2099-TAR/training/topics"),
                2,
                "MeSH: unknown MeSH heading 'Disease Progressoin' (closest: Disease Progression)"));
    assertThat(report.text())
        .contains(
            "parse:                       2 / 2 (100.0%)",
            "every MeSH heading resolved: 1 / 2 (50.0%)");
  }
}
