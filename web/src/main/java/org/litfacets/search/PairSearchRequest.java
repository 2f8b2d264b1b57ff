package org.litfacets.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A search for the articles that mention two entities, each given as {@link EntityReference} reads
 * it, or both as PubTator's {@code relations:TYPE|@A|@B}.
 *
 * @param relation null for every article that mentions both, {@link EntityReference#ANY_RELATION}
 *     for those where the classifier found some relation between the two, or a relation type for
 *     those where it found that one
 * @param filters facet filters, as in article search (all but {@code mesh_exp})
 */
public record PairSearchRequest(
    EntityReference first,
    EntityReference second,
    String relation,
    List<Filter> filters,
    int page,
    int size) {
  public PairSearchRequest {
    filters = List.copyOf(filters);
    SearchRequest.checkPage(page, size);
  }

  /**
   * From URL parameters: either {@code e1}, {@code e2} and optionally {@code relation}, or {@code
   * q=relations:...}.
   */
  public static PairSearchRequest fromParams(
      String q,
      String e1,
      String e2,
      String relation,
      List<String> filters,
      String page,
      String size) {
    List<Filter> parsed = filters.stream().map(Filter::parse).toList();
    parsed.stream()
        .filter(f -> f.field() == FilterField.MESH_EXPLODED)
        .findFirst()
        .ifPresent(
            f -> {
              throw new IllegalArgumentException(
                  "filter mesh_exp is not available in pair search; filter by mesh instead");
            });
    int pageNumber = Params.integer("page", page, 1);
    int pageSize = Params.integer("size", size, 10);
    if (q != null && !q.isBlank()) {
      if (present(e1) || present(e2) || present(relation)) {
        throw new IllegalArgumentException(
            "give either q=relations:TYPE|@A|@B or e1, e2 and relation, not both");
      }
      EntityReference.Relation r = EntityReference.parseRelation("q", q);
      return new PairSearchRequest(
          r.first(), r.second(), r.relationType(), parsed, pageNumber, pageSize);
    }
    return new PairSearchRequest(
        EntityReference.parse("e1", e1),
        EntityReference.parse("e2", e2),
        present(relation) ? EntityReference.relationType("relation", relation) : null,
        parsed,
        pageNumber,
        pageSize);
  }

  /** The API request of the pair search of two entities. */
  static String apiPath(NamedEntity first, NamedEntity second) {
    return "/api/pairs?e1=" + encode(first.key().value()) + "&e2=" + encode(second.key().value());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
