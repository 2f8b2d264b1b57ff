package org.litfacets.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.Role;

/**
 * A search inside sentences: free text, the kinds of statement (challenge, direction), rhetorical
 * roles, entities (type:identifier or type:name|identifier) and years.
 */
public record SentenceSearchRequest(
    String query,
    List<String> kinds,
    List<String> roles,
    List<Filter> entities,
    List<String> years,
    int page,
    int size) {
  public SentenceSearchRequest {
    query = query == null ? "" : query.strip();
    kinds = List.copyOf(kinds);
    roles = List.copyOf(roles);
    entities = List.copyOf(entities);
    years = List.copyOf(years);
    SearchRequest.checkPage(page, size);
  }

  /** Whether a kind, role, entity or year narrows the search. */
  public boolean narrowed() {
    return !kinds.isEmpty() || !roles.isEmpty() || !entities.isEmpty() || !years.isEmpty();
  }

  /** From URL parameters; kind and role take comma-separated lists, entity and year repeat. */
  public static SentenceSearchRequest fromParams(
      String q,
      String kind,
      String role,
      List<String> entities,
      List<String> years,
      String page,
      String size) {
    List<String> kinds = new ArrayList<>();
    for (String k : split(kind)) {
      kinds.add(
          ChallengeLabel.ofKey(k)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "kind must be challenge or direction (or both, comma-separated), got '"
                              + k
                              + "'"))
              .key());
    }
    List<String> roles = new ArrayList<>();
    for (String r : split(role)) {
      roles.add(
          Arrays.stream(Role.values())
              .filter(known -> known.name().equalsIgnoreCase(r))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "role must be among "
                              + String.join(
                                  ", ", Arrays.stream(Role.values()).map(Role::name).toList())
                              + ", got '"
                              + r
                              + "'"))
              .name());
    }
    List<Filter> entityFilters = new ArrayList<>();
    for (String e : entities) {
      Filter f = Filter.parse(e);
      if (!f.field().isEntity()) {
        throw new IllegalArgumentException(
            "entity must be type:identifier with type one of chemical, disease, gene, "
                + "species, variant, cell_line; got '"
                + e
                + "'");
      }
      entityFilters.add(f);
    }
    for (String y : years) {
      if (new Filter(FilterField.YEAR, y).isYearRange()) {
        throw new IllegalArgumentException(
            "year must be a four-digit year here (list several with commas), got '" + y + "'");
      }
    }
    SearchRequest paging = SearchRequest.fromParams(q, List.of(), page, size, null);
    return new SentenceSearchRequest(
        q, kinds, roles, entityFilters, years, paging.page(), paging.size());
  }

  private static List<String> split(String csv) {
    if (csv == null || csv.isBlank()) {
      return List.of();
    }
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
