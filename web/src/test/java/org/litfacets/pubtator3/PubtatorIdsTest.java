package org.litfacets.pubtator3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;

class PubtatorIdsTest {

  @Test
  void identifiersAreWrittenAsPubtatorWritesThem() {
    assertThat(PubtatorIds.identifier(EntityType.CHEMICAL, "MESH:D004317"))
        .isEqualTo("MESH:D004317");
    assertThat(PubtatorIds.identifier(EntityType.DISEASE, "MESH:D017180|MESH:D014693"))
        .isEqualTo("MESH:D017180;MESH:D014693");
    assertThat(PubtatorIds.identifier(EntityType.GENE, "NCBIGene:7157|NCBIGene:22059"))
        .isEqualTo("7157;22059");
    assertThat(PubtatorIds.identifier(EntityType.SPECIES, "NCBITaxon:10090")).isEqualTo("10090");
    assertThat(PubtatorIds.identifier(EntityType.VARIANT, "p|SUB|V|600|E"))
        .isEqualTo("p|SUB|V|600|E");
    assertThat(PubtatorIds.identifier(EntityType.CELL_LINE, "CVCL_0030")).isEqualTo("CVCL_0030");
  }

  @Test
  void autocompleteGivesDatabaseIdentifiersAndDatabases() {
    assertThat(PubtatorIds.databaseId(EntityType.CHEMICAL, "MESH:D004317")).isEqualTo("D004317");
    assertThat(PubtatorIds.databaseId(EntityType.DISEASE, "OMIM:114480")).isEqualTo("OMIM:114480");
    assertThat(PubtatorIds.database(EntityType.DISEASE, "OMIM:114480")).isEqualTo("omim");
    assertThat(PubtatorIds.databaseId(EntityType.GENE, "NCBIGene:7157")).isEqualTo("7157");
    assertThat(PubtatorIds.database(EntityType.SPECIES, "NCBITaxon:9606"))
        .isEqualTo("ncbi_taxonomy");
  }

  @Test
  void referencesWriteSpacesAsUnderscores() {
    assertThat(PubtatorIds.accession(EntityType.DISEASE, " Breast Neoplasms "))
        .isEqualTo("@DISEASE_Breast_Neoplasms");
    assertThat(PubtatorIds.accession(EntityType.CELL_LINE, "HeLa")).isEqualTo("@CELLLINE_HeLa");
  }
}
