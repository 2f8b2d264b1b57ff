package org.litfacets.relation;

import java.util.Set;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityPair;

/** The entity types of a pair, in {@link EntityPair}'s order. */
public record TypePair(EntityType first, EntityType second) {

  /**
   * The type pairs BioRED annotates relations between (Luo et al. 2022); no other pair is a
   * candidate. Gene-variant is left out: a variant names its gene, so BioRED does not relate the
   * two (1 such relation in its training set).
   */
  public static final Set<TypePair> BIORED =
      Set.of(
          of(EntityType.DISEASE, EntityType.GENE),
          of(EntityType.DISEASE, EntityType.CHEMICAL),
          of(EntityType.DISEASE, EntityType.VARIANT),
          of(EntityType.CHEMICAL, EntityType.GENE),
          of(EntityType.CHEMICAL, EntityType.CHEMICAL),
          of(EntityType.CHEMICAL, EntityType.VARIANT),
          of(EntityType.GENE, EntityType.GENE),
          of(EntityType.VARIANT, EntityType.VARIANT));

  public static TypePair of(EntityType a, EntityType b) {
    return a.compareTo(b) <= 0 ? new TypePair(a, b) : new TypePair(b, a);
  }

  public static TypePair of(EntityPair pair) {
    return new TypePair(pair.type1(), pair.type2());
  }

  /** e.g. "disease-chemical". */
  @Override
  public String toString() {
    return first.key() + "-" + second.key();
  }
}
