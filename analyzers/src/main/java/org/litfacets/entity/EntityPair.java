package org.litfacets.entity;

import org.litfacets.article.EntityType;

/**
 * Two different normalised entities mentioned in the same sentence, in a stable order (by type,
 * then id) so that a pair has one form; {@link #key()} is the form to store and facet on.
 */
public record EntityPair(EntityType type1, String id1, EntityType type2, String id2) {

  /** The pair of two entities in its one form, whichever order they are given in. */
  public static EntityPair of(EntityType typeA, String idA, EntityType typeB, String idB) {
    int c = typeA != typeB ? typeA.compareTo(typeB) : idA.compareTo(idB);
    return c <= 0 ? new EntityPair(typeA, idA, typeB, idB) : new EntityPair(typeB, idB, typeA, idA);
  }

  /** e.g. "disease:MESH:D014262|chemical:MESH:D008094" (types in EntityType order). */
  public String key() {
    return type1.key() + ":" + id1 + "|" + type2.key() + ":" + id2;
  }
}
