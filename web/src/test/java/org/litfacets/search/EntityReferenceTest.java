package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;

class EntityReferenceTest {

  @Test
  void readsPubtatorNamesWithUnderscoresForSpaces() {
    EntityReference ref = EntityReference.parse("e1", "@DISEASE_Breast_Neoplasms");
    assertThat(ref).isEqualTo(new EntityReference(EntityType.DISEASE, "Breast_Neoplasms", false));
    assertThat(ref.name()).isEqualTo("Breast Neoplasms");
    assertThat(EntityReference.parse("e1", " @chemical_Doxorubicin ").type())
        .isEqualTo(EntityType.CHEMICAL);
    assertThat(EntityReference.parse("e1", "@CELLLINE_HeLa").type())
        .isEqualTo(EntityType.CELL_LINE);
  }

  @Test
  void readsIdentifiersInEitherSyntaxKeepingTheirBarsAndUnderscores() {
    assertThat(EntityReference.parse("e", "@CHEMICAL_MESH:D004317"))
        .isEqualTo(new EntityReference(EntityType.CHEMICAL, "MESH:D004317", false));
    assertThat(EntityReference.parse("e", "chemical:MESH:D004317"))
        .isEqualTo(new EntityReference(EntityType.CHEMICAL, "MESH:D004317", true));
    assertThat(EntityReference.parse("e", "cell_line:CVCL_0030"))
        .isEqualTo(new EntityReference(EntityType.CELL_LINE, "CVCL_0030", true));
    assertThat(EntityReference.parse("e", "@VARIANT_p|SUB|V|600|E").text())
        .isEqualTo("p|SUB|V|600|E");
  }

  @Test
  void saysWhatIsWrongAndWhichParameter() {
    assertThatThrownBy(() -> EntityReference.parse("e2", null))
        .hasMessageStartingWith("e2 is required");
    assertThatThrownBy(() -> EntityReference.parse("e1", "@DRUG_Doxorubicin"))
        .hasMessage(
            "e1: unknown entity type 'DRUG' in '@DRUG_Doxorubicin'; use one of @DISEASE_, @CHEMICAL_, @GENE_, "
                + "@SPECIES_, @VARIANT_, @CELLLINE_");
    assertThatThrownBy(() -> EntityReference.parse("e1", "@CHEMICAL_ "))
        .hasMessageStartingWith("e1 names no entity");
    assertThatThrownBy(() -> EntityReference.parse("e1", "chemical:"))
        .hasMessageStartingWith("e1 names no entity");
    for (String bad : new String[] {"Doxorubicin", "drug:MESH:D004317", "@CHEMICAL"}) {
      assertThatThrownBy(() -> EntityReference.parse("e1", bad))
          .as(bad)
          .hasMessage(
              "e1 must be @TYPE_name, @TYPE_identifier (TYPE one of DISEASE, CHEMICAL, GENE, SPECIES, VARIANT, "
                  + "CELLLINE) or type:identifier, got '"
                  + bad
                  + "'");
    }
  }

  @Test
  void readsRelationSearches() {
    EntityReference.Relation any =
        EntityReference.parseRelation(
            "q", "relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Neoplasms");
    assertThat(any.relationType()).isEqualTo(EntityReference.ANY_RELATION);
    assertThat(any.first())
        .isEqualTo(new EntityReference(EntityType.CHEMICAL, "Doxorubicin", false));
    assertThat(any.second()).isEqualTo(new EntityReference(EntityType.DISEASE, "Neoplasms", false));
    // Variant identifiers hold bars; relation types are written as the index writes them, whatever
    // the case asked.
    EntityReference.Relation typed =
        EntityReference.parseRelation(
            "q", "Relations:positive_correlation|@VARIANT_p|SUB|V|600|E|@GENE_BRAF");
    assertThat(typed.relationType()).isEqualTo("Positive_Correlation");
    assertThat(typed.first().text()).isEqualTo("p|SUB|V|600|E");
    assertThat(typed.second().text()).isEqualTo("BRAF");
    assertThat(EntityReference.isRelation("relations:ANY|@A_b|@C_d")).isTrue();
    assertThat(EntityReference.isRelation("@CHEMICAL_x")).isFalse();

    assertThatThrownBy(
            () -> EntityReference.parseRelation("q", "relations:ANY|@CHEMICAL_Doxorubicin"))
        .hasMessageStartingWith(
            "q must look like relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Neoplasms");
    assertThatThrownBy(
            () -> EntityReference.parseRelation("q", "relations:Friendship|@CHEMICAL_a|@DISEASE_b"))
        .hasMessage(
            "q must be ANY or one of Association, Positive_Correlation, Negative_Correlation, Bind, Cotreatment, "
                + "Comparison, Drug_Interaction, Conversion, got 'Friendship'");
    assertThatThrownBy(() -> EntityReference.parseRelation("q", "relations:ANY|@DRUG_a|@DISEASE_b"))
        .hasMessageStartingWith("q: unknown entity type 'DRUG'");
  }
}
