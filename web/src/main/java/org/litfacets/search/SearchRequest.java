package org.litfacets.search;

import java.util.List;

/**
 * A search as a user asks it: a query (a Boolean query in PubMed or Ovid syntax, read by {@link
 * QueryReader}, or free text ranked as Best Match: {@link QueryKind}), facet filters, a page, a
 * sort order, and how to match ({@link SearchMode}).
 */
public record SearchRequest(
    String query,
    List<Filter> filters,
    int page,
    int size,
    SortOrder sort,
    SearchMode mode,
    QueryKind kind) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = List.copyOf(filters);
    mode = mode == null ? SearchMode.DEFAULT : mode;
    kind = kind == null ? QueryKind.of(query) : kind;
    checkPage(page, size);
  }

  /**
   * Every kind of search pages alike: a page within the first {@link #MAX_PAGE}, of at most {@link
   * #MAX_SIZE} hits.
   */
  static void checkPage(int page, int size) {
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException(
          "page must be between 1 and " + MAX_PAGE + ", got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
  }

  /** A lexical search of a Boolean query, for the services that search by Boolean lines. */
  public SearchRequest(String query, List<Filter> filters, int page, int size, SortOrder sort) {
    this(query, filters, page, size, sort, SearchMode.LEXICAL, QueryKind.BOOLEAN);
  }

  /** Builds a request from raw URL parameters, with a message that says which one is wrong. */
  public static SearchRequest fromParams(
      String q, List<String> filters, String page, String size, String sort) {
    return fromParams(q, filters, page, size, sort, null, null);
  }

  /**
   * @param mode "hybrid" (the default), "lexical" (BM25) or "semantic" (nearest article vectors to
   *     the embedded query)
   * @param kind "boolean", "text", or blank / "auto" for the rule of {@link QueryKind#of}
   */
  public static SearchRequest fromParams(
      String q,
      List<String> filters,
      String page,
      String size,
      String sort,
      String mode,
      String kind) {
    SearchRequest r =
        new SearchRequest(
            q,
            filters.stream().map(Filter::parse).toList(),
            Params.integer("page", page, 1),
            Params.integer("size", size, 10),
            SortOrder.parse(sort),
            SearchMode.parse(mode),
            QueryKind.parse(kind, q));
    if (r.mode() == SearchMode.SEMANTIC && r.query().isEmpty()) {
      throw new IllegalArgumentException(
          "a semantic search needs a query: the text whose meaning to look for");
    }
    return r;
  }

  /** The same search with another mode. */
  public SearchRequest withMode(SearchMode other) {
    return new SearchRequest(query, filters, page, size, sort, other, kind);
  }
}
