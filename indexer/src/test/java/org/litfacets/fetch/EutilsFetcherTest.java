package org.litfacets.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.indexing.Indexer;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;

/**
 * The query fetch against a stand-in E-utilities server holding {@value #RECORDS} records: paging
 * through the history server, resuming, NCBI's rate limit (timed where the requests arrive), and
 * retries.
 */
class EutilsFetcherTest {
  private static final int RECORDS = 1_234;

  @TempDir Path dir;
  private HttpServer server;
  private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
  private final List<Map<String, String>> requests =
      Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger tooManyRequests = new AtomicInteger();
  private final AtomicInteger failEfetchAt = new AtomicInteger(-1);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/eutils/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private EutilsFetcher fetcher(Duration interval) {
    return new EutilsFetcher(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eutils"),
        Optional.of("KEY"),
        HttpClient.newHttpClient(),
        new RequestPacer(interval),
        Duration.ofMillis(50));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      arrivals.add(System.nanoTime());
      Map<String, String> q = params(exchange.getRequestURI().getRawQuery());
      String path = exchange.getRequestURI().getPath();
      q.put("path", path);
      requests.add(q);
      if (tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        byte[] body = "{\"error\":\"API rate limit exceeded\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(429, body.length);
        exchange.getResponseBody().write(body);
        return;
      }
      String body;
      if (path.endsWith("/esearch.fcgi")) {
        body =
            "<eSearchResult><Count>"
                + RECORDS
                + "</Count><RetMax>0</RetMax><QueryKey>1</QueryKey>"
                + "<WebEnv>MCID_test</WebEnv></eSearchResult>";
      } else if (path.endsWith("/efetch.fcgi") && q.get("WebEnv").equals("MCID_test")) {
        int from = Integer.parseInt(q.get("retstart"));
        if (from == failEfetchAt.get()) {
          exchange.sendResponseHeaders(400, -1);
          return;
        }
        int to = Math.min(RECORDS, from + Integer.parseInt(q.get("retmax")));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n");
        for (int i = from; i < to; i++) {
          xml.append(article(i));
        }
        body = xml.append("</PubmedArticleSet>\n").toString();
      } else {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static String article(int i) {
    return "<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">"
        + (10_000_000 + i)
        + "</PMID><Article><ArticleTitle>Record "
        + i
        + ".</ArticleTitle><Abstract><AbstractText>Abstract of record "
        + i
        + ".</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n";
  }

  private static Map<String, String> params(String raw) {
    Map<String, String> out = new HashMap<>();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    return out;
  }

  private List<Map<String, String>> efetches() {
    synchronized (requests) {
      return requests.stream().filter(r -> r.get("path").endsWith("/efetch.fcgi")).toList();
    }
  }

  private static List<String> pmidsIn(Path folder) throws IOException {
    List<String> pmids = new ArrayList<>();
    for (Path file : Indexer.inputFiles(List.of(folder))) {
      try (PubmedXmlReader reader = PubmedXmlReader.open(file)) {
        for (PubmedRecord r; (r = reader.next()) != null; ) {
          pmids.add(((PubmedRecord.Citation) r).article().pmid());
        }
      }
    }
    return pmids;
  }

  @Test
  void searchesOnTheHistoryServerThenPagesThroughEveryRecordIntoFilesTheIndexerReads()
      throws Exception {
    EutilsFetcher.Outcome outcome =
        fetcher(Duration.ZERO)
            .fetch("asthma[mh] AND child", Optional.empty(), dir, FetchProgress.NONE);

    assertThat(outcome.matching()).isEqualTo(RECORDS);
    assertThat(outcome.files().count(FetchResult.Status.DOWNLOADED)).isEqualTo(3);
    Map<String, String> search = requests.get(0);
    assertThat(search)
        .containsEntry("term", "asthma[mh] AND child")
        .containsEntry("usehistory", "y")
        .containsEntry("api_key", "KEY");
    assertThat(efetches())
        .extracting(r -> r.get("retstart") + "+" + r.get("retmax"))
        .containsExactly("0+500", "500+500", "1000+234");
    assertThat(efetches()).allSatisfy(r -> assertThat(r).containsEntry("query_key", "1"));
    List<String> pmids = pmidsIn(dir);
    assertThat(pmids).hasSize(RECORDS).doesNotHaveDuplicates();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "pubmed-query-00001.xml",
              "pubmed-query-00002.xml",
              "pubmed-query-00003.xml",
              EutilsFetcher.STATE);
    }
  }

  @Test
  void maxLimitsTheRecordsFetched() throws Exception {
    EutilsFetcher.Outcome outcome =
        fetcher(Duration.ZERO).fetch("asthma", Optional.of(700), dir, FetchProgress.NONE);

    assertThat(outcome.wanted()).isEqualTo(700);
    assertThat(efetches())
        .extracting(r -> r.get("retstart") + "+" + r.get("retmax"))
        .containsExactly("0+500", "500+200");
    assertThat(pmidsIn(dir)).hasSize(700);
  }

