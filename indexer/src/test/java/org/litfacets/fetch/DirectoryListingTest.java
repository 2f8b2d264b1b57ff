package org.litfacets.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryListingTest {

  private static final URI FOLDER = URI.create("https://ftp.ncbi.nlm.nih.gov/pubmed/baseline/");

  @Test
  void readsPubmedFilesWithTheirChecksumsFromAnApacheIndexPage() {
    String html = new String(FixtureServer.resource("baseline/index.html"), StandardCharsets.UTF_8);

    List<RemoteFile> files = DirectoryListing.parse(FOLDER, html);

    assertThat(files)
        .extracting(RemoteFile::name)
        .containsExactly("pubmed25n0001.xml.gz", "pubmed25n0002.xml.gz", "pubmed25n0003.xml.gz");
    assertThat(files.get(0).uri())
        .isEqualTo(URI.create("https://ftp.ncbi.nlm.nih.gov/pubmed/baseline/pubmed25n0001.xml.gz"));
    assertThat(files.get(0).md5Uri())
        .isEqualTo(
            URI.create("https://ftp.ncbi.nlm.nih.gov/pubmed/baseline/pubmed25n0001.xml.gz.md5"));
    assertThat(files.get(2).md5()).isEmpty();
  }

  @Test
  void takesTheFileNameFromAbsoluteLinks() {
    String html =
        "<a HREF='/pubmed/updatefiles/pubmed25n1275.xml.gz'>x</a>"
            + "<a href=\"https://mirror.example.org/p/pubmed25n1275.xml.gz.md5\">y</a>";

    List<RemoteFile> files =
        DirectoryListing.parse(URI.create("http://mirror.example.org/pubmed/updatefiles/"), html);

    assertThat(files)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.uri())
                  .hasToString("http://mirror.example.org/pubmed/updatefiles/pubmed25n1275.xml.gz");
              assertThat(f.md5Uri())
                  .hasToString(
                      "http://mirror.example.org/pubmed/updatefiles/pubmed25n1275.xml.gz.md5");
            });
  }

  @Test
  void sequenceNumberComesFromTheFileName() {
    assertThat(DirectoryListing.sequenceNumber("pubmed25n0042.xml.gz")).isEqualTo(42);
    assertThat(DirectoryListing.sequenceNumber("pubmed25n1275.xml.gz")).isEqualTo(1275);
    assertThat(DirectoryListing.sequenceNumber("pubmed25n0042.xml.gz.md5")).isEqualTo(-1);
    assertThat(DirectoryListing.sequenceNumber("README.txt")).isEqualTo(-1);
  }
}
