package org.litfacets.search;

import java.util.List;

/**
 * A search as a user asks it: free text (PubMed-like syntax: AND, OR, NOT, "phrases", field:term), facet filters,
 * a page and a sort order.
 */
public record SearchRequest(String query, List<Filter> filters, int page, int size, SortOrder sort) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = List.copyOf(filters);
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE + ", got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
  }

  /** Builds a request from raw URL parameters, with a message that says which one is wrong. */
  public static SearchRequest fromParams(String q, List<String> filters, String page, String size, String sort) {
    return new SearchRequest(q, filters.stream().map(Filter::parse).toList(), integer("page", page, 1),
        integer("size", size, 10), SortOrder.parse(sort));
  }

  private static int integer(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
    }
  }

  public boolean isSelected(FilterField field, String value) {
    return filters.contains(new Filter(field, value));
  }
}
