package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityDictionary.Source;

class GeneSpeciesTest {

  private static EntityRecognizer recognizer() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("TRAF2", EntityType.GENE, "NCBIGene:7186", "TRAF2", Source.PREFERRED, 0, 9606);
    b.add("Traf2", EntityType.GENE, "NCBIGene:22030", "Traf2", Source.PREFERRED, 1, 10090);
    b.add("ELF5", EntityType.GENE, "NCBIGene:2001", "ELF5", Source.PREFERRED, 0, 9606);
    b.add("Elf5", EntityType.GENE, "NCBIGene:13711", "Elf5", Source.PREFERRED, 1, 10090);
    b.add("CFTR", EntityType.GENE, "NCBIGene:1080", "CFTR", Source.PREFERRED, 0, 9606);
    b.add("Cftr", EntityType.GENE, "NCBIGene:12638", "Cftr", Source.PREFERRED, 1, 10090);
    b.add(
        "cystic fibrosis transmembrane conductance regulator",
        EntityType.GENE,
        "NCBIGene:12638",
        "Cftr",
        Source.SYNONYM,
        1,
        10090);
    b.add("AR", EntityType.GENE, "NCBIGene:367", "AR", Source.PREFERRED, 0, 9606);
    b.add("Ar", EntityType.GENE, "NCBIGene:11835", "Ar", Source.PREFERRED, 1, 10090);
    // a mouse gene with the human symbol as a synonym: mouse Ar still wins among mice
    b.add("AR", EntityType.GENE, "NCBIGene:14187", "Akr1b8", Source.SYNONYM, 1, 10090);
    b.add("BARS", EntityType.GENE, "NCBIGene:1487", "CTBP1", Source.SYNONYM, 0, 9606);
    // a training name of a rat gene, which gene_info names for human too
    b.add("adiponectin", EntityType.GENE, "NCBIGene:246253", null, Source.TRAINING);
    b.add("adiponectin", EntityType.GENE, "NCBIGene:9370", "ADIPOQ", Source.SYNONYM, 0, 9606);
    b.add(
        "yeast", EntityType.SPECIES, "NCBITaxon:4932", "Saccharomyces cerevisiae", Source.SYNONYM);
    b.add("human", EntityType.SPECIES, "NCBITaxon:9606", "Homo sapiens", Source.SYNONYM);
    b.add("mice", EntityType.SPECIES, "NCBITaxon:10090", "Mus musculus", Source.SYNONYM);
    return new EntityRecognizer(b.build());
  }

  @Test
  void aGeneTakesTheOrganismNearestInItsSentenceElseTheAbstractsFocus() {
    String text = "In human cells TRAF2 binds. Mice lacking TRAF2 died. TRAF2 matters in mice.";
    assertThat(recognizer().tag(text))
        .filteredOn(m -> m.type() == EntityType.GENE)
        .extracting(Mention::start, Mention::id)
        .containsExactly(
            tuple(15, "NCBIGene:7186"), tuple(41, "NCBIGene:22030"), tuple(53, "NCBIGene:22030"));
  }

  @Test
  void aSymbolWrittenInAnotherOrganismsNomenclatureKeepsThatOrganism() {
    // human ELF5 is written in capitals; "Elf5" is the mouse gene even beside "human"
    String text = "In human cells, Elf5 and TRAF2 rose.";
    assertThat(recognizer().tag(text))
        .filteredOn(m -> m.type() == EntityType.GENE)
        .extracting(Mention::text, Mention::id)
        .containsExactly(tuple("Elf5", "NCBIGene:13711"), tuple("TRAF2", "NCBIGene:7186"));
  }

  @Test
  void aGeneOfAnotherOrganismTakesItsOrthologOfTheSameSymbol() {
    // the full name is a mouse name only; "AR" matches human AR only, written in capitals
    String text =
        "In human cells cystic fibrosis transmembrane conductance regulator fell. Mice lacking AR"
            + " died.";
    assertThat(recognizer().tag(text))
        .filteredOn(m -> m.type() == EntityType.GENE)
        .extracting(Mention::start, Mention::end, Mention::id, Mention::name)
        .containsExactly(
            tuple(15, 66, "NCBIGene:1080", "CFTR"), tuple(86, 88, "NCBIGene:11835", "Ar"));
  }

  @Test
  void anAbstractNamingNoOrganismWithSymbolsInMouseNomenclatureIsAboutMice() {
    String text = "Elf5 and Traf2 bound TRAF2.";
    assertThat(recognizer().tag(text))
        .filteredOn(m -> m.type() == EntityType.GENE)
        .extracting(Mention::text, Mention::id)
        .containsExactly(
            tuple("Elf5", "NCBIGene:13711"),
            tuple("Traf2", "NCBIGene:22030"),
            tuple("TRAF2", "NCBIGene:22030"));
  }

  @Test
  void aShortFormOfANameTheDictionaryLacksTakesItsOrganismsGene() {
    String text = "Mice lacking TNF receptor associated factor two (TRAF2) died. TRAF2 matters.";
    MentionTagger learned =
        t ->
            List.of(
                new Mention(
                    13, 47, "TNF receptor associated factor two", EntityType.GENE, null, null));
    EntityRecognizer hybrid = new EntityRecognizer(recognizer().dictionary(), learned);
    assertThat(hybrid.tag(text))
        .filteredOn(m -> m.type() == EntityType.GENE && m.id() != null)
        .extracting(Mention::start, Mention::id)
        .containsExactly(tuple(49, "NCBIGene:22030"), tuple(62, "NCBIGene:22030"));
  }

  @Test
  void aSymbolDefinedByANameThatIsNoGeneIsNoGene() {
    String text = "The Barnes Akathisia Rating Scale (BARS) improved. BARS fell.";
    assertThat(recognizer().tag(text)).filteredOn(m -> m.type() == EntityType.GENE).isEmpty();
  }

  @Test
  void aTrainingNameOfAnotherOrganismsGeneIsTheHumanGeneWhereOnlyHumansAreNamed() {
    assertThat(recognizer().tag("Adiponectin fell in human placenta."))
        .filteredOn(m -> m.type() == EntityType.GENE)
        .extracting(Mention::start, Mention::end, Mention::id, Mention::name)
        .containsExactly(tuple(0, 11, "NCBIGene:9370", "ADIPOQ"));
    // another organism named: the training name's gene may be that organism's
    assertThat(recognizer().tag("Adiponectin fell in human placenta and in yeast."))
        .filteredOn(m -> m.type() == EntityType.GENE)
        .extracting(Mention::start, Mention::end, Mention::id)
        .containsExactly(tuple(0, 11, "NCBIGene:246253"));
  }

  private static EntityRecognizer familyRecognizer() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    for (String[] g :
        new String[][] {
          {"MMP1", "4312"}, {"MMP2", "4313"}, {"MMP9", "4318"}, {"SMAD1", "4086"},
          {"SMAD5", "4090"}, {"HDAC1", "3065"}, {"HDAC9", "9734"}, {"NR3C2", "4306"},
          {"MR1", "3140"}, {"WNT1", "7471"}, {"WNT5A", "7474"}
        }) {
      b.add(g[0], EntityType.GENE, "NCBIGene:" + g[1], g[0], Source.PREFERRED, 0, 9606);
    }
    b.add("HDAC", EntityType.GENE, "NCBIGene:9734", "HDAC9", Source.SYNONYM, 0, 9606);
    b.add("MR", EntityType.GENE, "NCBIGene:4306", "NR3C2", Source.SYNONYM, 0, 9606);
    b.add(
        "matrix metalloproteinases",
        EntityType.GENE,
        "NCBIGene:4312",
        "MMP1",
        Source.SYNONYM,
        0,
        9606);
    // training names: the members of another abstract, one gene of the family
    b.add("MMPs", EntityType.GENE, "NCBIGene:4312", null, Source.TRAINING);
    b.add("Smad", EntityType.GENE, "NCBIGene:4086|NCBIGene:4090", null, Source.TRAINING);
    b.add("Wnt", EntityType.GENE, "NCBIGene:7474", null, Source.TRAINING);
    return new EntityRecognizer(b.build());
  }

  @Test
  void aFamilyIsNamedByItsMembersInTheAbstract() {
    String text =
        "matrix metalloproteinases (MMPs) such as MMP2 and MMP9 rose; MMP1 was not measured.";
    assertThat(familyRecognizer().tag(text))
        .extracting(Mention::start, Mention::end, Mention::type, Mention::id)
        .containsExactly(
            tuple(0, 25, EntityType.GENE, "NCBIGene:4313|NCBIGene:4318|NCBIGene:4312"),
            tuple(27, 31, EntityType.GENE, "NCBIGene:4313|NCBIGene:4318|NCBIGene:4312"),
            tuple(41, 45, EntityType.GENE, "NCBIGene:4313"),
            tuple(50, 54, EntityType.GENE, "NCBIGene:4318"),
            tuple(61, 65, EntityType.GENE, "NCBIGene:4312"));
  }

  @Test
  void aFamilyWithoutMembersInTheAbstractIsItsFirstMember() {
    // "Smad" is a training name of two members, "HDAC" a synonym of HDAC9 only
    assertThat(familyRecognizer().tag("Smad and HDAC bind."))
        .extracting(Mention::start, Mention::end, Mention::id, Mention::name)
        .containsExactly(
            tuple(0, 4, "NCBIGene:4086", "SMAD1"), tuple(9, 13, "NCBIGene:3065", "HDAC1"));
  }

  @Test
  void aFamilysTrainingNameOfOneGeneAndANameOfAnotherGeneStay() {
    // BioRED writes "Wnt" as WNT5A; "MR" (MR1 is a gene) is NR3C2
    assertThat(familyRecognizer().tag("Wnt and MR bind."))
        .extracting(Mention::start, Mention::end, Mention::id)
        .containsExactly(tuple(0, 3, "NCBIGene:7474"), tuple(8, 10, "NCBIGene:4306"));
  }

  @Test
  void aGroupsTrainingNameKeepsTheMembersTheAbstractNamesElseItsFirst() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("CCL2", EntityType.GENE, "NCBIGene:6347", "CCL2", Source.PREFERRED, 0, 9606);
    b.add("CCL3", EntityType.GENE, "NCBIGene:6348", "CCL3", Source.PREFERRED, 0, 9606);
    b.add("CXCL8", EntityType.GENE, "NCBIGene:3576", "CXCL8", Source.PREFERRED, 0, 9606);
    b.add("MAPK3", EntityType.GENE, "NCBIGene:5595", "MAPK3", Source.PREFERRED, 0, 9606);
    b.add("MAPK1", EntityType.GENE, "NCBIGene:5594", "MAPK1", Source.PREFERRED, 0, 9606);
    // the members of the training abstract that annotated these names
    b.add(
        "chemokines",
        EntityType.GENE,
        "NCBIGene:3576|NCBIGene:6347|NCBIGene:6348",
        null,
        Source.TRAINING);
    b.add("ERK1/2", EntityType.GENE, "NCBIGene:5595|NCBIGene:5594", null, Source.TRAINING);
    EntityRecognizer recognizer = new EntityRecognizer(b.build());
    assertThat(recognizer.tag("Chemokines such as CCL3 and CCL2 rose; ERK1/2 did not."))
        .extracting(Mention::start, Mention::end, Mention::id, Mention::name)
        .containsExactly(
            tuple(0, 10, "NCBIGene:6347|NCBIGene:6348", "CCL2"),
            tuple(19, 23, "NCBIGene:6348", "CCL3"),
            tuple(28, 32, "NCBIGene:6347", "CCL2"),
            tuple(39, 45, "NCBIGene:5595|NCBIGene:5594", "MAPK3"));
    assertThat(recognizer.tag("Chemokines rose."))
        .extracting(Mention::start, Mention::end, Mention::id)
        .containsExactly(tuple(0, 10, "NCBIGene:3576"));
  }

  @Test
  void aGeneOfARatSentenceWithNoRatGeneTakesTheAbstractsOrganism() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("PLAGL2", EntityType.GENE, "NCBIGene:5326", "PLAGL2", Source.PREFERRED, 0, 9606);
    b.add("Plagl2", EntityType.GENE, "NCBIGene:54711", "Plagl2", Source.PREFERRED, 1, 10090);
    // a training name of the mouse gene
    b.add("PLAGL2", EntityType.GENE, "NCBIGene:54711", null, Source.TRAINING);
    b.add("human", EntityType.SPECIES, "NCBITaxon:9606", "Homo sapiens", Source.SYNONYM);
    b.add("rats", EntityType.SPECIES, "NCBITaxon:10116", "Rattus norvegicus", Source.TRAINING);
    String text = "In human tumours PLAGL2 rose. PLAGL2 cells were injected into rats.";
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .filteredOn(m -> m.type() == EntityType.GENE)
        .extracting(Mention::start, Mention::end, Mention::id)
        .containsExactly(tuple(17, 23, "NCBIGene:5326"), tuple(30, 36, "NCBIGene:5326"));
  }
}
