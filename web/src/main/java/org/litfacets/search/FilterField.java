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
  MESH_EXPLODED("mesh_exp", "MeSH heading and narrower", "mesh_tree", 0),
  // Entities found by litfacets: facet values are "name|identifier"; a filter takes either that or the identifier.
  CHEMICAL("chemical", "Chemicals", "entity_chemical_label", 10),
  DISEASE("disease", "Diseases", "entity_disease_label", 10),
  GENE("gene", "Genes", "entity_gene_label", 10),
  SPECIES("species", "Species", "entity_species_label", 8),
  VARIANT("variant", "Variants", "entity_variant_label", 8),
  CELL_LINE("cell_line", "Cell lines", "entity_cell_line_label", 8);

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

  /** True for the entity types, whose values read "name|identifier". */
  public boolean isEntity() {
    return solrField.startsWith("entity_");
  }

  /** The identifier field of an entity type, e.g. entity_chemical. */
  String entityIdField() {
    return "entity_" + apiName;
  }

  public static Optional<FilterField> byApiName(String name) {
    return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
  }
}
