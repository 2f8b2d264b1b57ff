package org.litfacets.search;

import java.util.List;

/**
 * One page of hits with the facet and year counts of the whole result set.
 *
 * @param partialResults Solr ran out of its time allowance and answered with what it had found: the
 *     total and the facet counts may be too low
 * @param mode the mode that ran: a hybrid search without a query, or on a server without an
 *     embedding model, runs lexical
 * @param entities what the query's entity references ({@code @CHEMICAL_Pulmicort}) resolved to, in
 *     the order written
 */
public record SearchResult(
    SearchRequest request,
    long total,
    List<Hit> hits,
    List<Facet> facets,
    List<YearCount> years,
    long tookMs,
    boolean partialResults,
    SearchMode mode,
    List<SearchDetails.Entity> entities) {

  /**
   * How many articles of the whole result set (the year filter left out) appeared in a year; only
   * years with articles are listed, oldest first.
   */
  public record YearCount(int year, long count) {}

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
