package org.litfacets.pubmed;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;

/**
 * Cuts a PubMed XML stream into the text of its top-level records without parsing them, so that a
 * record with broken XML costs only itself: each chunk is parsed on its own.
 */
final class RecordChunker {
  private static final Set<String> PUBMED_RECORDS =
      Set.of("PubmedArticle", "PubmedBookArticle", "DeleteCitation");
  private static final Set<String> MEDLINE_RECORDS = Set.of("MedlineCitation", "DeleteCitation");

  private final Reader in;
  private Set<String> recordTags;
  private int pushedBack = -2;
  private int records;

  RecordChunker(Reader in) {
    this.in = in;
  }

  /** The next record's XML, or null at the end of the stream. */
  String next() throws IOException {
    StringBuilder record = null;
    String recordTag = null;
    for (int c = read(); c != -1; c = read()) {
      if (c != '<') {
        if (record != null) {
          record.append((char) c);
        }
        continue;
      }
      String name = readName();
      if (record != null) {
        record.append('<').append(name);
        if (name.equals("/" + recordTag)) {
          for (int d = read(); d != -1; d = read()) {
            record.append((char) d);
            if (d == '>') {
              return record.toString();
            }
          }
          throw truncated(recordTag);
        }
        continue;
      }
      if (name.isEmpty() || name.startsWith("?") || name.startsWith("!") || name.startsWith("/")) {
        continue;
      }
      if (recordTags == null) {
        recordTags = rootRecords(name);
        continue;
      }
      if (recordTags.contains(name)) {
        records++;
        record = new StringBuilder(8192).append('<').append(name);
        recordTag = name;
      }
    }
    if (record != null) {
      throw truncated(recordTag);
    }
    if (recordTags == null) {
      throw new IOException("no XML elements found: not a PubMed XML file");
    }
    return null;
  }

  private IOException truncated(String recordTag) {
    return new IOException(
        "the file ends inside a "
            + recordTag
            + " element (record "
            + records
            + "): truncated; the records before it were read");
  }

  private static Set<String> rootRecords(String root) throws IOException {
    return switch (root) {
      case "PubmedArticleSet" -> PUBMED_RECORDS;
      case "MedlineCitationSet" -> MEDLINE_RECORDS;
      default ->
          throw new IOException(
              "root element <"
                  + root
                  + "> is not PubmedArticleSet or MedlineCitationSet: not a PubMed XML file");
    };
  }

  private String readName() throws IOException {
    StringBuilder name = new StringBuilder();
    for (int c = read(); c != -1; c = read()) {
      if (c == '>' || c == '<' || Character.isWhitespace(c) || (c == '/' && name.length() > 0)) {
        pushedBack = c;
        break;
      }
      name.append((char) c);
      if (name.length() == 3 && name.toString().equals("!--")) {
        break;
      }
    }
    return name.toString();
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }
}
