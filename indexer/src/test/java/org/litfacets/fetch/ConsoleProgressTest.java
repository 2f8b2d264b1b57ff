package org.litfacets.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void drawsABarAndALinePerFinishedFile() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ConsoleProgress progress =
        new ConsoleProgress(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    progress.fileStarted("pubmed25n0001.xml.gz", 0, 2);
    progress.bytes("pubmed25n0001.xml.gz", 0, 2048);
    progress.bytes("pubmed25n0001.xml.gz", 1024, 2048); // within the redraw interval: not drawn
    progress.bytes("pubmed25n0001.xml.gz", 2048, 2048);
    progress.fileFinished(
        new FetchResult(
            "pubmed25n0001.xml.gz",
            Path.of("pubmed25n0001.xml.gz"),
            FetchResult.Status.DOWNLOADED,
            2048,
            "md5 verified"),
        1,
        2);

    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out.split("\r", -1)).hasSize(4);
    assertThat(out)
        .contains("\r[1/2] pubmed25n0001.xml.gz [" + " ".repeat(30) + "]   0% 0 B of 2.0 KB");
    assertThat(out)
        .contains("\r[1/2] pubmed25n0001.xml.gz [" + "#".repeat(30) + "] 100% 2.0 KB of 2.0 KB");
    assertThat(out)
        .endsWith(
            "\r[1/2] pubmed25n0001.xml.gz: DOWNLOADED (md5 verified)" + System.lineSeparator());
  }
}
