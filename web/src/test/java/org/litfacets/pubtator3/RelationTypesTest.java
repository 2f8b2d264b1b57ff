package org.litfacets.pubtator3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;

class RelationTypesTest {
  private static final EntityType CHEMICAL = EntityType.CHEMICAL;
  private static final EntityType DISEASE = EntityType.DISEASE;
  private static final EntityType GENE = EntityType.GENE;
  private static final EntityType VARIANT = EntityType.VARIANT;

  @Test
  void correlationsAreNamedByTheEntityTypesEitherWayRound() {
    assertThat(RelationTypes.pubtatorName("Negative_Correlation", CHEMICAL, DISEASE))
        .isEqualTo("treat");
    assertThat(RelationTypes.pubtatorName("Negative_Correlation", DISEASE, CHEMICAL))
        .isEqualTo("treat");
    assertThat(RelationTypes.pubtatorName("Positive_Correlation", DISEASE, CHEMICAL))
        .isEqualTo("cause");
    assertThat(RelationTypes.pubtatorName("Positive_Correlation", VARIANT, DISEASE))
        .isEqualTo("cause");
    assertThat(RelationTypes.pubtatorName("Negative_Correlation", VARIANT, DISEASE))
        .isEqualTo("prevent");
    assertThat(RelationTypes.pubtatorName("Positive_Correlation", GENE, DISEASE))
        .isEqualTo("stimulate");
    assertThat(RelationTypes.pubtatorName("Negative_Correlation", DISEASE, GENE))
        .isEqualTo("inhibit");
    assertThat(RelationTypes.pubtatorName("Positive_Correlation", CHEMICAL, VARIANT))
        .isEqualTo("stimulate");
    assertThat(RelationTypes.pubtatorName("Negative_Correlation", CHEMICAL, VARIANT))
        .isEqualTo("inhibit");
    assertThat(RelationTypes.pubtatorName("Positive_Correlation", CHEMICAL, GENE))
        .isEqualTo("positive_correlate");
    assertThat(RelationTypes.pubtatorName("Negative_Correlation", GENE, GENE))
        .isEqualTo("negative_correlate");
    assertThat(RelationTypes.pubtatorName("Negative_Correlation", CHEMICAL, CHEMICAL))
        .isEqualTo("negative_correlate");
  }

  @Test
  void theOtherTypesHaveOneNameEach() {
    assertThat(RelationTypes.pubtatorName("Association", GENE, DISEASE)).isEqualTo("associate");
    assertThat(RelationTypes.pubtatorName("Bind", CHEMICAL, GENE)).isEqualTo("interact");
    assertThat(RelationTypes.pubtatorName("Cotreatment", CHEMICAL, CHEMICAL)).isEqualTo("cotreat");
    assertThat(RelationTypes.pubtatorName("Comparison", CHEMICAL, CHEMICAL)).isEqualTo("compare");
    assertThat(RelationTypes.pubtatorName("Conversion", CHEMICAL, CHEMICAL)).isEqualTo("convert");
    assertThat(RelationTypes.pubtatorName("Drug_Interaction", CHEMICAL, CHEMICAL))
        .isEqualTo("drug_interact");
  }

  @Test
  void everyNameLeadsBackToTheOneTypeItNamesForThosePairs() {
    for (EntityType a : EntityType.values()) {
      for (EntityType b : EntityType.values()) {
        for (String type : EntityRelation.TYPES) {
          String name = RelationTypes.pubtatorName(type, a, b);
          assertThat(RelationTypes.NAMES).contains(name);
          assertThat(RelationTypes.bioredType(name, a, b))
              .as("%s between %s and %s", name, a, b)
              .contains(type);
        }
      }
    }
    assertThat(RelationTypes.bioredType("TREAT", DISEASE, CHEMICAL))
        .contains("Negative_Correlation");
    assertThat(RelationTypes.bioredType("treat", GENE, GENE)).isEmpty();
    assertThat(RelationTypes.isName("Drug_Interact")).isTrue();
    assertThat(RelationTypes.isName("Negative_Correlation")).isFalse();
  }
}
