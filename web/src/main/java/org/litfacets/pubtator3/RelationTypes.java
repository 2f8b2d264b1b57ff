package org.litfacets.pubtator3;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;

/**
 * PubTator 3.0's names of relation types beside BioRED's, which the relation classifier and the
 * index use. PubTator splits BioRED's two correlations by the types of the two entities (its
 * tutorial, "Relation Annotations", table 2); the other BioRED types keep one name each:
 *
 * <pre>
 *   Positive_Correlation  chemical-disease, variant-disease: cause   gene-disease, chemical-variant: stimulate
 *                         any other pair: positive_correlate
 *   Negative_Correlation  chemical-disease: treat   variant-disease: prevent   gene-disease, chemical-variant: inhibit
 *                         any other pair: negative_correlate
 *   Association associate, Bind interact, Cotreatment cotreat, Comparison compare, Conversion convert,
 *   Drug_Interaction drug_interact
 * </pre>
 *
 * Within one pair of entity types no two BioRED types share a name, so a PubTator name leads back
 * to one BioRED type.
 */
public final class RelationTypes {
  /** PubTator 3.0's relation types. */
  public static final List<String> NAMES =
      List.of(
          "treat",
          "cause",
          "cotreat",
          "convert",
          "compare",
          "interact",
          "associate",
          "positive_correlate",
          "negative_correlate",
          "prevent",
          "inhibit",
          "stimulate",
          "drug_interact");

  private static final Set<EntityType> CHEMICAL_DISEASE =
      EnumSet.of(EntityType.CHEMICAL, EntityType.DISEASE);
  private static final Set<EntityType> VARIANT_DISEASE =
      EnumSet.of(EntityType.VARIANT, EntityType.DISEASE);
  private static final Set<EntityType> GENE_DISEASE =
      EnumSet.of(EntityType.GENE, EntityType.DISEASE);
  private static final Set<EntityType> CHEMICAL_VARIANT =
      EnumSet.of(EntityType.CHEMICAL, EntityType.VARIANT);

  private RelationTypes() {}

  /**
   * PubTator's name of a BioRED relation type between entities of types {@code a} and {@code b}
   * (either order).
   */
  public static String pubtatorName(String bioredType, EntityType a, EntityType b) {
    Set<EntityType> pair = EnumSet.of(a, b);
    return switch (bioredType) {
      case "Association" -> "associate";
      case "Bind" -> "interact";
      case "Cotreatment" -> "cotreat";
      case "Comparison" -> "compare";
      case "Conversion" -> "convert";
      case "Drug_Interaction" -> "drug_interact";
      case "Positive_Correlation" -> {
        if (pair.equals(CHEMICAL_DISEASE) || pair.equals(VARIANT_DISEASE)) {
          yield "cause";
        }
        yield pair.equals(GENE_DISEASE) || pair.equals(CHEMICAL_VARIANT)
            ? "stimulate"
            : "positive_correlate";
      }
      case "Negative_Correlation" -> {
        if (pair.equals(CHEMICAL_DISEASE)) {
          yield "treat";
        }
        if (pair.equals(VARIANT_DISEASE)) {
          yield "prevent";
        }
        yield pair.equals(GENE_DISEASE) || pair.equals(CHEMICAL_VARIANT)
            ? "inhibit"
            : "negative_correlate";
      }
      default ->
          throw new IllegalArgumentException("not a BioRED relation type: '" + bioredType + "'");
    };
  }

  /** Whether {@code name} is one of PubTator's relation types, in any case. */
  public static boolean isName(String name) {
    return NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The BioRED type that PubTator calls {@code name} between entities of types {@code a} and {@code
   * b}; empty when PubTator gives that name to no relation of such entities (treat between two
   * genes).
   */
  public static Optional<String> bioredType(String name, EntityType a, EntityType b) {
    String lower = name.toLowerCase(Locale.ROOT);
    return EntityRelation.TYPES.stream()
        .filter(t -> pubtatorName(t, a, b).equals(lower))
        .findFirst();
  }
}
