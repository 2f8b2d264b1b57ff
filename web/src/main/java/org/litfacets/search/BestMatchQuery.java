package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Free text as PubMed's Best Match reads it: every word is optional and scored by BM25 in title,
 * abstract, MeSH headings and keywords, so that articles with more of the words (and rarer ones)
 * rank higher. As in {@link BooleanQueries}, the query string holds generated syntax only and every
 * word travels in a parameter of its own read by {@code {!field}}.
 */
final class BestMatchQuery {
  /**
   * Four fields per word stay far below Lucene's 1,024 clauses; a longer text is refused with a
   * message rather than cut silently.
   */
  static final int MAX_WORDS = 250;

  private static final Set<String> STOP_WORDS = stopWords();

  private BestMatchQuery() {}

  /**
   * @throws IllegalArgumentException when the text has no word to search, or too many
   */
  static BooleanQueries.Translation of(String text, Ranking ranking) {
    List<String> words = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)
          && !STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + text + "' has no word to search: only stop words or punctuation");
    }
    if (words.size() > MAX_WORDS) {
      throw new IllegalArgumentException(
          "free text of at most "
              + MAX_WORDS
              + " words can be searched, this one has "
              + words.size());
    }
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    List<String> clauses = new ArrayList<>();
    String title = String.format(Locale.ROOT, "^%.3f", ranking.titleBoost());
    for (String w : words) {
      // A repeated word keeps its parameter and counts again, as a query term's frequency does.
      String name =
          names.computeIfAbsent(
              w,
              k -> {
                String n = "bm" + (params.size() + 1);
                params.put(n, k);
                return n;
              });
      clauses.add(
          "(({!field f="
              + TITLE
              + " v=$"
              + name
              + "})"
              + title
              + " {!field f="
              + ABSTRACT
              + " v=$"
              + name
              + "} {!field f="
              + MESH_TEXT
              + " v=$"
              + name
              + "} {!field f="
              + KEYWORD_TEXT
              + " v=$"
              + name
              + "})");
    }
    return new BooleanQueries.Translation(
        "(" + String.join(" ", clauses) + ")",
        params,
        new SearchDetails(
            List.of(),
            List.of(TITLE, ABSTRACT, MESH_TEXT, KEYWORD_TEXT),
            List.of(),
            List.of(),
            List.of(),
            List.of()),
        List.of());
  }

  /**
   * The index's own stop words (text_en's list in the config set): a clause of a stop word would
   * match nothing.
   */
  private static Set<String> stopWords() {
    Set<String> words = new HashSet<>();
    try (InputStream in =
        BestMatchQuery.class.getResourceAsStream(
            "/org/litfacets/solr/configset/stopwords_en.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "the config set's stopwords_en.txt is not on the classpath");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
