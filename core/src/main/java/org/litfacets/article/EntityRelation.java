package org.litfacets.article;

import java.util.Arrays;
import java.util.List;

/**
 * A relation between two entities of an article, as the relation classifier states it. The two
 * entities are kept in the order of entity pair keys (by {@link EntityType} order, then
 * identifier), so that a pair has one form whichever way round the classifier named it.
 *
 * @param relationType one of {@link #TYPES}
 * @param probability the classifier's probability of the relation, in [0, 1]
 */
public record EntityRelation(
    EntityType type1,
    String id1,
    EntityType type2,
    String id2,
    String relationType,
    float probability) {

  /**
   * The relation types of BioRED, which the classifier is trained on; search refuses any other type
   * by name rather than finding nothing.
   */
  public static final List<String> TYPES =
      Arrays.stream(RelationType.values()).map(RelationType::corpusName).toList();

  public EntityRelation {
    if (type1 == null
        || type2 == null
        || id1 == null
        || id2 == null
        || id1.isBlank()
        || id2.isBlank()) {
      throw new IllegalArgumentException(
          "a relation needs two typed identifiers, got "
              + type1
              + ":"
              + id1
              + " and "
              + type2
              + ":"
              + id2);
    }
    if (type1 == type2 && id1.equals(id2)) {
      throw new IllegalArgumentException(
          "a relation needs two different entities, got " + type1.key() + ":" + id1 + " twice");
    }
    if (!TYPES.contains(relationType)) {
      throw new IllegalArgumentException(
          "unknown relation type '" + relationType + "'; the types are " + TYPES);
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "a relation's probability must lie in [0, 1], got " + probability);
    }
    int order = type1 != type2 ? type1.compareTo(type2) : id1.compareTo(id2);
    if (order > 0) {
      EntityType type = type1;
      String id = id1;
      type1 = type2;
      id1 = id2;
      type2 = type;
      id2 = id;
    }
  }
}
