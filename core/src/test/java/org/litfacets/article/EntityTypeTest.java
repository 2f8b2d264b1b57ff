package org.litfacets.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTypeTest {

  @Test
  void mapsCorpusTypeNames() {
    assertThat(EntityType.fromCorpusType("Chemical")).contains(EntityType.CHEMICAL);
    assertThat(EntityType.fromCorpusType("ChemicalEntity")).contains(EntityType.CHEMICAL);
    assertThat(EntityType.fromCorpusType("DiseaseOrPhenotypicFeature"))
        .contains(EntityType.DISEASE);
    assertThat(EntityType.fromCorpusType("Modifier")).contains(EntityType.DISEASE);
    assertThat(EntityType.fromCorpusType("CompositeMention")).contains(EntityType.DISEASE);
    assertThat(EntityType.fromCorpusType("GeneOrGeneProduct")).contains(EntityType.GENE);
    assertThat(EntityType.fromCorpusType("OrganismTaxon")).contains(EntityType.SPECIES);
    assertThat(EntityType.fromCorpusType("SequenceVariant")).contains(EntityType.VARIANT);
    assertThat(EntityType.fromCorpusType("CellLine")).contains(EntityType.CELL_LINE);
    assertThat(EntityType.fromCorpusType("CID")).isEmpty();
  }
}
