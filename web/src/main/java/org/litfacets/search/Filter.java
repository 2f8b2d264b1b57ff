package org.litfacets.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.store.Clauses;
import org.litfacets.store.EntityValues;

/**
 * One selected facet value, written {@code field:value} in URLs (e.g. {@code journal:Lancet}); a
 * year filter may also be a range of years, {@code year:2015-2019} (the histogram's drag).
 */
public record Filter(FilterField field, String value) {
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

  public Filter {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("filter " + field.apiName() + " has an empty value");
    }
    if (field == FilterField.YEAR) {
      Matcher m = YEARS.matcher(value);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "year filter must be a four-digit year or a range such as 2015-2019, got '"
                + value
                + "'");
      }
      if (m.group(2) != null && m.group(2).compareTo(m.group(1)) < 0) {
        throw new IllegalArgumentException(
            "year range " + value + " ends before it starts; write the earlier year first");
      }
    }
  }

  /**
   * A year filter for the years from {@code first} to {@code last}: one year when they are equal.
   */
  public static Filter years(int first, int last) {
    return new Filter(
        FilterField.YEAR, first == last ? Integer.toString(first) : first + "-" + last);
  }

  /** True for a year filter of several years ({@code year:2015-2019}). */
  public boolean isYearRange() {
    return field == FilterField.YEAR && value.indexOf('-') > 0;
  }

  /** The first year of a year filter. */
  public int firstYear() {
    return Integer.parseInt(value.substring(0, 4));
  }

  /** The last year of a year filter (its only year when it is not a range). */
  public int lastYear() {
    return Integer.parseInt(value.substring(value.length() - 4));
  }

  /** Parses {@code field:value}; the error names the valid fields. */
  public static Filter parse(String param) {
    int colon = param.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("filter must look like field:value, got '" + param + "'");
    }
    String name = param.substring(0, colon);
    FilterField field =
        FilterField.byApiName(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown filter field '"
                            + name
                            + "'; use one of "
                            + java.util.Arrays.stream(FilterField.values())
                                .map(FilterField::apiName)
                                .collect(java.util.stream.Collectors.joining(", "))));
    return new Filter(field, param.substring(colon + 1));
  }

  /** The value as people read it: an entity's name without its identifier. */
  public String displayValue() {
    return isYearRange() ? firstYear() + "–" + lastYear() : displayOf(field, value);
  }

  /**
   * The name part of an entity's "name|identifier" value: identifiers may hold bars themselves,
   * names do not.
   */
  static String displayOf(FilterField field, String value) {
    int bar = value.indexOf('|');
    return field.isEntity() && bar > 0 ? value.substring(0, bar) : value;
  }

  /**
   * True when this filter selects the facet value: the same value, or, for an entity, the
   * identifier of a facet's "name|identifier" value (a filter by identifier, as the search box's
   * entity chips and the article page write it).
   */
  public boolean selects(String facetValue) {
    if (isYearRange()) {
      return facetValue.matches("\\d{4}")
          && Integer.parseInt(facetValue) >= firstYear()
          && Integer.parseInt(facetValue) <= lastYear();
    }
    return value.equals(facetValue)
        || field.isEntity()
            && facetValue.indexOf('|') > 0
            && value.equals(EntityValues.labelId(facetValue));
  }

  /** The Solr clause that matches this value of this field. */
  String clause() {
    return clause(field, value);
  }

  /**
   * An entity value is either a bare identifier or a "name|identifier" facet value; identifiers may
   * contain bars (variants such as "p|SUB|V|600|E", ambiguous genes), so both fields are asked.
   */
  static String clause(FilterField field, String value) {
    if (field == FilterField.YEAR && value.indexOf('-') > 0) {
      return field.solrField() + ":[" + value.replace("-", " TO ") + "]";
    }
    if (field.isEntity()) {
      return "("
          + Clauses.term(field.entityIdField(), value)
          + " OR "
          + Clauses.term(field.solrField(), value)
          + ")";
    }
    return Clauses.term(field.solrField(), value);
  }

  public String asParam() {
    return field.apiName() + ":" + value;
  }
}
