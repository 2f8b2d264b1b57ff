package org.litfacets.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The one Solr config set of litfacets, read from this module's classpath so that the local node,
 * SolrCloud uploads and every test use the same files.
 */
public final class ConfigSet {
  public static final String NAME = "litfacets";
  public static final String COLLECTION = "litfacets";
  private static final String ROOT = "/org/litfacets/solr/configset/";
  private static final List<String> FILES =
      List.of("schema.xml", "solrconfig.xml", "stopwords_en.txt");

  private ConfigSet() {}

  /**
   * Writes the config files into {@code confDir}, replacing older copies so a node always runs the
   * current schema.
   */
  public static void copyTo(Path confDir) {
    try {
      Files.createDirectories(confDir);
      for (String file : FILES) {
        try (InputStream in = open(file)) {
          Files.copy(in, confDir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Solr config set to " + confDir, e);
    }
  }

  /** The config set as a zip, the form the ConfigSets API takes for SolrCloud. */
  public static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : FILES) {
        zip.putNextEntry(new ZipEntry(file));
        try (InputStream in = open(file)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot zip the Solr config set", e);
    }
    return bytes.toByteArray();
  }

  private static InputStream open(String file) {
    InputStream in = ConfigSet.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new IllegalStateException("config set file missing from the classpath: " + ROOT + file);
    }
    return in;
  }
}
