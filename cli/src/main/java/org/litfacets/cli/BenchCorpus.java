package org.litfacets.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;

/**
 * A PubMed XML file of exactly {@code docs} records for timing: the real records of a corpus, then,
 * when the corpus is smaller, copies of them under new PMIDs (so every document is distinct to
 * Solr). The description says which.
 */
record BenchCorpus(Path file, int docs, int realRecords, String description) {
  private static final Pattern FIRST_PMID = Pattern.compile("<PMID([^>]*)>\\s*\\d+\\s*</PMID>");
  private static final int COPY_PMID_BASE = 900_000_000;

  static BenchCorpus build(List<Path> files, int docs, Path out) throws IOException {
    List<String> records = new ArrayList<>();
    for (Path f : files) {
      try (PubmedXmlReader reader = PubmedXmlReader.open(f)) {
        for (String xml; (xml = reader.nextXml()) != null && records.size() < docs; ) {
          // Only readable citations are copied: the benchmark times indexing, not error handling.
          if (PubmedXmlReader.parse(xml) instanceof PubmedRecord.Citation) {
            records.add(
                xml.startsWith("<MedlineCitation")
                    ? "<PubmedArticle>" + xml + "</PubmedArticle>"
                    : xml);
          }
        }
      }
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException("no PubMed records in " + files);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n");
      for (int i = 0; i < docs; i++) {
        String xml = records.get(i % records.size());
        if (i >= records.size()) {
          Matcher m = FIRST_PMID.matcher(xml);
          xml = m.replaceFirst("<PMID$1>" + (COPY_PMID_BASE + i) + "</PMID>");
        }
        w.write(xml);
        w.write('\n');
      }
      w.write("</PubmedArticleSet>\n");
    }
    String description =
        records.size() >= docs
            ? String.format("%,d real records", docs)
            : String.format(
                "%,d real records, copied under new PMIDs to %,d documents", records.size(), docs);
    return new BenchCorpus(out, docs, records.size(), description);
  }
}
