package org.litfacets.search;

import java.util.List;

/**
 * One page of hits with the facet counts of the whole result set.
 *
 * @param mode the mode that ran: a hybrid search without a query, or on a server without an
 *     embedding model, runs lexical
 */
public record SearchResult(
    SearchRequest request,
    long total,
    List<Hit> hits,
    List<Facet> facets,
    long tookMs,
    SearchMode mode) {

  /**
   * One article in a result list; the HTML fields are escaped, with matches wrapped in {@code
   * <mark>}.
   */
  public record Hit(
      String pmid,
      String title,
      String titleHtml,
      String snippetHtml,
      String journal,
      Integer year,
      List<String> authors,
      String pubmedUrl) {}

  public record Facet(String field, String label, List<FacetValue> values) {}

  /**
   * A facet value; {@code label} is what to show (an entity's name), {@code value} what to filter
   * on.
   */
  public record FacetValue(String value, String label, long count, boolean selected) {}

  public long pages() {
    return Math.min(SearchRequest.MAX_PAGE, (total + request.size() - 1) / request.size());
  }
}
