package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityDictionary.Source;

class DictionaryTaggerTest {

  static EntityDictionary fixture() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add(
        "Diabetes Mellitus",
        EntityType.DISEASE,
        "MESH:D003920",
        "Diabetes Mellitus",
        Source.PREFERRED);
    b.add(
        "Diabetes Mellitus, Type 2",
        EntityType.DISEASE,
        "MESH:D003924",
        "Diabetes Mellitus, Type 2",
        Source.PREFERRED);
    b.add(
        "Type 2 Diabetes Mellitus",
        EntityType.DISEASE,
        "MESH:D003924",
        "Diabetes Mellitus, Type 2",
        Source.SYNONYM);
    b.add("Tumor", EntityType.DISEASE, "MESH:D009369", "Neoplasms", Source.SYNONYM);
    b.add(
        "Precursor Cell Lymphoblastic Leukemia-Lymphoma",
        EntityType.DISEASE,
        "MESH:D054198",
        "Precursor Cell Lymphoblastic Leukemia-Lymphoma",
        Source.PREFERRED);
    b.add(
        "acute lymphoblastic leukemia",
        EntityType.DISEASE,
        "MESH:D054198",
        "Precursor Cell Lymphoblastic Leukemia-Lymphoma",
        Source.TRAINING);
    b.add(
        "ALL",
        EntityType.DISEASE,
        "MESH:D054198",
        "Precursor Cell Lymphoblastic Leukemia-Lymphoma",
        Source.SYNONYM);
    b.add("Lead", EntityType.CHEMICAL, "MESH:D007854", "Lead", Source.PREFERRED);
    b.add("Dopamine", EntityType.CHEMICAL, "MESH:D004298", "Dopamine", Source.PREFERRED);
    b.add("dopamine receptor", EntityType.GENE, "NCBIGene:1812", "DRD1", Source.SYNONYM);
    b.add("5-fluorouracil", EntityType.CHEMICAL, "MESH:D005472", "Fluorouracil", Source.SYNONYM);
    b.add("TP53", EntityType.GENE, "NCBIGene:7157", "TP53", Source.PREFERRED);
    b.add("HeLa", EntityType.CELL_LINE, "CVCL_0030", "HeLa", Source.SYNONYM);
    b.add("mice", EntityType.SPECIES, "NCBITaxon:10090", "Mus musculus", Source.SYNONYM);
    b.add("A20", EntityType.CELL_LINE, "CVCL_1940", "A20", Source.SYNONYM);
    b.add("Arch", EntityType.GENE, "NCBIGene:67106", "Zbtb8os", Source.SYNONYM);
    b.add("Proc", EntityType.GENE, "NCBIGene:19123", "Proc", Source.PREFERRED, 1, 10090);
    b.add("PD-L1", EntityType.GENE, "NCBIGene:29126", "CD274", Source.SYNONYM);
    b.add("brain tumor", EntityType.GENE, "NCBIGene:35197", "brat", Source.SYNONYM);
    b.add("Genesis", EntityType.GENE, "NCBIGene:27022", "FOXD3", Source.SYNONYM);
    b.add("Paste", EntityType.CHEMICAL, "MESH:D009824", "Ointments", Source.SYNONYM);
    b.add("fossa", EntityType.SPECIES, "NCBITaxon:94188", "Cryptoprocta ferox", Source.SYNONYM);
    b.add("T4", EntityType.CHEMICAL, "MESH:D013974", "Thyroxine", Source.SYNONYM);
    b.add("T1", EntityType.GENE, "NCBIGene:10449", "ACAA2", Source.SYNONYM);
    b.add("AT", EntityType.GENE, "NCBIGene:9407", "TMPRSS11D", Source.SYNONYM);
    b.add("SMR", EntityType.GENE, "NCBIGene:147719", "SMR3A", Source.SYNONYM);
    b.add("HBD", EntityType.GENE, "NCBIGene:3045", "HBD", Source.PREFERRED);
    b.add("turkey", EntityType.SPECIES, "NCBITaxon:9103", "Meleagris gallopavo", Source.SYNONYM);
    b.add("mum", EntityType.SPECIES, "NCBITaxon:41568", "Chrysanthemum morifolium", Source.SYNONYM);
    b.add(
        "B virus", EntityType.SPECIES, "NCBITaxon:10325", "Macacine herpesvirus 1", Source.SYNONYM);
    b.add("Brain Tumors", EntityType.DISEASE, "MESH:D001932", "Brain Neoplasms", Source.SYNONYM);
    b.add("Cisplatin", EntityType.CHEMICAL, "MESH:D002945", "Cisplatin", Source.PREFERRED);
    b.add("DDP", EntityType.GENE, "NCBIGene:1678", "TIMM8A", Source.SYNONYM);
    b.add(
        "Triiodothyronine",
        EntityType.CHEMICAL,
        "MESH:D014284",
        "Triiodothyronine",
        Source.PREFERRED);
    b.add("T3", EntityType.CHEMICAL, "MESH:D014284", "Triiodothyronine", Source.SYNONYM);
    b.add("PD", EntityType.DISEASE, "MESH:D010300", "Parkinson Disease", Source.SYNONYM);
    b.add("Death", EntityType.DISEASE, "MESH:D003643", "Death", Source.PREFERRED);
    b.add("AZT", EntityType.CHEMICAL, "MESH:D015215", "Zidovudine", Source.SYNONYM);
    b.add("Fatty Acids", EntityType.CHEMICAL, "MESH:D005227", "Fatty Acids", Source.PREFERRED);
    b.add("Tyrosine", EntityType.CHEMICAL, "MESH:D014443", "Tyrosine", Source.PREFERRED);
    b.add("K", EntityType.CHEMICAL, "MESH:D011188", "Potassium", Source.SYNONYM);
    b.add("PGE", EntityType.CHEMICAL, "MESH:D011458", "Prostaglandins E", Source.SYNONYM);
    b.add("deoxythymidine", EntityType.CHEMICAL, "MESH:D013936", "Thymidine", Source.SYNONYM);
    b.add(
        "von Hippel-Lindau Disease",
        EntityType.DISEASE,
        "MESH:D006623",
        "von Hippel-Lindau Disease",
        Source.PREFERRED);
    b.add("VHL", EntityType.DISEASE, "MESH:D006623", null, Source.TRAINING);
    b.add("Wilson disease", EntityType.DISEASE, "MESH:D006527", null, Source.TRAINING);
    b.add("WND", EntityType.DISEASE, "MESH:D006527", null, Source.TRAINING);
    b.add("ED", EntityType.CHEMICAL, "MESH:D004997", "Ethinyl Estradiol", Source.TRAINING);
    b.add(
        "Venous Thromboembolism",
        EntityType.DISEASE,
        "MESH:D054556",
        "Venous Thromboembolism",
        Source.PREFERRED);
    b.add(
        "Thromboembolism", EntityType.DISEASE, "MESH:D013923", "Thromboembolism", Source.PREFERRED);
    b.add("thromboembolic", EntityType.DISEASE, "MESH:D013923", null, Source.TRAINING);
    b.add("Embolism", EntityType.DISEASE, "MESH:D004617", "Embolism", Source.PREFERRED);
    b.add("inflammatory", EntityType.DISEASE, "MESH:D007249", "Inflammation", Source.TRAINING);
    b.add("proinflammatory", EntityType.DISEASE, "MESH:D007249", "Inflammation", Source.TRAINING);
    return b.build();
  }

  private final DictionaryTagger tagger = new DictionaryTagger(fixture());

  @Test
  void findsLongestMatchWithExactSpansAndIds() {
    String text = "Type-2 diabetes mellitus and diabetes mellitus in mice.";
    assertThat(tagger.tag(text))
        .containsExactly(
            new Mention(
                0,
                24,
                "Type-2 diabetes mellitus",
                EntityType.DISEASE,
                "MESH:D003924",
                "Diabetes Mellitus, Type 2"),
            new Mention(
                29,
                46,
                "diabetes mellitus",
                EntityType.DISEASE,
                "MESH:D003920",
                "Diabetes Mellitus"),
            new Mention(50, 54, "mice", EntityType.SPECIES, "NCBITaxon:10090", "Mus musculus"));
  }

  @Test
  void joinsWordsHyphenatedInsideAWord() {
    String text = "A venous thrombo-embolism, a thrombo-embolic or pro-inflammatory embolism.";
    assertThat(tagger.tag(text))
        .containsExactly(
            new Mention(
                2,
                25,
                "venous thrombo-embolism",
                EntityType.DISEASE,
                "MESH:D054556",
                "Venous Thromboembolism"),
            new Mention(
                29, 44, "thrombo-embolic", EntityType.DISEASE, "MESH:D013923", "Thromboembolism"),
            // a hyphenated word alone keeps the name of its part: "pro-inflammatory" is not
            // "proinflammatory"
            new Mention(52, 64, "inflammatory", EntityType.DISEASE, "MESH:D007249", "Inflammation"),
            new Mention(65, 73, "embolism", EntityType.DISEASE, "MESH:D004617", "Embolism"));
  }

  @Test
  void foldsPluralsAndBritishSpelling() {
    assertThat(tagger.tag("Tumours grew.")).extracting(Mention::id).containsExactly("MESH:D009369");
  }

  @Test
  void matchesShortAndAllCapsNamesOnlyWithTheirCase() {
    List<Mention> found = tagger.tag("In ALL, all HeLa and hela cells lacked TP53; tp53 was");
    assertThat(found).extracting(Mention::text).containsExactly("ALL", "HeLa", "TP53");
  }

  @Test
  void skipsStopWordsButKeepsTrainingNames() {
    assertThat(tagger.tag("This may lead to acute lymphoblastic leukemia."))
        .extracting(Mention::text)
        .containsExactly("acute lymphoblastic leukemia");
  }

  @Test
  void ordinaryWordsThatAVocabularyGivesAsNamesAreNotMatched() {
    // "Genesis" is a synonym of FOXD3, "Paste" of MeSH's Ointments
    assertThat(tagger.tag("Tumor genesis was not linked to eating shrimp paste."))
        .extracting(Mention::text)
        .containsExactly("Tumor");
    // an anatomical word, a country, a unit, the part of "hepatitis B virus" or "subtype B virus"
    assertThat(
            tagger.tag(
                "In Turkey, a posterior fossa mass shrank at 50 muM, as did subtype B virus."))
        .isEmpty();
  }

  @Test
  void keepsChemicalsInsideGeneNames() {
    assertThat(tagger.tag("the dopamine receptor binds 5-fluorouracil"))
        .extracting(Mention::text, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dopamine receptor", EntityType.GENE),
            org.assertj.core.groups.Tuple.tuple("dopamine", EntityType.CHEMICAL),
            org.assertj.core.groups.Tuple.tuple("5-fluorouracil", EntityType.CHEMICAL));
  }

  @Test
  void survivesAWriteAndReadRoundTrip(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("dictionary.bin");
    EntityDictionary.file(file, "inputs-1").write(fixture(), EntityDictionary::write);
    assertThat(EntityDictionary.file(file, "inputs-2").read(EntityDictionary::read, reason -> {}))
        .isEmpty();
    EntityDictionary read =
        EntityDictionary.file(file, "inputs-1")
            .read(EntityDictionary::read, reason -> {})
            .orElseThrow();
    String text = "In ALL, all HeLa cells of mice with Type-2 diabetes mellitus";
    assertThat(new DictionaryTagger(read).tag(text)).isEqualTo(tagger.tag(text)).hasSize(4);
    assertThat(read.size()).isEqualTo(fixture().size());
  }

  @Test
  void tagsVariantsByPattern() {
    String text = "BRAF p.V600E (rs113488022), p.Val600Glu and c.1799T>A or c.5382insC.";
    assertThat(tagger.tag(text))
        .filteredOn(m -> m.type() == EntityType.VARIANT)
        .extracting(Mention::text, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p.V600E", "p|SUB|V|600|E"),
            org.assertj.core.groups.Tuple.tuple("rs113488022", "RS#:113488022"),
            org.assertj.core.groups.Tuple.tuple("p.Val600Glu", "p|SUB|V|600|E"),
            org.assertj.core.groups.Tuple.tuple("c.1799T>A", "c|SUB|T|1799|A"),
            org.assertj.core.groups.Tuple.tuple("c.5382insC", "c|INS|5382|C"));
  }
}
