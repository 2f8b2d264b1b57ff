package org.litfacets.pubmed;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the records of one PubMed/MEDLINE XML file ({@code PubmedArticleSet} or {@code
 * MedlineCitationSet}, plain or gzipped). Memory stays flat whatever the file size; a broken record
 * yields {@link PubmedRecord.Malformed} and reading goes on.
 */
public final class PubmedXmlReader implements Closeable {
  private final CountingInputStream raw;
  private final RecordChunker chunker;
  private final CitationParser parser = new CitationParser();

  /**
   * Stands in for bytes that are not valid in the file's encoding. U+FFFF may not occur in XML, so
   * a record holding it can only come from such bytes, and is reported rather than indexed garbled.
   */
  static final char UNDECODABLE = '\uFFFF';

  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private PubmedXmlReader(InputStream file, boolean gzipped) throws IOException {
    raw = new CountingInputStream(file);
    InputStream in;
    try {
      in = new BufferedInputStream(gzipped ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16);
    } catch (ZipException e) {
      raw.close();
      throw new IOException("named .gz but not gzip-compressed (" + e.getMessage() + ")", e);
    }
    CharsetDecoder decoder =
        declaredEncoding(in)
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(UNDECODABLE));
    chunker = new RecordChunker(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
  }

  /** The encoding the XML declaration names, else UTF-8 (XML's default). */
  private static Charset declaredEncoding(InputStream in) throws IOException {
    byte[] head = new byte[256];
    in.mark(head.length);
    int n = in.readNBytes(head, 0, head.length);
    in.reset();
    Matcher m =
        DECLARED_ENCODING.matcher(new String(head, 0, n, StandardCharsets.ISO_8859_1).strip());
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new IOException("the XML declaration names an unknown encoding: " + m.group(1), e);
    }
  }

  public static PubmedXmlReader open(Path file) throws IOException {
    return new PubmedXmlReader(
        Files.newInputStream(file), file.getFileName().toString().endsWith(".gz"));
  }

  /** Reads from a stream (e.g. a test resource); {@code gzipped} says whether to decompress. */
  public static PubmedXmlReader open(InputStream in, boolean gzipped) throws IOException {
    return new PubmedXmlReader(in, gzipped);
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws IOException when the file itself cannot be read further (not a PubMed file, truncated,
   *     I/O error)
   */
  public PubmedRecord next() throws IOException {
    String xml = nextXml();
    return xml == null ? null : parser.parse(xml);
  }

  /**
   * The next record's XML text as it stands in the file, unparsed (benchmarks copy records), or
   * null at the end.
   */
  public String nextXml() throws IOException {
    return chunker.next();
  }

  /** Parses one record's XML as returned by {@link #nextXml()}. */
  public static PubmedRecord parse(String recordXml) {
    return new CitationParser().parse(recordXml);
  }

  /** Bytes of the file read so far (compressed bytes for .gz), for progress reporting. */
  public long bytesRead() {
    return raw.count;
  }

  @Override
  public void close() {
    try {
      raw.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
