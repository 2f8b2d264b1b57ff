package org.litfacets.search;

import java.util.List;

/**
 * A search as a user asks it: a query in PubMed or Ovid syntax (read by {@link QueryReader}), facet
 * filters, a page and a sort order.
 */
public record SearchRequest(
    String query, List<Filter> filters, int page, int size, SortOrder sort, boolean semantic) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = List.copyOf(filters);
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException(
          "page must be between 1 and " + MAX_PAGE + ", got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
  }

  /** A lexical (BM25) search. */
  public SearchRequest(String query, List<Filter> filters, int page, int size, SortOrder sort) {
    this(query, filters, page, size, sort, false);
  }

  /** Builds a request from raw URL parameters, with a message that says which one is wrong. */
  public static SearchRequest fromParams(
      String q, List<String> filters, String page, String size, String sort) {
    return fromParams(q, filters, page, size, sort, null);
  }

  /**
   * @param mode "lexical" (BM25, the default) or "semantic" (nearest article vectors to the
   *     embedded query)
   */
  public static SearchRequest fromParams(
      String q, List<String> filters, String page, String size, String sort, String mode) {
    boolean semantic =
        switch (mode == null || mode.isBlank() ? "lexical" : mode.strip()) {
          case "lexical" -> false;
          case "semantic" -> true;
          default ->
              throw new IllegalArgumentException(
                  "mode must be lexical or semantic, got '" + mode + "'");
        };
    SearchRequest r =
        new SearchRequest(
            q,
            filters.stream().map(Filter::parse).toList(),
            Params.integer("page", page, 1),
            Params.integer("size", size, 10),
            SortOrder.parse(sort),
            semantic);
    if (semantic && r.query().isEmpty()) {
      throw new IllegalArgumentException(
          "a semantic search needs a query: the text whose meaning to look for");
    }
    return r;
  }
}
