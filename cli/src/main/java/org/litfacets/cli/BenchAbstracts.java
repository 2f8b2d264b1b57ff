package org.litfacets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.MeshHeading;
import org.litfacets.indexing.Indexer;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;
import org.litfacets.pubmedqa.PubmedQaReader;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;
import org.litfacets.web.EutilsXml;

/**
 * Every real abstract of the shared data, whatever its format, as PubMed XML files that the indexer
 * reads: the PubMed XML samples and MEDLINE sample as they are, the Cohen 2006 review sets (CSV:
 * title, abstract, year, authors, and MeSH names from the raw files), the PubTator corpora (BC5CDR,
 * BioRED, NCBI-disease), PubMedQA and the SciFact corpus (BEIR). Each PMID is kept once, the first
 * source with an abstract winning; SciFact's documents carry Semantic Scholar ids, not PMIDs, so
 * they are numbered from {@value #SCIFACT_PMID_BASE}.
 */
record BenchAbstracts(List<Path> files, int records, Map<String, Integer> bySource) {
  static final int SCIFACT_PMID_BASE = 800_000_000;

  /**
   * @param limit at most this many abstracts, spread evenly over the sources (every n-th record); 0
   *     for all
   */
  static BenchAbstracts gather(Path shared, Path folder, int limit) throws IOException {
    int all = gather(shared, folder, Integer.MAX_VALUE, 1).records();
    return limit <= 0 || limit >= all
        ? gather(shared, folder, Integer.MAX_VALUE, 1)
        : gather(shared, folder, limit, all);
  }

