package org.litfacets.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityRelationTest {

  @Test
  void keepsThePairInEntityTypeOrderThenByIdentifier() {
    EntityRelation named =
        new EntityRelation(
            EntityType.CHEMICAL,
            "MESH:D004317",
            EntityType.DISEASE,
            "MESH:D066126",
            "Positive_Correlation",
            0.9f);
    assertThat(named)
        .isEqualTo(
            new EntityRelation(
                EntityType.DISEASE,
                "MESH:D066126",
                EntityType.CHEMICAL,
                "MESH:D004317",
                "Positive_Correlation",
                0.9f));
    assertThat(named.type1()).isEqualTo(EntityType.DISEASE);
    assertThat(named.id2()).isEqualTo("MESH:D004317");
    EntityRelation genes =
        new EntityRelation(
            EntityType.GENE, "NCBIGene:7157", EntityType.GENE, "NCBIGene:2064", "Bind", 0.5f);
    assertThat(genes.id1()).isEqualTo("NCBIGene:2064");
  }

  @Test
  void refusesWhatTheSearchCouldNotFind() {
    assertThatThrownBy(
            () -> new EntityRelation(EntityType.GENE, "1", EntityType.GENE, "1", "Bind", 0.5f))
        .hasMessageContaining("two different entities");
    assertThatThrownBy(
            () -> new EntityRelation(EntityType.GENE, "1", EntityType.GENE, "2", "Treats", 0.5f))
        .hasMessageStartingWith("unknown relation type 'Treats'");
    assertThatThrownBy(
            () -> new EntityRelation(EntityType.GENE, "1", EntityType.GENE, "2", "Bind", 1.5f))
        .hasMessageContaining("[0, 1]");
  }
}
