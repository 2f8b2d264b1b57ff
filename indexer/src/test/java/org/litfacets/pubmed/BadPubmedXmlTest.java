package org.litfacets.pubmed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken PubMed files: each problem is named, and the good records around it are still read. */
class BadPubmedXmlTest {

  private static Path bad(String name) throws Exception {
    return Path.of(BadPubmedXmlTest.class.getResource("/pubmed/bad/" + name).toURI());
  }

  /** The records read before the file ended or failed, and the failure (or null). */
  private record Read(List<PubmedRecord> records, IOException failure) {
    List<String> titles() {
      return records.stream()
          .filter(r -> r instanceof PubmedRecord.Citation)
          .map(r -> ((PubmedRecord.Citation) r).article().title())
          .toList();
    }

    List<PubmedRecord.Malformed> malformed() {
      return records.stream()
          .filter(r -> r instanceof PubmedRecord.Malformed)
          .map(r -> (PubmedRecord.Malformed) r)
          .toList();
    }
  }

  private static Read read(PubmedXmlReader reader) {
    List<PubmedRecord> records = new ArrayList<>();
    try (reader) {
      for (PubmedRecord r; (r = reader.next()) != null; ) {
        records.add(r);
      }
      return new Read(records, null);
    } catch (IOException e) {
      return new Read(records, e);
    }
  }

  private static Read read(String name) throws Exception {
    return read(PubmedXmlReader.open(bad(name)));
  }

  @Test
  void aTruncatedFileKeepsItsCompleteRecordsAndSaysWhereItEnds() throws Exception {
    Read r = read("truncated.xml");
    assertThat(r.titles()).containsExactly("Good before truncation");
    assertThat(r.failure())
        .hasMessage(
            "the file ends inside a PubmedArticle element (record 2): truncated; the records"
                + " before it were read");
  }

  @Test
  void bytesOfAnotherEncodingMakeTheirRecordFailNotTheFile() throws Exception {
    Read r = read("wrong-encoding.xml");
    assertThat(r.failure()).isNull();
    assertThat(r.titles()).containsExactly("Good one", "Good three");
    assertThat(r.malformed()).hasSize(1);
    assertThat(r.malformed().get(0).pmid()).isEqualTo("45000012");
    assertThat(r.malformed().get(0).reason()).contains("not valid in the file's encoding");
  }

  @Test
  void theDeclaredEncodingIsHonoured() throws Exception {
    assertThat(read("latin1-declared.xml").titles()).containsExactly("Café in Latin-1");
  }

  @Test
  void aRecordWithoutPmidIsReported() throws Exception {
    Read r = read("missing-pmid.xml");
    assertThat(r.titles()).containsExactly("Has a PMID");
    assertThat(r.malformed())
        .singleElement()
        .extracting(m -> m.reason())
        .isEqualTo("record without a PMID");
  }

  @Test
  void bothRecordsOfADuplicatePmidAreReadInFileOrder() throws Exception {
    // The indexer reports the duplicate; the later record wins, as in PubMed's update files.
    assertThat(read("duplicate-pmid.xml").titles())
        .containsExactly("First version", "Between", "Second version");
  }

  @Test
  void unknownElementsAreIgnored() throws Exception {
    Read r = read("unknown-elements.xml");
    assertThat(r.failure()).isNull();
    assertThat(r.titles()).containsExactly("With unknown elements", "After an unknown element");
  }

  @Test
  void aGzFileThatIsNotGzipIsNamedSo() {
    assertThatThrownBy(() -> PubmedXmlReader.open(bad("not-gzip.xml.gz")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("named .gz but not gzip-compressed");
  }

  @Test
  void aMegabyteTitleFailsItsRecordOnly() throws Exception {
    String huge = "word ".repeat(200_000);
    String xml =
        "<PubmedArticleSet>"
            + record("45000071", huge)
            + record("45000072", "A normal title")
            + "</PubmedArticleSet>";
    Read r =
        read(
            PubmedXmlReader.open(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false));
    assertThat(r.titles()).containsExactly("A normal title");
    assertThat(r.malformed())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.pmid()).isEqualTo("45000071");
              assertThat(m.reason())
                  .isEqualTo("title of 999,999 characters (at most 10,000 are read)");
            });
  }

  private static String record(String pmid, String title) {
    return "<PubmedArticle><MedlineCitation><PMID>"
        + pmid
        + "</PMID><Article><ArticleTitle>"
        + title
        + "</ArticleTitle><Abstract><AbstractText>Text.</AbstractText></Abstract></Article>"
        + "</MedlineCitation></PubmedArticle>";
  }
}
