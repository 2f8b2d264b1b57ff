package org.litfacets.pubtator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads PubTator files (BC5CDR, NCBI-disease, BioRED): {@code PMID|t|title}, {@code
 * PMID|a|abstract}, then tab-separated annotation lines {@code PMID start end text type id [...]}
 * and relation lines {@code PMID type arg...}; documents are separated by blank lines.
 */
public final class PubtatorReader {

  private PubtatorReader() {}

  public static List<PubtatorDocument> read(Path file) {
    try (Stream<PubtatorDocument> docs = stream(file)) {
      return docs.toList();
    }
  }

  /** Streams documents one at a time; close the stream to close the file. */
  public static Stream<PubtatorDocument> stream(Path file) {
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open PubTator file " + file, e);
    }
    return parse(reader, file.toString())
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  public static Stream<PubtatorDocument> parse(BufferedReader reader, String source) {
    Iterator<PubtatorDocument> it =
        new Iterator<>() {
          private PubtatorDocument next;
          private int lineNo;

          @Override
          public boolean hasNext() {
            if (next == null) {
              next = readDocument();
            }
            return next != null;
          }

          @Override
          public PubtatorDocument next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            PubtatorDocument d = next;
            next = null;
            return d;
          }

          private PubtatorDocument readDocument() {
            String pmid = null;
            String title = null;
            String abstractText = null;
            List<PubtatorAnnotation> annotations = new ArrayList<>();
            List<PubtatorRelation> relations = new ArrayList<>();
            try {
              String line;
              while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                  if (pmid != null) {
                    break;
                  }
                  continue;
                }
                int bar = line.indexOf('|');
                int tab = line.indexOf('\t');
                if (bar > 0
                    && (tab < 0 || bar < tab)
                    && line.length() > bar + 2
                    && line.charAt(bar + 2) == '|') {
                  String id = line.substring(0, bar);
                  char kind = line.charAt(bar + 1);
                  String body = line.substring(bar + 3);
                  if (pmid != null && !pmid.equals(id)) {
                    throw error(
                        "document " + pmid + " is not followed by a blank line before " + id);
                  }
                  pmid = id;
                  if (kind == 't') {
                    title = body;
                  } else if (kind == 'a') {
                    abstractText = body;
                  } else {
                    throw error("unknown section '" + kind + "'");
                  }
                } else if (tab > 0) {
                  String[] cols = line.split("\t", -1);
                  if (pmid == null) {
                    pmid = cols[0];
                  }
                  if (cols.length >= 5 && isInt(cols[1]) && isInt(cols[2])) {
                    String id = cols.length >= 6 ? cols[5] : "";
                    annotations.add(
                        new PubtatorAnnotation(
                            Integer.parseInt(cols[1]),
                            Integer.parseInt(cols[2]),
                            cols[3],
                            cols[4],
                            id));
                  } else if (cols.length >= 2) {
                    relations.add(
                        new PubtatorRelation(cols[1], List.of(cols).subList(2, cols.length)));
                  } else {
                    throw error("cannot parse line: " + line);
                  }
                } else {
                  throw error("cannot parse line: " + line);
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException("cannot read " + source, e);
            }
            if (pmid == null) {
              return null;
            }
            return new PubtatorDocument(
                pmid,
                title == null ? "" : title,
                abstractText == null ? "" : abstractText,
                annotations,
                relations);
          }

          private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + lineNo + ": " + message);
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static boolean isInt(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
