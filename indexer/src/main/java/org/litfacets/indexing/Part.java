package org.litfacets.indexing;

/**
 * A part of an {@link org.litfacets.article.EnrichedArticle} that an enrichment step sets or reads.
 */
public enum Part {
  MESH_TREES,
  SENTENCES,
  ENTITIES,
  RELATIONS,
  ROLES,
  CHALLENGE_LABELS,
  VECTOR,
  SUGGESTED_MESH
}
