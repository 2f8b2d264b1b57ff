package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleStore;

/** The commands a user types, run in-process against a real Solr node. */
class CliIT {
  private static final String FIXTURE = "../indexer/src/test/resources/pubmed/fixture.xml.gz";
  private static SolrConnection solr;

  @BeforeAll
  static void start() {
    solr = TestSolr.connect();
  }

  @AfterAll
  static void stop() {
    solr.close();
  }

  @Test
  void indexPrintsASummaryWithTypedReasons() {
    CommandRun r = CommandRun.of("index", "--solr-url", solr.baseUrl(), FIXTURE);
    // The fixture's broken record makes the exit status say that something failed.
    assertThat(r.code()).as(r.err()).isEqualTo(IndexCommand.SOME_FAILED);
    assertThat(r.err())
        .contains("read 5  indexed 1  deleted 2  skipped 2  failed 1")
        .contains("skipped 2: no abstract")
        .contains("failed 1: malformed record, e.g. fixture.xml.gz record 2 PMID 22222222");
    assertThat(new ArticleStore(solr).get("11111111")).isPresent();
  }

  @Test
  void userErrorsAreOneLineAndExitOne() {
    CommandRun missing = CommandRun.of("index", "--solr-url", solr.baseUrl(), "no/such/folder");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().strip())
        .isEqualTo("litfacets: no such file or folder: no/such/folder");

    CommandRun down = CommandRun.of("index", "--solr-url", "http://127.0.0.1:9/solr", FIXTURE);
    assertThat(down.code()).isEqualTo(1);
    assertThat(down.err())
        .contains("litfacets: Solr is unreachable at http://127.0.0.1:9/solr")
        .doesNotContain("Exception");
  }

  @Test
  void benchIndexWritesItsFigures() throws Exception {
    Path results = Files.createTempDirectory("bench-results");
    CommandRun r =
        CommandRun.of(
            "bench",
            "index",
            "--solr-url",
            solr.baseUrl(),
            "--docs",
            "50",
            "--results",
            results.toString(),
            FIXTURE);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("bench index: 3 real records, copied under new PMIDs to 50 documents");
    JsonNode json = new ObjectMapper().readTree(results.resolve("index.json").toFile());
    assertThat(json.get("figures").get("documents").asInt()).isEqualTo(50);
    assertThat(json.get("figures").get("docs_per_second").asDouble()).isPositive();
    // The benchmark has a collection of its own: the user's index is untouched.
    assertThat(new ArticleStore(solr).get("900000049")).isEmpty();
  }
}
