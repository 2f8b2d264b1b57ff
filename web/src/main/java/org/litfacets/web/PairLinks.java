package org.litfacets.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * URLs of the pair search page that change one thing of the current search: an entity, the relation
 * type, a facet filter, the page.
 */
public final class PairLinks {
  private static final String RELATION = "relation";
  private final String e1;
  private final String e2;
  private final String relation;
  private final List<String> filters;

  /**
   * @param relation null when the search is not narrowed to a relation type
   */
  PairLinks(String e1, String e2, String relation, List<String> filters) {
    this.e1 = e1;
    this.e2 = e2;
    this.relation = relation == null || relation.isBlank() ? null : relation.strip();
    this.filters = List.copyOf(filters);
  }

  /**
   * Selects a facet value (the relation facet, or a year or journal), or un-selects it when it is
   * selected; back to page 1 either way.
   */
  public String toggle(String field, String value) {
    if (field.equals(RELATION)) {
      return url(e1, e2, value.equalsIgnoreCase(relation) ? null : value, filters, 1);
    }
    List<String> toggled = new ArrayList<>(filters);
    String filter = field + ":" + value;
    if (!toggled.remove(filter)) {
      toggled.add(filter);
    }
    return url(e1, e2, relation, toggled, 1);
  }

  public String page(long page) {
    return url(e1, e2, relation, filters, page);
  }

  /** The same pair without the relation type and facet filters. */
  public String clearFilters() {
    return url(e1, e2, null, List.of(), 1);
  }

  /**
   * The page with one entity (e1 or e2) replaced, e.g. by a "did you mean" suggestion; the
   * narrowing kept.
   */
  public String with(String param, String value) {
    return param.equals("e1")
        ? url(value, e2, relation, filters, 1)
        : url(e1, value, relation, filters, 1);
  }

  /** The page without one entity (e1 or e2), to choose another; the narrowing kept. */
  public String without(String param) {
    return with(param, "");
  }

  private static String url(
      String e1, String e2, String relation, List<String> filters, long page) {
    List<String> params = new ArrayList<>();
    if (!e1.isEmpty()) {
      params.add("e1=" + encode(e1));
    }
    if (!e2.isEmpty()) {
      params.add("e2=" + encode(e2));
    }
    if (relation != null) {
      params.add("relation=" + encode(relation));
    }
    filters.forEach(f -> params.add("filter=" + encode(f)));
    if (page > 1) {
      params.add("page=" + page);
    }
    return params.isEmpty() ? "/pairs" : "/pairs?" + String.join("&", params);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
