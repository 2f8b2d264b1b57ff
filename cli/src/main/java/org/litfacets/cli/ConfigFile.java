package org.litfacets.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from one config file: {@code litfacets.properties} in the working directory, or
 * the file named by the {@code LITFACETS_CONFIG} environment variable. Keys are long option names
 * without dashes, e.g. {@code solr-url=http://solr.example.org:8983/solr}. Options on the command
 * line win.
 */
public final class ConfigFile implements IDefaultValueProvider {
  static final String ENV = "LITFACETS_CONFIG";
  private final Properties properties = load();

  private static Properties load() {
    String configured = System.getenv(ENV);
    Path file = configured != null ? Path.of(configured) : Path.of("litfacets.properties");
    Properties p = new Properties();
    if (configured != null && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException(ENV + " names " + file + ", which does not exist");
    }
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the config file " + file, e);
      }
    }
    return p;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return properties.getProperty(option.longestName().replaceFirst("^-+", ""));
    }
    return null;
  }
}
