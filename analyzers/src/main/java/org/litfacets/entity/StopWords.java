package org.litfacets.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Ordinary words that are also names in some dictionary ("lead", "men", "cap"): never matched
 * alone.
 */
final class StopWords {

  private static final Set<String> WORDS = load();

  private StopWords() {}

  static Set<String> get() {
    return WORDS;
  }

  private static Set<String> load() {
    String resource = "/org/litfacets/entity/stopwords.txt";
    try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("stop list " + resource + " is missing from the classpath");
      }
      Set<String> words = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.trim();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(TermNormalizer.key(line));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
