package org.litfacets.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A search inside sentences: free text, the kinds of statement (challenge, direction), rhetorical roles, entities
 * (type:identifier or type:name|identifier) and years.
 */
public record SentenceSearchRequest(String query, List<String> kinds, List<String> roles, List<Filter> entities,
    List<String> years, int page, int size) {
  static final Set<String> KINDS = Set.of("challenge", "direction");
  static final Set<String> ROLES = Set.of("BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS");

  public SentenceSearchRequest {
    query = query == null ? "" : query.strip();
    kinds = List.copyOf(kinds);
    roles = List.copyOf(roles);
    entities = List.copyOf(entities);
    years = List.copyOf(years);
    if (page < 1 || page > SearchRequest.MAX_PAGE) {
      throw new IllegalArgumentException("page must be between 1 and " + SearchRequest.MAX_PAGE + ", got " + page);
    }
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + SearchRequest.MAX_SIZE + ", got " + size);
    }
  }

  /** From URL parameters; kind and role take comma-separated lists, entity and year repeat. */
  public static SentenceSearchRequest fromParams(String q, String kind, String role, List<String> entities,
      List<String> years, String page, String size) {
    List<String> kinds = split(kind).stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    for (String k : kinds) {
      if (!KINDS.contains(k)) {
        throw new IllegalArgumentException("kind must be challenge or direction (or both, comma-separated), got '" + k + "'");
      }
    }
    List<String> roles = split(role).stream().map(r -> r.toUpperCase(Locale.ROOT)).toList();
    for (String r : roles) {
      if (!ROLES.contains(r)) {
        throw new IllegalArgumentException("role must be among " + String.join(", ", ROLES.stream().sorted().toList())
            + ", got '" + r + "'");
      }
    }
    List<Filter> entityFilters = new ArrayList<>();
    for (String e : entities) {
      Filter f = Filter.parse(e);
      if (!f.field().isEntity()) {
        throw new IllegalArgumentException("entity must be type:identifier with type one of chemical, disease, gene, "
            + "species, variant, cell_line; got '" + e + "'");
      }
      entityFilters.add(f);
    }
    for (String y : years) {
      new Filter(FilterField.YEAR, y);
    }
    SearchRequest paging = SearchRequest.fromParams(q, List.of(), page, size, null);
    return new SentenceSearchRequest(q, kinds, roles, entityFilters, years, paging.page(), paging.size());
  }

  private static List<String> split(String csv) {
    if (csv == null || csv.isBlank()) {
      return List.of();
    }
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
