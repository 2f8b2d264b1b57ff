package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine;

/**
 * A user's path for fresh PubMed data: {@code fetch pubmed} from a local server laid out like NLM's
 * (the fetch fixtures of the indexer module), then {@code index} of what was downloaded.
 */
class FetchThenIndexIT {
  private static final Path NLM_FIXTURES =
      Path.of("../indexer/src/test/resources/fetch").toAbsolutePath().normalize();
  private static HttpServer nlm;
  private static SolrConnection solr;

  @BeforeAll
  static void start() throws Exception {
    nlm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    nlm.createContext(
        "/pubmed/",
        exchange -> {
          String path = exchange.getRequestURI().getPath().substring("/pubmed/".length());
          Path file =
              NLM_FIXTURES
                  .resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path)
                  .normalize();
          if (!file.startsWith(NLM_FIXTURES) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] body = Files.readAllBytes(file);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    nlm.start();
    solr = TestSolr.connect();
  }

  @AfterAll
  static void stop() {
    nlm.stop(0);
    solr.close();
  }

  @Test
  void fetchedBaselineFilesAreIndexed() throws Exception {
    Path to = Files.createTempDirectory("pubmed");
    String base = "http://127.0.0.1:" + nlm.getAddress().getPort() + "/pubmed/";
    CommandLine cli = Main.commandLine();
    int fetched =
        cli.execute(
            "fetch",
            "pubmed",
            "--baseline",
            "--files",
            "1",
            "--pubmed-url",
            base,
            "--to",
            to.toString());
    assertThat(fetched).isZero();
    assertThat(to.resolve("pubmed25n0001.xml.gz")).exists();

    int indexed =
        Main.commandLine()
            .execute("index", "--solr-url", solr.baseUrl(), "--enrich", "none", to.toString());
    assertThat(indexed).isZero();
    assertThat(new ArticleStore(solr).get("1000001").orElseThrow().title())
        .isEqualTo("Fixture article 1000001 of file 1.");

    // A second fetch finds the file verified and does not download it again.
    assertThat(
            Main.commandLine()
                .execute(
                    "fetch",
                    "pubmed",
                    "--baseline",
                    "--files",
                    "1",
                    "--pubmed-url",
                    base,
                    "--to",
                    to.toString()))
        .isZero();
  }
}
