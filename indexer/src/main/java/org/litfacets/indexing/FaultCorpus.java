package org.litfacets.indexing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated PubMed XML for fault tests (the reliability benchmark's cases and the indexer's own):
 * well-formed files of numbered citations, and files broken in the ways real downloads break. PMIDs
 * count up from {@link #FIRST_PMID}, far from real ones.
 */
public final class FaultCorpus {
  public static final int FIRST_PMID = 970_000_000;

  private FaultCorpus() {}

  /** Writes {@code files} files of {@code perFile} citations; returns every PMID written. */
  public static List<String> writeGood(Path dir, int files, int perFile) throws IOException {
    Files.createDirectories(dir);
    List<String> pmids = new ArrayList<>();
    int pmid = FIRST_PMID;
    for (int f = 0; f < files; f++) {
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n");
      for (int i = 0; i < perFile; i++, pmid++) {
        xml.append(citation(Integer.toString(pmid), "Generated study " + pmid, ""));
        pmids.add(Integer.toString(pmid));
      }
      xml.append("</PubmedArticleSet>\n");
      Files.writeString(
          dir.resolve(String.format("part-%03d.xml", f)), xml, StandardCharsets.UTF_8);
    }
    return pmids;
  }

  /** A broken file, and the PMIDs of its good records that must reach the index. */
  public record Broken(String name, String fault, List<String> goodPmids) {}

  /** Writes one file per kind of breakage, each with good records around the broken one. */
  public static List<Broken> writeBroken(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Broken> out = new ArrayList<>();
    int p = FIRST_PMID + 900_000;
    String a = Integer.toString(p);
    String b = Integer.toString(p + 1);
    String full = set(citation(a, "Before the cut", "") + citation(b, "Cut in the middle", ""));
    write(dir, "truncated.xml", full.substring(0, full.length() - 80).getBytes(UTF8));
    out.add(new Broken("truncated.xml", "file truncated inside its last record", List.of(a)));

    a = Integer.toString(p + 10);
    b = Integer.toString(p + 11);
    String c = Integer.toString(p + 12);
    byte[] latin =
        set(citation(a, "Good", "") + citation(b, "Caf\u00e9", "") + citation(c, "Good", ""))
            .getBytes(StandardCharsets.ISO_8859_1);
    write(dir, "wrong-encoding.xml", latin);
    out.add(new Broken("wrong-encoding.xml", "Latin-1 bytes in a UTF-8 file", List.of(a, c)));

    a = Integer.toString(p + 20);
    b = Integer.toString(p + 21);
    write(
        dir,
        "huge-title.xml",
        set(citation(a, "word ".repeat(210_000), "") + citation(b, "Normal", "")).getBytes(UTF8));
    out.add(new Broken("huge-title.xml", "a record with a 1 MB title", List.of(b)));

    a = Integer.toString(p + 30);
    write(
        dir,
        "missing-pmid.xml",
        set(citation(a, "Good", "") + citation("", "None", "")).getBytes(UTF8));
    out.add(new Broken("missing-pmid.xml", "a record without PMID", List.of(a)));

    a = Integer.toString(p + 40);
    write(
        dir,
        "duplicate-pmid.xml",
        set(citation(a, "First", "") + citation(a, "Second", "")).getBytes(UTF8));
    out.add(new Broken("duplicate-pmid.xml", "the same PMID twice in one file", List.of(a)));

    a = Integer.toString(p + 50);
    write(
        dir,
        "unknown-elements.xml",
        set(citation(a, "Good", "<FutureElement><Nested/></FutureElement>") + "<NewThing/>")
            .getBytes(UTF8));
    out.add(new Broken("unknown-elements.xml", "unknown elements", List.of(a)));

    write(
        dir,
        "not-gzip.xml.gz",
        set(citation(Integer.toString(p + 60), "Plain", "")).getBytes(UTF8));
    out.add(new Broken("not-gzip.xml.gz", "a .gz that is not gzip", List.of()));
    return out;
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static void write(Path dir, String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  private static String set(String records) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n"
        + records
        + "</PubmedArticleSet>\n";
  }

  private static String citation(String pmid, String title, String extra) {
    return "<PubmedArticle><MedlineCitation>"
        + (pmid.isEmpty() ? "" : "<PMID Version=\"1\">" + pmid + "</PMID>")
        + "<Article><Journal><JournalIssue><PubDate><Year>2024</Year></PubDate></JournalIssue>"
        + "<Title>Journal of Faults</Title></Journal><ArticleTitle>"
        + title
        + "</ArticleTitle>"
        + extra
        + "<Abstract><AbstractText>We generated record "
        + pmid
        + " to try faults.</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n";
  }
}
