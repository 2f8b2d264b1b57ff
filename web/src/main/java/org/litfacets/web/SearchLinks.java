package org.litfacets.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.litfacets.search.Filter;
import org.litfacets.search.FilterField;
import org.litfacets.search.QueryKind;
import org.litfacets.search.SearchMode;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SortOrder;

/**
 * URLs of the search page that change one thing of the current search: a filter, the page, the sort
 * order.
 */
public final class SearchLinks {
  private final SearchRequest request;

  SearchLinks(SearchRequest request) {
    this.request = request;
  }

  /**
   * Selects the facet value, or un-selects it when it is selected (by this value, or by the
   * identifier of an entity's "name|identifier"); back to page 1 either way.
   */
  public String toggle(String field, String value) {
    Filter filter = new Filter(FilterField.byApiName(field).orElseThrow(), value);
    List<Filter> filters = new ArrayList<>(request.filters());
    if (!filters.removeIf(f -> f.field() == filter.field() && f.selects(value))) {
      filters.add(filter);
    }
    return url(request.query(), filters, 1, request.sort());
  }

  /** Only the years from {@code first} to {@code last}, in place of any year filter; page 1. */
  public String years(int first, int last) {
    List<Filter> filters = withoutYearFilters();
    filters.add(Filter.years(first, last));
    return url(request.query(), filters, 1, request.sort());
  }

  /** Every year again: the search without its year filters. */
  public String allYears() {
    return url(request.query(), withoutYearFilters(), 1, request.sort());
  }

  private List<Filter> withoutYearFilters() {
    List<Filter> filters = new ArrayList<>(request.filters());
    filters.removeIf(f -> f.field() == FilterField.YEAR);
    return filters;
  }

  public String page(long page) {
    return url(request.query(), request.filters(), page, request.sort());
  }

  public String sort(String sort) {
    return url(request.query(), request.filters(), 1, SortOrder.parse(sort));
  }

  /** The same search read as another kind of query ({@code boolean} or {@code text}). */
  public String kind(String kind) {
    return url(
        request.query(),
        request.filters(),
        1,
        request.sort(),
        QueryKind.parse(kind, request.query()));
  }

  /** Everything but the filters: back to the whole result set of the query. */
  public String clearFilters() {
    return url(request.query(), List.of(), 1, request.sort());
  }

  private String url(String q, List<Filter> filters, long page, SortOrder sort) {
    return url(q, filters, page, sort, request.kind());
  }

  private String url(String q, List<Filter> filters, long page, SortOrder sort, QueryKind kind) {
    StringBuilder url = new StringBuilder("/search?q=").append(encode(q));
    filters.forEach(f -> url.append("&filter=").append(encode(f.asParam())));
    if (page > 1) {
      url.append("&page=").append(page);
    }
    if (sort != SortOrder.RELEVANCE) {
      url.append("&sort=").append(sort.apiName());
    }
    if (request.mode() != SearchMode.DEFAULT) {
      url.append("&mode=").append(request.mode().apiName());
    }
    if (kind != QueryKind.of(q)) {
      url.append("&kind=").append(kind.apiName());
    }
    if (request.size() != 10) {
      url.append("&size=").append(request.size());
    }
    return url.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
