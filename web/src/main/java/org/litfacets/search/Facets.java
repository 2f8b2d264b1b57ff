package org.litfacets.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.FacetField.Count;

/**
 * Facet filters of an article search (the search box's and the pair search's): how the selected
 * values become filter queries, and how Solr's counts come back as facets with the selected values
 * marked.
 */
final class Facets {
  private Facets() {}

  /**
   * Filters by the selected values of one field, OR'ed and tagged with the field's name, so that
   * the field's own facet (see {@link #count}) still shows its other values.
   */
  static void filter(SolrQuery q, FilterField field, List<Filter> filters) {
    List<String> values =
        filters.stream().filter(f -> f.field() == field).map(Filter::value).toList();
    if (!values.isEmpty()) {
      q.addFilterQuery(
          "{!tag="
              + field.apiName()
              + "}("
              + values.stream()
                  .map(v -> Filter.clause(field, v))
                  .collect(Collectors.joining(" OR "))
              + ")");
    }
  }

  /** Counts the values of a field, its own filter left out. */
  static void count(SolrQuery q, FilterField field) {
    // The limit is a per-field parameter: SolrCloud's facet merging ignores a facet.limit given as
    // a local parameter and would return every value.
    q.addFacetField(
        "{!ex=" + field.apiName() + " key=" + field.apiName() + "}" + field.solrField());
    q.set("f." + field.solrField() + ".facet.limit", field.limit());
  }

  /** The key of the year histogram's facet. */
  static final String YEARS = "years";

  /**
   * Counts every year of the result set, oldest first, the year filter left out: the histogram
   * shows the whole result set with the selected years marked, as PubMed's does.
   */
  static void countYears(SolrQuery q) {
    String field = FilterField.YEAR.solrField();
    q.addFacetField("{!ex=" + FilterField.YEAR.apiName() + " key=" + YEARS + "}" + field);
    // per-field parameters, as in count: local ones are not honoured across SolrCloud shards
    q.set("f." + field + ".facet.limit", -1);
    q.set("f." + field + ".facet.sort", "index");
  }

  /**
   * The year facet as {@link #count} would give it (the most frequent years first, up to the
   * field's limit), taken from the histogram's counts of every year.
   */
  static FacetField topOfYears(FacetField everyYear, FilterField field) {
    FacetField top = new FacetField(field.apiName());
    if (everyYear == null || everyYear.getValues() == null) {
      return top;
    }
    everyYear.getValues().stream()
        .sorted(
            Comparator.comparingLong(Count::getCount)
                .reversed()
                .thenComparing(Count::getName, Comparator.reverseOrder()))
        .limit(field.limit())
        .forEach(c -> top.add(c.getName(), c.getCount()));
    return top;
  }

  /** The histogram's counts from Solr's answer to {@link #countYears}, oldest year first. */
  static List<SearchResult.YearCount> years(FacetField solrFacet) {
    if (solrFacet == null || solrFacet.getValues() == null) {
      return List.of();
    }
    return solrFacet.getValues().stream()
        .filter(c -> c.getCount() > 0)
        .map(c -> new SearchResult.YearCount(Integer.parseInt(c.getName()), c.getCount()))
        .sorted(Comparator.comparingInt(SearchResult.YearCount::year))
        .toList();
  }

  /**
   * The facet of a field from Solr's counts; a selected value always shows, so that it can be
   * un-selected. An entity filtered by its identifier marks its "name|identifier" value.
   */
  static SearchResult.Facet of(FilterField field, FacetField solrFacet, List<Filter> filters) {
    List<Filter> selected = filters.stream().filter(f -> f.field() == field).toList();
    List<SearchResult.FacetValue> values = new ArrayList<>();
    if (solrFacet != null && solrFacet.getValues() != null) {
      for (Count c : solrFacet.getValues()) {
        values.add(
            new SearchResult.FacetValue(
                c.getName(),
                Filter.displayOf(field, c.getName()),
                c.getCount(),
                selected.stream().anyMatch(f -> f.selects(c.getName()))));
      }
    }
    selected.stream()
        .filter(f -> values.stream().noneMatch(v -> f.selects(v.value())))
        .forEach(
            f -> values.add(new SearchResult.FacetValue(f.value(), f.displayValue(), 0, true)));
    if (field == FilterField.YEAR) {
      values.sort(Comparator.comparing(SearchResult.FacetValue::value).reversed());
    }
    return new SearchResult.Facet(field.apiName(), field.label(), values);
  }
}
