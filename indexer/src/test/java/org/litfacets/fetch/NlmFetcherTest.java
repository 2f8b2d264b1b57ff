package org.litfacets.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlmFetcherTest {

  private static final String BASELINE = "/pubmed/baseline/";
  private static final String FILE1 = "pubmed25n0001.xml.gz";
  private static final String FILE2 = "pubmed25n0002.xml.gz";
  private static final byte[] CONTENT1 = FixtureServer.resource("baseline/" + FILE1);

  @TempDir Path dir;
  private FixtureServer server;
  private NlmFetcher fetcher;

  @BeforeEach
  void serveFixtures() throws IOException {
    server = FixtureServer.start();
    server.putResource(BASELINE, "baseline/index.html");
    for (String name : List.of(FILE1, FILE1 + ".md5", FILE2, FILE2 + ".md5")) {
      server.putResource(BASELINE + name, "baseline/" + name);
    }
    server.putResource("/mesh/desc2025.xml", "mesh/desc2025.xml");
    fetcher = new NlmFetcher(new NlmLocations(server.uri("/pubmed"), server.uri("/mesh")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchReport fetch(String files) throws FetchException {
    return fetcher.fetchPubmed(
        PubmedSet.BASELINE, FileSelection.parse(files), dir, FetchProgress.NONE);
  }

  private FetchResult fetchOne(String files) throws FetchException {
    List<FetchResult> results = fetch(files).results();
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  @Test
  void downloadsVerifiesAndRecordsTheChecksum() throws Exception {
    FetchResult result = fetchOne("1");

    assertThat(result.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(result.detail()).isEqualTo("md5 verified");
    assertThat(result.file()).isEqualTo(dir.resolve(FILE1));
    assertThat(result.bytes()).isEqualTo(CONTENT1.length);
    assertThat(Files.readAllBytes(dir.resolve(FILE1))).isEqualTo(CONTENT1);
    assertThat(Files.readString(dir.resolve(FILE1 + ".md5")))
        .isEqualTo(
            new String(
                FixtureServer.resource("baseline/" + FILE1 + ".md5"), StandardCharsets.US_ASCII));
    assertThat(dir.resolve(FILE1 + ".part")).doesNotExist();
  }

  @Test
  void skipsAFileAlreadyDownloadedAndVerified() throws Exception {
    fetchOne("1");

    FetchResult again = fetchOne("1");

    assertThat(again.status()).isEqualTo(FetchResult.Status.ALREADY_PRESENT);
    assertThat(server.count("GET " + BASELINE + FILE1 + " ")).isZero();
    assertThat(server.requests()).filteredOn(r -> r.equals("GET " + BASELINE + FILE1)).hasSize(1);
  }

  @Test
  void recomputesTheChecksumOfAFileWithoutSidecarInsteadOfDownloadingItAgain() throws Exception {
    Files.write(dir.resolve(FILE1), CONTENT1);

    FetchResult result = fetchOne("1");

    assertThat(result.status()).isEqualTo(FetchResult.Status.ALREADY_PRESENT);
    assertThat(server.requests()).doesNotContain("GET " + BASELINE + FILE1);
    assertThat(dir.resolve(FILE1 + ".md5")).exists();
  }

  @Test
  void replacesALocalFileWhoseChecksumDiffersFromNlms() throws Exception {
    Files.writeString(dir.resolve(FILE1), "an older release");

    FetchResult result = fetchOne("1");

    assertThat(result.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(Files.readAllBytes(dir.resolve(FILE1))).isEqualTo(CONTENT1);
  }

  @Test
  void resumesATruncatedPartFileWithARangeRequest() throws Exception {
    Files.write(dir.resolve(FILE1 + ".part"), Arrays.copyOf(CONTENT1, 300));

    FetchResult result = fetchOne("1");

    assertThat(result.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(server.requests()).contains("GET " + BASELINE + FILE1 + " Range:bytes=300-");
    assertThat(Files.readAllBytes(dir.resolve(FILE1))).isEqualTo(CONTENT1);
  }

  @Test
  void restartsCleanlyWhenTheServerIgnoresRange() throws Exception {
    server.rangeSupport(false);
    Files.writeString(dir.resolve(FILE1 + ".part"), "x".repeat(300));

    FetchResult result = fetchOne("1");

    assertThat(result.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(server.requests()).contains("GET " + BASELINE + FILE1 + " Range:bytes=300-");
    assertThat(Files.readAllBytes(dir.resolve(FILE1))).isEqualTo(CONTENT1);
  }

  @Test
  void finishesAPartFileThatIsAlreadyComplete() throws Exception {
    Files.write(dir.resolve(FILE1 + ".part"), CONTENT1);

    FetchResult result = fetchOne("1");

    assertThat(result.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(Files.readAllBytes(dir.resolve(FILE1))).isEqualTo(CONTENT1);
  }

  @Test
  void aCutConnectionLeavesAPartFileThatTheNextRunResumes() throws Exception {
    server.cutAfter(BASELINE + FILE1, 300);

    FetchResult cut = fetchOne("1");

    assertThat(cut.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(cut.detail()).contains("connection closed").contains("next run resumes");
    // The automatic second attempt already resumed once, and was cut again.
    assertThat(server.requests())
        .containsSubsequence(
            "GET " + BASELINE + FILE1, "GET " + BASELINE + FILE1 + " Range:bytes=300-");
    assertThat(Files.size(dir.resolve(FILE1 + ".part"))).isEqualTo(600);
    assertThat(dir.resolve(FILE1)).doesNotExist();

    server.cutAfter(BASELINE + FILE1, -1);
    FetchResult resumed = fetchOne("1");

    assertThat(resumed.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(server.requests()).last().isEqualTo("GET " + BASELINE + FILE1 + " Range:bytes=600-");
    assertThat(Files.readAllBytes(dir.resolve(FILE1))).isEqualTo(CONTENT1);
  }

  @Test
  void aStalledTransferIsGivenUpAndKeepsItsPartFile() throws Exception {
    server.stallAfter(BASELINE + FILE1, 300);
    NlmFetcher impatient =
        new NlmFetcher(
            new NlmLocations(server.uri("/pubmed"), server.uri("/mesh")),
            HttpClient.newHttpClient(),
            Duration.ofMillis(300));

    FetchReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                impatient.fetchPubmed(
                    PubmedSet.BASELINE, FileSelection.parse("1"), dir, FetchProgress.NONE));

    FetchResult result = report.results().get(0);
    assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(result.detail())
        .isEqualTo(
            "no data from 127.0.0.1 for 300 ms after 600 bytes of "
                + FILE1
                + "; the partial file is kept");
    assertThat(Files.size(dir.resolve(FILE1 + ".part"))).isEqualTo(600);
  }

  @Test
  void anInterruptedFetchKeepsThePartFileForTheNextRun() throws Exception {
    FetchProgress interruptOnFirstBytes =
        new FetchProgress() {
          @Override
          public void bytes(String name, long done, long total) {
            if (done > 0) {
              Thread.currentThread().interrupt();
            }
          }
        };
    try {
      assertThatThrownBy(
              () ->
                  fetcher.fetchPubmed(
                      PubmedSet.BASELINE, FileSelection.parse("1-2"), dir, interruptOnFirstBytes))
          .isInstanceOf(FetchException.class)
          .hasMessage("interrupted after 1 of 2 files; run the same command again to resume");
    } finally {
      Thread.interrupted();
    }
    assertThat(dir.resolve(FILE1)).doesNotExist();
    long kept = Files.size(dir.resolve(FILE1 + ".part"));
    assertThat(kept).isPositive();

    FetchResult resumed = fetchOne("1");

    assertThat(resumed.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(server.requests())
        .last()
        .isEqualTo("GET " + BASELINE + FILE1 + " Range:bytes=" + kept + "-");
    assertThat(Files.readAllBytes(dir.resolve(FILE1))).isEqualTo(CONTENT1);
  }

  @Test
  void aChecksumMismatchDeletesTheDownloadRetriesOnceAndFails() throws Exception {
    FetchResult result = fetchOne("2");

    assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(result.detail())
        .startsWith("md5 mismatch: NLM publishes 0123456789abcdef0123456789abcdef");
    assertThat(server.count("GET " + BASELINE + FILE2))
        .isEqualTo(3); // the md5 file and two downloads
    assertThat(dir.resolve(FILE2)).doesNotExist();
    assertThat(dir.resolve(FILE2 + ".part")).doesNotExist();
  }

  @Test
  void aCorruptDownloadIsRetriedOnce() throws Exception {
    byte[] corrupt = CONTENT1.clone();
    corrupt[100] ^= 0x55;
    server.corruptNext(BASELINE + FILE1, corrupt);

    FetchResult result = fetchOne("1");

    assertThat(result.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(server.requests()).filteredOn(r -> r.equals("GET " + BASELINE + FILE1)).hasSize(2);
    assertThat(Files.readAllBytes(dir.resolve(FILE1))).isEqualTo(CONTENT1);
  }

  @Test
  void oneMissingOrBadFileDoesNotStopTheOthers() throws Exception {
    FetchReport report = fetch("1-3");

    assertThat(report.results())
        .extracting(FetchResult::status)
        .containsExactly(
            FetchResult.Status.DOWNLOADED, FetchResult.Status.FAILED, FetchResult.Status.FAILED);
    assertThat(report.results().get(2).detail())
        .isEqualTo(
            "not found on the server (HTTP 404): " + server.uri(BASELINE + "pubmed25n0003.xml.gz"));
    assertThat(report.anyFailed()).isTrue();
    assertThat(report.report())
        .contains("FAILED pubmed25n0002.xml.gz: md5 mismatch")
        .contains("FAILED pubmed25n0003.xml.gz: not found on the server (HTTP 404)")
        .endsWith("1 downloaded (" + CONTENT1.length + " B), 0 already present, 2 failed\n");
  }

  @Test
  void limitTakesTheFirstFiles() throws Exception {
    FetchReport report =
        fetcher.fetchPubmed(
            PubmedSet.BASELINE, FileSelection.all().limit(1), dir, FetchProgress.NONE);

    assertThat(report.results()).extracting(FetchResult::name).containsExactly(FILE1);
  }

  @Test
  void reportsProgressPerFileAndPerByte() throws Exception {
    List<String> events = new ArrayList<>();
    FetchProgress recorder =
        new FetchProgress() {
          @Override
          public void fileStarted(String name, int fileIndex, int fileCount) {
            events.add("start " + name + " " + fileIndex + "/" + fileCount);
          }

          @Override
          public void bytes(String name, long done, long total) {
            events.add("bytes " + done + "/" + total);
          }

          @Override
          public void fileFinished(FetchResult result, int filesDone, int fileCount) {
            events.add("done " + result.status() + " " + filesDone + "/" + fileCount);
          }
        };
    fetchOne("1");
    Files.delete(dir.resolve(FILE1));
    Files.delete(dir.resolve(FILE1 + ".md5"));
    Files.write(dir.resolve(FILE1 + ".part"), Arrays.copyOf(CONTENT1, 500));

    fetcher.fetchPubmed(PubmedSet.BASELINE, FileSelection.parse("1"), dir, recorder);

    int total = CONTENT1.length;
    assertThat(events.get(0)).isEqualTo("start " + FILE1 + " 0/1");
    assertThat(events.get(1)).isEqualTo("bytes 500/" + total);
    assertThat(events)
        .filteredOn(e -> e.startsWith("bytes"))
        .last()
        .isEqualTo("bytes " + total + "/" + total);
    assertThat(events).last().isEqualTo("done DOWNLOADED 1/1");
  }

  @Test
  void aMissingListingIsAClearError() {
    assertThatThrownBy(() -> fetcher.list(PubmedSet.UPDATES))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            "cannot read the PubMed updates listing at "
                + server.uri("/pubmed/updatefiles/")
                + " (HTTP 404)");
  }

  @Test
  void anUnreachableHostIsAClearError() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/pubmed/");
    NlmFetcher unreachable = new NlmFetcher(new NlmLocations(nowhere, nowhere));

    assertThatThrownBy(
            () ->
                unreachable.fetchPubmed(
                    PubmedSet.BASELINE, FileSelection.all(), dir, FetchProgress.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith(
            "cannot connect to 127.0.0.1:" + closedPort + " (connection refused");
  }

  @Test
  void aSelectionMatchingNothingSaysWhatIsThere() {
    assertThatThrownBy(() -> fetch("7-9"))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            "no baseline file matches '7-9'; NLM lists 3 files, from pubmed25n0001.xml.gz to pubmed25n0003.xml.gz");
  }

  @Test
  void aFileInTheWayOfTheTargetFolderIsAClearError() throws Exception {
    Path blocked = Files.writeString(dir.resolve("downloads"), "not a folder");

    assertThatThrownBy(
            () ->
                fetcher.fetchPubmed(
                    PubmedSet.BASELINE, FileSelection.parse("1"), blocked, FetchProgress.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            "cannot create the download folder "
                + blocked
                + ": a file with that name is in the way");
  }

  @Test
  void meshDescriptorsAreDownloadedCheckedAndThenSkipped() throws Exception {
    FetchResult result = fetcher.fetchMesh(2025, dir.resolve("mesh"), FetchProgress.NONE);

    assertThat(result.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    long size = FixtureServer.resource("mesh/desc2025.xml").length;
    assertThat(result.detail())
        .matches("no md5 published; md5 [0-9a-f]{32} recorded; 3 descriptors, " + size + " B");
    assertThat(dir.resolve("mesh/desc2025.xml")).hasSize(size);

    FetchResult again = fetcher.fetchMesh(2025, dir.resolve("mesh"), FetchProgress.NONE);

    assertThat(again.status()).isEqualTo(FetchResult.Status.ALREADY_PRESENT);
    assertThat(server.requests()).last().isEqualTo("HEAD /mesh/desc2025.xml");
  }

  @Test
  void meshIsDownloadedAgainWhenTheServerCopyChangedSize() throws Exception {
    fetcher.fetchMesh(2025, dir, FetchProgress.NONE);
    String bigger =
        new String(FixtureServer.resource("mesh/desc2025.xml"), StandardCharsets.UTF_8)
            .replace(
                "</DescriptorRecordSet>",
                "<DescriptorRecord><DescriptorUI>D000004</DescriptorUI></DescriptorRecord>\n</DescriptorRecordSet>");
    server.put("/mesh/desc2025.xml", bigger.getBytes(StandardCharsets.UTF_8));

    FetchResult result = fetcher.fetchMesh(2025, dir, FetchProgress.NONE);

    assertThat(result.status()).isEqualTo(FetchResult.Status.DOWNLOADED);
    assertThat(result.detail()).contains("4 descriptors");
  }

  @Test
  void aMeshFileThatIsNotADescriptorSetIsRejected() throws Exception {
    server.put(
        "/mesh/desc2024.xml",
        "<html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8));

    FetchResult result = fetcher.fetchMesh(2024, dir, FetchProgress.NONE);

    assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(result.detail())
        .isEqualTo(
            "desc2024.xml.part is not a MeSH descriptor file: its root is <html>, expected <DescriptorRecordSet>");
    assertThat(server.count("GET /mesh/desc2024.xml")).isEqualTo(2);
    assertThat(dir.resolve("desc2024.xml")).doesNotExist();
    assertThat(dir.resolve("desc2024.xml.part")).doesNotExist();
  }

  @Test
  void aTruncatedMeshFileIsRejected() throws Exception {
    byte[] whole = FixtureServer.resource("mesh/desc2025.xml");
    server.put("/mesh/desc2023.xml", Arrays.copyOf(whole, whole.length / 2));

    FetchResult result = fetcher.fetchMesh(2023, dir, FetchProgress.NONE);

    assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(result.detail()).startsWith("desc2023.xml.part is not well-formed XML at line");
  }

  @Test
  void aMissingMeshYearIsAClearFailure() throws Exception {
    FetchResult result = fetcher.fetchMesh(2031, dir, FetchProgress.NONE);

    assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(result.detail())
        .isEqualTo("not found on the server (HTTP 404): " + server.uri("/mesh/desc2031.xml"));
  }

  @Test
  void locationsDefaultToNlm() {
    NlmLocations nlm = NlmLocations.nlm();

    assertThat(nlm.pubmedFolder(PubmedSet.BASELINE))
        .hasToString("https://ftp.ncbi.nlm.nih.gov/pubmed/baseline/");
    assertThat(nlm.pubmedFolder(PubmedSet.UPDATES))
        .hasToString("https://ftp.ncbi.nlm.nih.gov/pubmed/updatefiles/");
    assertThat(nlm.meshDescriptors(2025))
        .hasToString("https://nlmpubs.nlm.nih.gov/projects/mesh/MESH_FILES/xmlmesh/desc2025.xml");
    assertThatThrownBy(() -> nlm.meshDescriptors(25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four-digit year");
  }
}
