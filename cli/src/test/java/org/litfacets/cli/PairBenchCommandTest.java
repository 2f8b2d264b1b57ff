package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.article.Article;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;
import org.litfacets.pubtator.PubtatorDocument;

class PairBenchCommandTest {

  @Test
  void theIndexerReadsTheFilesAbstractsWithTheirTextIntact(@TempDir Path dir) throws Exception {
    Path xml = dir.resolve("abstracts.xml");
    PairBenchCommand.writePubmedXml(
        List.of(
            new PubtatorDocument(
                "101",
                "Cisplatin & <5% renal \"failure\".",
                "Cisplatin caused it in rats > mice.",
                List.of()),
            new PubtatorDocument("102", "Second title.", "Second abstract.", List.of())),
        xml);
    List<Article> read = new ArrayList<>();
    try (PubmedXmlReader reader = PubmedXmlReader.open(xml)) {
      for (PubmedRecord r = reader.next(); r != null; r = reader.next()) {
        read.add(((PubmedRecord.Citation) r).article());
      }
    }
    assertThat(read).extracting(Article::pmid).containsExactly("101", "102");
    // The offsets of the file's annotations index title + " " + abstract: the indexed text must be
    // the same.
    assertThat(read.get(0).analysisText())
        .isEqualTo("Cisplatin & <5% renal \"failure\". Cisplatin caused it in rats > " + "mice.");
    assertThat(read.get(1).abstractText()).isEqualTo("Second abstract.");
  }
}
