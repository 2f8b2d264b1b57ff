package org.litfacets.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields a search can be narrowed by, with the names the API and the URLs use. All but {@link #MESH_EXPLODED}
 * are also facets.
 */
public enum FilterField {
  YEAR("year", "Year", "year", 20),
  JOURNAL("journal", "Journal", "journal", 10),
  PUBLICATION_TYPE("type", "Publication type", "publication_type", 10),
  /** A heading as NLM assigned it, without its descendants (PubMed's [mh:noexp]). */
  MESH("mesh", "MeSH heading", "mesh", 15),
  /** A heading (name or UI) with all its descendants in the MeSH tree (PubMed's [mh]). */
  MESH_EXPLODED("mesh_exp", "MeSH heading and narrower", "mesh_tree", 0);

  private final String apiName;
  private final String label;
  private final String solrField;
  private final int limit;

  FilterField(String apiName, String label, String solrField, int limit) {
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

  public boolean isFacet() {
    return limit > 0;
  }

  public static Optional<FilterField> byApiName(String name) {
    return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
  }
}
