package org.litfacets.pubmed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.MeshHeading;

class PubmedXmlReaderTest {

  static List<PubmedRecord> readAll(String resource, boolean gzipped) throws IOException {
    List<PubmedRecord> records = new ArrayList<>();
    try (InputStream in = PubmedXmlReaderTest.class.getResourceAsStream(resource);
        PubmedXmlReader reader = PubmedXmlReader.open(in, gzipped)) {
      for (PubmedRecord r; (r = reader.next()) != null; ) {
        records.add(r);
      }
    }
    return records;
  }

  @Test
  void readsEveryFieldOfAStructuredCitation() throws IOException {
    Article a = ((PubmedRecord.Citation) readAll("/pubmed/fixture.xml", false).get(0)).article();

    assertThat(a.pmid()).isEqualTo("11111111");
    assertThat(a.title()).isEqualTo("Inhaled budesonide-formoterol in mild asthma.");
    assertThat(a.sections())
        .containsExactly(
            new AbstractSection(
                "BACKGROUND", "BACKGROUND", "A fast-acting \u03b2 2-agonist may help."),
            new AbstractSection("AIMS", "OBJECTIVE", "To compare regimens."),
            new AbstractSection("RESULTS", "RESULTS", "Exacerbations fell by 64%a (P<0.001)."));
    assertThat(a.isStructured()).isTrue();
    assertThat(a.journal()).isEqualTo("The New England journal of medicine");
    assertThat(a.journalAbbrev()).isEqualTo("N Engl J Med");
    assertThat(a.year()).isEqualTo(2018);
    assertThat(a.pubDate()).isEqualTo("2018 May 17");
    assertThat(a.authors()).containsExactly("O'Byrne PM", "SYGMA 1 Investigators");
    assertThat(a.languages()).containsExactly("eng");
    assertThat(a.publicationTypes()).containsExactly("Clinical Trial", "Journal Article");
    assertThat(a.keywords()).containsExactly("as-needed therapy");
    assertThat(a.meshHeadings())
        .containsExactly(
            new MeshHeading("D001249", "Asthma", true, List.of("drug therapy")),
            new MeshHeading("D006801", "Humans", false, List.of()),
            new MeshHeading("D019819", "Budesonide", true, List.of("administration & dosage")));
    assertThat(a.doi()).isEqualTo("10.1056/NEJMoa1715274");
  }

  @Test
  void aBrokenRecordIsReportedAndTheRestOfTheFileIsRead() throws IOException {
    List<PubmedRecord> records = readAll("/pubmed/fixture.xml.gz", true);

    assertThat(records).hasSize(5);
    PubmedRecord.Malformed broken = (PubmedRecord.Malformed) records.get(1);
    assertThat(broken.pmid()).isEqualTo("22222222");
    assertThat(broken.reason()).startsWith("malformed XML");

    Article letter = ((PubmedRecord.Citation) records.get(2)).article();
    assertThat(letter.title()).isEqualTo("Une lettre sans résumé.");
    assertThat(letter.hasAbstract()).isFalse();
    assertThat(letter.year()).isEqualTo(1998);
    assertThat(letter.pubDate()).isEqualTo("1998 Dec-1999 Jan");
    assertThat(letter.doi()).isEqualTo("10.1000/letter.1");

    Article chapter = ((PubmedRecord.Citation) records.get(3)).article();
    assertThat(chapter.pmid()).isEqualTo("44444444");
    assertThat(chapter.title()).isEqualTo("A chapter");
    assertThat(chapter.journal()).isEqualTo("Cancer Summaries");
    assertThat(chapter.year()).isEqualTo(2002);
    assertThat(records.get(4))
        .isEqualTo(new PubmedRecord.Deletion(List.of("55555555", "66666666")));
  }

  @Test
  void readsMedlineCitationSetFiles() throws IOException {
    String xml =
        "<?xml version=\"1.0\"?>\n<MedlineCitationSet><MedlineCitation Owner=\"NLM\"><PMID>123</PMID>"
            + "<Article><Journal><JournalIssue><PubDate><Year>2006</Year></PubDate></JournalIssue><Title>J</Title></Journal>"
            + "<ArticleTitle>T</ArticleTitle><Abstract><AbstractText>Text.</AbstractText></Abstract></Article>"
            + "<MeshHeadingList><MeshHeading><DescriptorName MajorTopicYN=\"N\">Humans</DescriptorName></MeshHeading>"
            + "</MeshHeadingList></MedlineCitation></MedlineCitationSet>";
    try (PubmedXmlReader reader =
        PubmedXmlReader.open(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false)) {
      Article a = ((PubmedRecord.Citation) reader.next()).article();
      assertThat(a.pmid()).isEqualTo("123");
      assertThat(a.abstractText()).isEqualTo("Text.");
      assertThat(a.meshHeadings())
          .containsExactly(new MeshHeading(null, "Humans", false, List.of()));
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void rejectsFilesThatAreNotPubmedXml() {
    assertThatThrownBy(() -> readFirst("<?xml version=\"1.0\"?><html><body/></html>"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("<html> is not PubmedArticleSet");
  }

  @Test
  void reportsATruncatedFile() {
    assertThatThrownBy(
            () -> readFirst("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ends inside a PubmedArticle");
  }

  private static void readFirst(String xml) throws IOException {
    try (PubmedXmlReader reader =
        PubmedXmlReader.open(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false)) {
      reader.next();
    }
  }
}
