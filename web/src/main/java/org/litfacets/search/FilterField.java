package org.litfacets.search;

import java.util.Arrays;
import java.util.Optional;
import org.litfacets.article.EntityType;
import org.litfacets.store.ArticleFields;

/**
 * The fields a search can be narrowed by, with the names the API and the URLs use. All but {@link
 * #MESH_EXPLODED} are also facets.
 */
public enum FilterField {
  YEAR("year", "Year", ArticleFields.YEAR, 20),
  JOURNAL("journal", "Journal", ArticleFields.JOURNAL, 10),
  PUBLICATION_TYPE("type", "Publication type", ArticleFields.PUBLICATION_TYPE, 10),
  /** A heading as NLM assigned it, without its descendants (PubMed's [mh:noexp]). */
  MESH("mesh", "MeSH heading", ArticleFields.MESH, 15),
  /** A heading (name or UI) with all its descendants in the MeSH tree (PubMed's [mh]). */
  MESH_EXPLODED("mesh_exp", "MeSH heading and narrower", ArticleFields.MESH_TREE, 0),
  // Entities found by litfacets: facet values are "name|identifier"; a filter takes either that or
  // the identifier.
  CHEMICAL(EntityType.CHEMICAL, 10),
  DISEASE(EntityType.DISEASE, 10),
  GENE(EntityType.GENE, 10),
  SPECIES(EntityType.SPECIES, 8),
  VARIANT(EntityType.VARIANT, 8),
  CELL_LINE(EntityType.CELL_LINE, 8);

  private final String apiName;
  private final String label;
  private final String solrField;
  private final int limit;
  private final EntityType entityType;

  FilterField(String apiName, String label, String solrField, int limit) {
    this(apiName, label, solrField, limit, null);
  }

  FilterField(EntityType type, int limit) {
    this(type.key(), type.label(), ArticleFields.entityLabels(type), limit, type);
  }

  FilterField(String apiName, String label, String solrField, int limit, EntityType entityType) {
    this.apiName = apiName;
    this.label = label;
    this.solrField = solrField;
    this.limit = limit;
    this.entityType = entityType;
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
    return entityType != null;
  }

  /** The identifier field of an entity type, e.g. entity_chemical. */
  String entityIdField() {
    return ArticleFields.entityIds(entityType);
  }

  public static Optional<FilterField> byApiName(String name) {
    return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
  }
}
