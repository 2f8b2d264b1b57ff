package org.litfacets.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.litfacets.search.Filter;
import org.litfacets.search.SearchResult;
import org.litfacets.search.SentenceSearchRequest;

/** URLs of the sentence search page that toggle one facet value or change the page. */
public final class SentenceLinks {
  private final SentenceSearchRequest request;

  SentenceLinks(SentenceSearchRequest request) {
    this.request = request;
  }

  /**
   * Selects or un-selects a value of the facet {@code field} (kind, role, year or an entity type).
   * An entity filtered by its identifier (a chip of the sentence box) is un-selected by its
   * "name|identifier" facet value too.
   */
  public String toggle(String field, String value) {
    List<String> kinds = new ArrayList<>(request.kinds());
    List<String> roles = new ArrayList<>(request.roles());
    List<String> years = new ArrayList<>(request.years());
    List<Filter> entities = new ArrayList<>(request.entities());
    switch (field) {
      case "kind" -> flip(kinds, value);
      case "role" -> flip(roles, value);
      case "year" -> flip(years, value);
      default -> {
        if (!entities.removeIf(f -> f.field().apiName().equals(field) && f.selects(value))) {
          entities.add(Filter.parse(field + ":" + value));
        }
      }
    }
    return url(kinds, roles, years, entities.stream().map(Filter::asParam).toList(), 1);
  }

  /**
   * True when the facet value is selected, also when its entity is filtered by identifier (a chip).
   */
  public boolean selected(String field, SearchResult.FacetValue value) {
    return value.selected()
        || request.entities().stream()
            .anyMatch(f -> f.field().apiName().equals(field) && f.selects(value.value()));
  }

  public String page(long page) {
    return url(
        request.kinds(),
        request.roles(),
        request.years(),
        request.entities().stream().map(Filter::asParam).toList(),
        page);
  }

  private String url(
      List<String> kinds,
      List<String> roles,
      List<String> years,
      List<String> entities,
      long page) {
    StringBuilder url = new StringBuilder("/sentences?q=").append(encode(request.query()));
    if (!kinds.isEmpty()) {
      url.append("&kind=").append(encode(String.join(",", kinds)));
    }
    if (!roles.isEmpty()) {
      url.append("&role=").append(encode(String.join(",", roles)));
    }
    years.forEach(y -> url.append("&year=").append(encode(y)));
    entities.forEach(e -> url.append("&entity=").append(encode(e)));
    if (page > 1) {
      url.append("&page=").append(page);
    }
    return url.toString();
  }

  private static void flip(List<String> values, String value) {
    if (!values.remove(value)) {
      values.add(value);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
