package org.litfacets.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search box's text is: a Boolean query in PubMed or Ovid syntax (exact: every untagged word
 * required), or free text ranked as PubMed's Best Match ranks it (any word may match; more matching
 * words rank higher).
 */
public enum QueryKind {
  BOOLEAN("boolean"),
  TEXT("text");

  /**
   * The marks of the query language: quotes, parentheses, field tags, truncation ({@code * $}),
   * history references ({@code #3}), the operators AND, OR, NOT in capitals, Ovid's adjN, {@code
   * exp}, {@code Heading/} and {@code .ti,ab.}, and the {@code field:term} forms. A question mark
   * is left out: it ends questions more often than it is Ovid's wildcard.
   */
  private static final Pattern SYNTAX =
      Pattern.compile(
          "[\"()\\[\\]*$]"
              + "|(^|\\s)#\\d"
              + "|\\b(AND|OR|NOT)\\b"
              + "|(?i:\\badj\\d*\\b|^\\s*exp\\s|\\S/(\\s|$)|\\.[a-z]{2,3}(,[a-z]{2,3})*\\.(\\s|$))"
              + "|(?i:\\b(title|abstract|journal|year|author|keyword|mesh|mesh_exp|mesh_ui"
              + "|publication_type|language|pmid|doi):\\S)");

  private final String apiName;

  QueryKind(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  /**
   * The kind of a search box's text: free text when it has two words or more and none of the marks
   * above; otherwise Boolean. A single word is required either way, and read as Boolean it also
   * finds the MeSH heading it maps to (Automatic Term Mapping). An empty query is Boolean (every
   * article).
   */
  public static QueryKind of(String query) {
    return query == null || query.strip().split("\\s+").length < 2 || SYNTAX.matcher(query).find()
        ? BOOLEAN
        : TEXT;
  }

  /**
   * {@code boolean} or {@code text} chooses; blank (or {@code auto}) reads the kind from the
   * query's own syntax ({@link #of}).
   */
  public static QueryKind parse(String value, String query) {
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
      return of(query);
    }
    return Arrays.stream(values())
        .filter(k -> k.apiName.equals(value.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "kind must be auto, boolean or text, got '" + value + "'"));
  }
}
