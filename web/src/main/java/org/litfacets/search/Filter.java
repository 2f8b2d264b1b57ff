package org.litfacets.search;

import org.litfacets.store.Clauses;
import org.litfacets.store.EntityValues;

/** One selected facet value, written {@code field:value} in URLs (e.g. {@code journal:Lancet}). */
public record Filter(FilterField field, String value) {

  public Filter {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("filter " + field.apiName() + " has an empty value");
    }
    if (field == FilterField.YEAR && !value.matches("\\d{4}")) {
      throw new IllegalArgumentException(
          "year filter must be a four-digit year, got '" + value + "'");
    }
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
    return displayOf(field, value);
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
