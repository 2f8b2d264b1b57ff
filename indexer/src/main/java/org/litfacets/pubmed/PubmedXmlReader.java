package org.litfacets.pubmed;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Streams the records of one PubMed/MEDLINE XML file ({@code PubmedArticleSet} or {@code
 * MedlineCitationSet}, plain or gzipped). Memory stays flat whatever the file size; a broken record
 * yields {@link PubmedRecord.Malformed} and reading goes on.
 */
public final class PubmedXmlReader implements Closeable {
  private final CountingInputStream raw;
  private final RecordChunker chunker;
  private final CitationParser parser = new CitationParser();

  private PubmedXmlReader(InputStream file, boolean gzipped) throws IOException {
    raw = new CountingInputStream(file);
    InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw;
    chunker =
        new RecordChunker(
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
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
