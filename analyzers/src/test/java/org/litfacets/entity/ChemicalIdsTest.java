package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityDictionary.Source;

class ChemicalIdsTest {

  private static EntityRecognizer recognizer() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("CYP", EntityType.CHEMICAL, "MESH:D003520", "Cyclophosphamide", Source.TRAINING);
    b.add("cytochrome P450", EntityType.GENE, "NCBIGene:1565", "CYP2D6", Source.SYNONYM);
    b.add("oxygen", EntityType.CHEMICAL, "MESH:D010100", "Oxygen", Source.PREFERRED);
    b.add("ROS", EntityType.CHEMICAL, "MESH:D017382", "Reactive Oxygen Species", Source.TRAINING);
    return new EntityRecognizer(b.build());
  }

  @Test
  void aShortFormDefinedAsAGeneIsNotTheChemicalOfItsLetters() {
    String text = "Cinacalcet inhibits cytochrome P450 isoenzyme (CYP) 2D6. CYP was measured.";
    assertThat(recognizer().tag(text))
        .extracting(Mention::text, Mention::start, Mention::end, Mention::type, Mention::id)
        .containsExactly(tuple("cytochrome P450", 20, 35, EntityType.GENE, "NCBIGene:1565"));
  }

  @Test
  void aShortFormWhoseLongFormHoldsAChemicalStaysAChemical() {
    String text = "Cells made reactive oxygen species (ROS). ROS rose.";
    assertThat(recognizer().tag(text))
        .extracting(Mention::text, Mention::start, Mention::end, Mention::type, Mention::id)
        .containsExactly(
            tuple("oxygen", 20, 26, EntityType.CHEMICAL, "MESH:D010100"),
            tuple("ROS", 36, 39, EntityType.CHEMICAL, "MESH:D017382"),
            tuple("ROS", 42, 45, EntityType.CHEMICAL, "MESH:D017382"));
  }
}
