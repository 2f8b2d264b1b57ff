package org.litfacets.search;

import java.util.Arrays;
import java.util.Optional;

/** The fields a search can be narrowed by, with the names the API and the URLs use. */
public enum FacetField {
  YEAR("year", "Year", "year", 20),
  JOURNAL("journal", "Journal", "journal", 10),
  PUBLICATION_TYPE("type", "Publication type", "publication_type", 10),
  MESH("mesh", "MeSH heading", "mesh", 15);

  private final String apiName;
  private final String label;
  private final String solrField;
  private final int limit;

  FacetField(String apiName, String label, String solrField, int limit) {
    this.apiName = apiName;
    this.label = label;
    this.solrField = solrField;
    this.limit = limit;
  }

  public String apiName() {
    return apiName;
  }

  public String label() {
    return label;
  }

  String solrField() {
    return solrField;
  }

  int limit() {
    return limit;
  }

  public static Optional<FacetField> byApiName(String name) {
    return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
  }
}
