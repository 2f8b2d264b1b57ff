package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.testing.SharedData;

/**
 * Every fault case of {@code litfacets bench reliability}, run once as a user runs it: bad PubMed
 * XML, hostile requests to the web server, a Solr that never reads (SOLR-17707), Solr stopped
 * mid-run, the indexer killed with kill -9 and re-run (count and PMID checksum), SIGTERM to {@code
 * litfacets solr} (no lock left).
 */
class ReliabilityIT {

  @Test
  void everyFaultCaseLosesNothing(@TempDir Path results) throws Exception {
    String url;
    try (SolrConnection solr = TestSolr.connect()) {
      url = solr.baseUrl();
    }
    CommandRun r =
        CommandRun.of(
            "bench",
            "reliability",
            "--solr-url",
            url,
            "--shared-data",
            SharedData.root().toString(),
            "--results",
            results.toString());

    assertThat(results.resolve("reliability.md"))
        .as("the report; the command said: " + r.err() + r.out())
        .exists();
    String report = Files.readString(results.resolve("reliability.md"));
    assertThat(r.code()).as(report + r.err()).isZero();
    assertThat(report)
        .contains("| bad-pubmed-xml |")
        .contains("| hostile-requests |")
        .contains("| stalled-solr |")
        .contains("| solr-stops-during-indexing |")
        .contains("| indexer-killed |")
        .contains("| solr-command-sigterm |")
        .contains("| demo-command-sigterm |")
        .contains("7 of 7 cases passed; 5xx answers 0, records lost 0")
        .doesNotContain("FAIL");
    assertThat(report).contains("the re-run (exit 0) skipped them").contains("checksum matches");
  }
}