  private static BenchAbstracts gather(Path shared, Path folder, int limit, int all)
      throws IOException {
    Sample sample = new Sample(limit, all);
    Map<String, Integer> bySource = new LinkedHashMap<>();
    Map<String, Boolean> seen = new HashMap<>();
    Files.createDirectories(folder);
    Path xmlFile = folder.resolve("pubmed-xml.xml");
    int xmlRecords = 0;
    try (BufferedWriter w = Files.newBufferedWriter(xmlFile, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n");
      for (String source : List.of("pubmed-xml-samples", "pubmed-corpus/medline-sample-2006")) {
        Path dir = shared.resolve(source);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        int before = xmlRecords;
        for (Path f : Indexer.inputFiles(List.of(dir))) {
          try (PubmedXmlReader reader = PubmedXmlReader.open(f)) {
            for (String xml; (xml = reader.nextXml()) != null; ) {
              if (PubmedXmlReader.parse(xml) instanceof PubmedRecord.Citation c
                  && c.article().hasAbstract()
                  && seen.putIfAbsent(c.article().pmid(), true) == null
                  && sample.keep()) {
                w.write(
                    xml.startsWith("<MedlineCitation")
                        ? "<PubmedArticle>" + xml + "</PubmedArticle>"
                        : xml);
                w.write('\n');
                xmlRecords++;
              }
            }
          }
        }
        bySource.put(source, xmlRecords - before);
      }
      w.write("</PubmedArticleSet>\n");
    }
    List<Article> others = new ArrayList<>();
    add(others, seen, sample, bySource, "pubmed-corpus/cohen2006-drug-reviews", cohen(shared));
    List<Article> pubtator = new ArrayList<>();
    for (String pattern :
        List.of("bc5cdr/.*PubTator.txt", "biored/.*\\.PubTator", "ncbi-disease/.*_corpus.txt")) {
      String dir = pattern.substring(0, pattern.indexOf('/'));
      String name = pattern.substring(pattern.indexOf('/') + 1);
      for (Path f : list(shared.resolve(dir))) {
        if (f.getFileName().toString().matches(name)) {
          PubtatorReader.read(f).stream().map(BenchAbstracts::article).forEach(pubtator::add);
        }
      }
    }
    add(others, seen, sample, bySource, "PubTator (bc5cdr, biored, ncbi-disease)", pubtator);
    Path pqa = shared.resolve("pubmedqa/ori_pqal.json");
    add(
        others,
        seen,
        sample,
        bySource,
        "pubmedqa",
        Files.isRegularFile(pqa) ? PubmedQaReader.read(pqa) : List.of());
    add(others, seen, sample, bySource, "beir-scifact (re-numbered)", scifact(shared));
    Path otherFile = folder.resolve("other-formats.xml");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(otherFile))) {
      EutilsXml.articles(out, others);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + otherFile + ": " + e.getMessage(), e);
    }
    return new BenchAbstracts(
        List.of(xmlFile, otherFile), xmlRecords + others.size(), Map.copyOf(bySource));
  }

  /** "22,123 real abstracts (pubmed-xml-samples 529, ...)". */
  String description() {
    return String.format(Locale.ROOT, "%,d real abstracts (", records)
        + bySource.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
            .sorted()
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static void add(
      List<Article> out,
      Map<String, Boolean> seen,
      Sample sample,
      Map<String, Integer> bySource,
      String source,
      List<Article> articles) {
    int before = out.size();
    for (Article a : articles) {
      if (a.hasAbstract() && seen.putIfAbsent(a.pmid(), true) == null && sample.keep()) {
        out.add(a);
      }
    }
    bySource.put(source, out.size() - before);
  }

  /** Keeps {@code limit} of {@code all} distinct records, evenly spaced. */
  private static final class Sample {
    private final long limit;
    private final long all;
    private long seen;

    Sample(int limit, int all) {
      this.limit = Math.min(limit, all);
      this.all = all;
    }

    boolean keep() {
      long i = seen++;
      return (i + 1) * limit / all > i * limit / all;
    }
  }

  private static Article article(PubtatorDocument d) {
    return article(d.pmid(), d.title(), d.abstractText(), null, List.of(), List.of());
  }

  private static Article article(
      String pmid,
      String title,
      String abstractText,
      Integer year,
      List<String> authors,
      List<String> meshNames) {
    return new Article(
        pmid,
        title,
        List.of(new AbstractSection(null, null, abstractText)),
        null,
        null,
        year,
        year == null ? null : year.toString(),
        authors,
        List.of("eng"),
        List.of(),
        List.of(),
        meshNames.stream().map(n -> new MeshHeading(null, n, false, List.of())).toList(),
        null);
  }

  /**
   * The Cohen 2006 sets: titles, abstracts, years and authors from the online files, MeSH names
   * from the raw files (the same PMIDs); a PMID in several reviews is read once.
   */
  private static List<Article> cohen(Path shared) throws IOException {
    Path dir = shared.resolve("pubmed-corpus/cohen2006-drug-reviews");
    Map<String, List<String>> mesh = new HashMap<>();
    for (Path f : list(dir)) {
      if (f.getFileName().toString().endsWith(".raw.csv.gz")) {
        for (CSVRecord r : csv(f)) {
          String names = r.get("keywords");
          if (!names.isBlank() && !"NA".equals(names)) {
            mesh.putIfAbsent(
                r.get("pubmedID"),
                Arrays.stream(names.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList());
          }
        }
      }
    }
    Map<String, Article> articles = new LinkedHashMap<>();
    for (Path f : list(dir)) {
      if (f.getFileName().toString().endsWith(".online.csv.gz")) {
        for (CSVRecord r : csv(f)) {
          String pmid = r.get("pubmedID").strip();
          String text = r.get("abstract").strip();
          if (pmid.isEmpty() || text.isEmpty() || "NA".equals(text)) {
            continue;
          }
          Integer year =
              r.get("year").matches("\\d{4}(\\.0)?")
                  ? Integer.valueOf(r.get("year").substring(0, 4))
                  : null;
          List<String> authors =
              Arrays.stream(r.get("authors").split(";"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty() && !"NA".equals(s))
                  .toList();
          articles.putIfAbsent(
              pmid,
              article(
                  pmid, r.get("title"), text, year, authors, mesh.getOrDefault(pmid, List.of())));
        }
      }
    }
    return new ArrayList<>(articles.values());
  }

  private static List<CSVRecord> csv(Path gz) throws IOException {
    try (Reader in =
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(in)
          .getRecords();
    }
  }

  private static List<Article> scifact(Path shared) throws IOException {
    Path corpus = shared.resolve("beir-scifact/corpus.jsonl.gz");
    List<Article> articles = new ArrayList<>();
    if (!Files.isRegularFile(corpus)) {
      return articles;
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        articles.add(
            article(
                String.valueOf(SCIFACT_PMID_BASE + articles.size()),
                doc.path("title").asText(""),
                doc.path("text").asText(""),
                null,
                List.of(),
                List.of()));
      }
    }
    return articles;
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
