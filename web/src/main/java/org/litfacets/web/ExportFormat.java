package org.litfacets.web;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.EntityMention;
import org.litfacets.article.MeshHeading;
import org.litfacets.article.TextLayout;

/** The files a result set can be exported as, each written one article at a time. */
enum ExportFormat {
  /** One PMID per line, as PubMed's "PMID" export. */
  PMID("txt", "text/plain; charset=utf-8") {
    @Override
    void write(AnnotatedArticle a, Writer out) throws IOException {
      out.write(a.article().pmid() + "\n");
    }
  },
  /**
   * RIS for reference managers (EndNote, Zotero, Mendeley): one record per article, ended by ER.
   */
  RIS("ris", "application/x-research-info-systems; charset=utf-8") {
    @Override
    void write(AnnotatedArticle annotated, Writer out) throws IOException {
      Article a = annotated.article();
      ris(out, "TY", "JOUR");
      ris(out, "TI", a.title());
      ris(out, "AB", a.hasAbstract() ? a.abstractText() : null);
      for (String author : a.authors()) {
        ris(out, "AU", author);
      }
      ris(out, "JO", a.journal());
      ris(out, "PY", a.year() == null ? null : a.year().toString());
      ris(out, "DO", a.doi());
      ris(out, "AN", a.pmid());
      for (String keyword : a.keywords()) {
        ris(out, "KW", keyword);
      }
      for (MeshHeading h : a.meshHeadings()) {
        ris(out, "KW", h.name());
      }
      // ER ends the record; its empty value keeps the two spaces and the dash of every RIS line.
      out.write("ER  - \r\n\r\n");
    }
  },
  /** Comma-separated values with a header row; fields with several values join them with "; ". */
  CSV("csv", "text/csv; charset=utf-8") {
    @Override
    void header(Writer out) throws IOException {
      out.write(
          "pmid,title,authors,journal,year,doi,publication_types,keywords,mesh_headings,abstract\r\n");
    }

    @Override
    void write(AnnotatedArticle annotated, Writer out) throws IOException {
      Article a = annotated.article();
      List<String> cells =
          List.of(
              a.pmid(),
              nullToEmpty(a.title()),
              String.join("; ", a.authors()),
              nullToEmpty(a.journal()),
              a.year() == null ? "" : a.year().toString(),
              nullToEmpty(a.doi()),
              String.join("; ", a.publicationTypes()),
              String.join("; ", a.keywords()),
              String.join("; ", a.meshHeadings().stream().map(MeshHeading::name).toList()),
              a.abstractText());
      List<String> quoted = new ArrayList<>();
      for (String cell : cells) {
        quoted.add(
            cell.matches("(?s).*[\",\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      out.write(String.join(",", quoted) + "\r\n");
    }
  },
  /**
   * PubTator's format: title and abstract lines, then one line per entity mention (offsets in title
   * + " " + abstract, the type as PubTator names it, the identifier), then a blank line.
   */
  PUBTATOR("pubtator", "text/plain; charset=utf-8") {
    @Override
    void write(AnnotatedArticle annotated, Writer out) throws IOException {
      Article a = annotated.article();
      // Written from the layout itself, so that the offsets of mentions hold character for
      // character.
      TextLayout layout = a.layout();
      String text = layout.text();
      String pmid = a.pmid();
      out.write(pmid + "|t|" + text.substring(0, layout.titleEnd()) + "\n");
      out.write(
          pmid + "|a|" + text.substring(Math.min(layout.abstractStart(), text.length())) + "\n");
      for (EntityMention m : annotated.mentions()) {
        out.write(
            pmid
                + "\t"
                + m.start()
                + "\t"
                + m.end()
                + "\t"
                + text.substring(m.start(), m.end())
                + "\t"
                + m.type().pubtatorName()
                + "\t"
                + m.id()
                + "\n");
      }
      out.write("\n");
    }
  };

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /** What comes before the first article. */
  void header(Writer out) throws IOException {}

  abstract void write(AnnotatedArticle article, Writer out) throws IOException;

  String fileName() {
    return "litfacets." + extension;
  }

  String contentType() {
    return contentType;
  }

  static ExportFormat parse(String name) {
    String key = name == null || name.isBlank() ? "pmid" : name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "format must be one of pmid, ris, csv, pubtator; got '" + name + "'"));
  }

  private static void ris(Writer out, String tag, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write(tag + "  - " + oneLine(value) + "\r\n");
    }
  }

  /** Line breaks would end a record line early; readers normalise whitespace anyway. */
  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