  @Test
  void aRunThatFailedHalfwayResumesWithTheMissingBatchesOnly() throws Exception {
    failEfetchAt.set(500);
    EutilsFetcher.Outcome first =
        fetcher(Duration.ZERO).fetch("asthma", Optional.empty(), dir, FetchProgress.NONE);
    assertThat(first.files().count(FetchResult.Status.FAILED)).isEqualTo(1);
    assertThat(first.files().report()).contains("FAILED pubmed-query-00002.xml", "HTTP 400");
    assertThat(Files.exists(dir.resolve("pubmed-query-00002.xml"))).isFalse();
    String frozen = requests.get(0).get("maxdate");

    failEfetchAt.set(-1);
    requests.clear();
    EutilsFetcher.Outcome second =
        fetcher(Duration.ZERO).fetch("asthma", Optional.empty(), dir, FetchProgress.NONE);

    assertThat(second.files().count(FetchResult.Status.ALREADY_PRESENT)).isEqualTo(2);
    assertThat(second.files().count(FetchResult.Status.DOWNLOADED)).isEqualTo(1);
    assertThat(efetches()).extracting(r -> r.get("retstart")).containsExactly("500");
    // The resumed search asks for the records NCBI had when the first run started.
    assertThat(requests.get(0)).containsEntry("maxdate", frozen).containsEntry("datetype", "edat");
    assertThat(pmidsIn(dir)).hasSize(RECORDS).doesNotHaveDuplicates();
  }

  @Test
  void aLastBatchCutShortByMaxIsFetchedAgainWhenMoreAreAskedFor() throws Exception {
    fetcher(Duration.ZERO).fetch("asthma", Optional.of(700), dir, FetchProgress.NONE);
    requests.clear();

    EutilsFetcher.Outcome more =
        fetcher(Duration.ZERO).fetch("asthma", Optional.of(900), dir, FetchProgress.NONE);

    assertThat(more.files().count(FetchResult.Status.ALREADY_PRESENT)).isEqualTo(1);
    assertThat(efetches())
        .extracting(r -> r.get("retstart") + "+" + r.get("retmax"))
        .containsExactly("500+400");
    assertThat(pmidsIn(dir)).hasSize(900).doesNotHaveDuplicates();
  }

  @Test
  void aFolderHoldsOneQuery() throws Exception {
    fetcher(Duration.ZERO).fetch("asthma", Optional.of(10), dir, FetchProgress.NONE);

    assertThatThrownBy(
            () -> fetcher(Duration.ZERO).fetch("eczema", Optional.of(10), dir, FetchProgress.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("another query ('asthma')");
  }

  @Test
  void requestsArriveNoCloserThanTheRateLimitAllows() throws Exception {
    EutilsFetcher withoutKey = fetcher(RequestPacer.forNcbi(false).interval());

    withoutKey.fetch("asthma", Optional.empty(), dir, FetchProgress.NONE);

    assertThat(arrivals).hasSize(4);
    List<Long> times = new ArrayList<>(arrivals);
    for (int i = 1; i < times.size(); i++) {
      // NCBI allows 3 requests per second without a key.
      assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(1_000_000_000L / 3);
    }
    assertThat(withoutKey.requestsPerSecond()).isLessThanOrEqualTo(3.0);
    assertThat(RequestPacer.forNcbi(true).interval()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void aTooManyRequestsAnswerIsRetriedAfterABackOff() throws Exception {
    tooManyRequests.set(2);

    EutilsFetcher.Outcome outcome =
        fetcher(Duration.ZERO).fetch("asthma", Optional.of(10), dir, FetchProgress.NONE);

    assertThat(outcome.files().anyFailed()).isFalse();
    // Two refused searches, the accepted one, then one EFetch.
    assertThat(arrivals).hasSize(4);
    List<Long> times = new ArrayList<>(arrivals);
    assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(50_000_000L);
    assertThat(times.get(2) - times.get(1)).isGreaterThanOrEqualTo(100_000_000L);
    assertThat(pmidsIn(dir)).hasSize(10);
  }

  @Test
  void aSearchNcbiRejectsIsReportedWithItsReason() {
    server.removeContext("/eutils/");
    server.createContext(
        "/eutils/",
        exchange -> {
          try (exchange) {
            byte[] body =
                "<eSearchResult><ERROR>Invalid query</ERROR></eSearchResult>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
        });

    assertThatThrownBy(
            () -> fetcher(Duration.ZERO).fetch("((", Optional.empty(), dir, FetchProgress.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage("PubMed did not accept the query '((': Invalid query");
  }
}
