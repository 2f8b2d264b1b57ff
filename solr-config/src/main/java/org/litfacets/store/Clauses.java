package org.litfacets.store;

import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Solr clauses that match exact values of a field. Every value is quoted and escaped, so that none
 * (a user's filter, a PMID read from a file) is ever read as query syntax.
 */
public final class Clauses {
  private Clauses() {}

  /** {@code field:"value"}. */
  public static String term(String field, String value) {
    return field + ":" + quoted(value);
  }

  /** Everything but {@code field:"value"}, as a filter. */
  public static String notTerm(String field, String value) {
    return "-" + term(field, value);
  }

  /** {@code field:("a" OR "b")}. */
  public static String anyTerm(String field, Collection<String> values) {
    return field
        + ":("
        + values.stream().map(Clauses::quoted).collect(Collectors.joining(" OR "))
        + ")";
  }

  /** {@code field:prefix*}, every character of the prefix taken literally. */
  public static String prefix(String field, String prefix) {
    return field + ":" + ClientUtils.escapeQueryChars(prefix) + "*";
  }

  /**
   * Values for the {@code terms} local param of a field facet, which counts just these values:
   * comma-separated, with commas and backslashes in a value escaped.
   */
  public static String termList(Collection<String> values) {
    return values.stream()
        .map(v -> v.replace("\\", "\\\\").replace(",", "\\,"))
        .collect(Collectors.joining(","));
  }

  /**
   * Any of many PMIDs, as a terms query: a Boolean query of one clause per PMID would meet Lucene's
   * limit of 1,024 clauses. PMIDs are checked to be numbers, so they are listed as they are.
   *
   * @throws IllegalArgumentException for a value that is not a PMID
   */
  public static String anyPmid(Collection<String> pmids) {
    for (String pmid : pmids) {
      if (!pmid.matches("\\d{1,9}")) {
        throw new IllegalArgumentException(
            "a PMID is a number of up to 9 digits, got '" + pmid + "'");
      }
    }
    return "{!terms f=" + ArticleFields.PMID + "}" + String.join(",", pmids);
  }

  private static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
