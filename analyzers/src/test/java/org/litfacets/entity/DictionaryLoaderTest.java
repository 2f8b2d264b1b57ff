package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityDictionary.Source;
import org.litfacets.mesh.Descriptor;
import org.litfacets.pubtator.PubtatorAnnotation;
import org.litfacets.pubtator.PubtatorDocument;

class DictionaryLoaderTest {

  private static Descriptor descriptor(String ui, String name, String... trees) {
    return new Descriptor(ui, name, List.of(name), List.of(trees), List.of());
  }

  @Test
  void nucleicAcidsProteinsAndEnzymesAreNoChemicals() {
    assertThat(
            DictionaryLoader.meshTypes(descriptor("D012313", "RNA, Messenger", "D13.444.735.544")))
        .isEmpty();
    assertThat(DictionaryLoader.meshTypes(descriptor("D004247", "DNA", "D13.444.308"))).isEmpty();
    assertThat(
            DictionaryLoader.meshTypes(
                descriptor("D060888", "B7-H1 Antigen", "D12.776.543.550", "D23.050.301")))
        .isEmpty();
    assertThat(
            DictionaryLoader.meshTypes(
                descriptor("D021382", "Protein Sorting Signals", "D12.644.770", "G02.111.570")))
        .isEmpty();
    // nucleotides stay chemicals
    assertThat(
            DictionaryLoader.meshTypes(
                descriptor("D000255", "Adenosine Triphosphate", "D13.695.667.138")))
        .containsExactly(EntityType.CHEMICAL);
    assertThat(DictionaryLoader.meshTypes(descriptor("D003643", "Death", "C23.550.260")))
        .containsExactly(EntityType.DISEASE);
  }

  @Test
  void aGenesOwnOtherDesignationsNameIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path genes = dir.resolve("dictionaries/gene");
    java.nio.file.Files.createDirectories(genes);
    String[][] rows = {
      {"7827", "NPHS2", "podocin|zinc finger protein"},
      {"4306", "NR3C2", "mineralocorticoid receptor"},
      {"7552", "ZNF711", "zinc finger protein"},
      // a mouse mutant's kind of name: a word of the language
      {"7553", "ZNF7", "uncovered"},
      {"6278", "S100A7", "psoriasin 1|protein S100-A7"},
      {"22859", "ADGRL1", "latrophilin 1"},
      {"23266", "ADGRL2", "latrophilin-2"}
    };
    try (java.io.Writer w =
        new java.io.OutputStreamWriter(
            new java.util.zip.GZIPOutputStream(
                java.nio.file.Files.newOutputStream(genes.resolve("Homo_sapiens.gene_info.gz"))),
            java.nio.charset.StandardCharsets.UTF_8)) {
      w.write("#tax_id\tGeneID\tSymbol\n");
      for (String[] r : rows) {
        w.write(
            String.join(
                    "\t",
                    "9606",
                    r[0],
                    r[1],
                    "-",
                    "-",
                    "-",
                    "1",
                    "1q",
                    "-",
                    "protein-coding",
                    r[1],
                    "-",
                    "O",
                    r[2],
                    "20210708",
                    "-")
                + "\n");
      }
    }
    EntityDictionary dictionary = DictionaryLoader.load(dir, null);
    assertThat(dictionary.meanings("Podocin"))
        .extracting(EntityDictionary.Entry::id)
        .containsExactly("NCBIGene:7827");
    assertThat(dictionary.meanings("mineralocorticoid receptors"))
        .extracting(EntityDictionary.Entry::id)
        .containsExactly("NCBIGene:4306");
    // shared by two genes: it names neither
    assertThat(dictionary.meanings("zinc finger protein")).isEmpty();
    assertThat(dictionary.meanings("uncovered")).isEmpty();
    // the first of one is also written without its number, the first of several is not
    assertThat(dictionary.meanings("Psoriasin"))
        .extracting(EntityDictionary.Entry::id)
        .containsExactly("NCBIGene:6278");
    assertThat(dictionary.meanings("latrophilin")).isEmpty();
  }

  /** Two MeSH headings; "Spinal Cord Injury" is a permuted term, which the dictionary skips. */
  private static EntityDictionary fixtureMesh(java.nio.file.Path dir) throws Exception {
    return DictionaryLoader.load(
        dir,
        org.litfacets.mesh.MeshVocabulary.load(
            java.nio.file.Path.of(DictionaryLoaderTest.class.getResource("/entity/mesh").toURI())));
  }

  @Test
  void aSitesNeoplasmIsAlsoItsTumourCarcinomaAndAdenocarcinoma(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    DictionaryTagger tagger = new DictionaryTagger(fixtureMesh(dir));
    String text = "Pancreatic tumours, a pancreatic adenocarcinoma and tumours of the pancreas.";
    assertThat(tagger.tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Pancreatic tumours", 0, "MESH:D010190"),
            org.assertj.core.groups.Tuple.tuple("pancreatic adenocarcinoma", 22, "MESH:D010190"));
  }

  @Test
  void aPluralHeadingInIesMatchesItsSingular(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    DictionaryTagger tagger = new DictionaryTagger(fixtureMesh(dir));
    String text = "After spinal cord injury, or spinal cord injuries.";
    assertThat(tagger.tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("spinal cord injury", 6, "MESH:D013119"),
            org.assertj.core.groups.Tuple.tuple("spinal cord injuries", 29, "MESH:D013119"));
  }

  @Test
  void aNameInsideAnotherTypesLongerMentionIsNotPrunedButAMisleadingOneOrAResidueIs() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("glutathione", EntityType.CHEMICAL, "MESH:D005978", "Glutathione", Source.PREFERRED);
    b.add("lead", EntityType.CHEMICAL, "MESH:D007854", "Lead", Source.PREFERRED);
    b.add("arginine", EntityType.CHEMICAL, "MESH:D001120", "Arginine", Source.PREFERRED);
    String text =
        "glutathione peroxidase and glutathione peroxidase lead to lead to arginine 1 proline and"
            + " arginine 2 proline";
    // the corpus annotates genes and chemicals, but no chemical inside a gene's name
    PubtatorDocument d =
        new PubtatorDocument(
            "1",
            text,
            "",
            List.of(
                new PubtatorAnnotation(0, 22, "glutathione peroxidase", "Gene", "2876"),
                new PubtatorAnnotation(27, 49, "glutathione peroxidase", "Gene", "2876"),
                new PubtatorAnnotation(
                    66, 84, "arginine 1 proline", "SequenceVariant", "p|SUB|R|1|P"),
                new PubtatorAnnotation(
                    89, 107, "arginine 2 proline", "SequenceVariant", "p|SUB|R|2|P")),
            List.of());
    DictionaryLoader.prune(
        b,
        List.of(
            new DictionaryLoader.Corpus(List.of(d), Set.of(EntityType.GENE, EntityType.CHEMICAL))));
    EntityDictionary dictionary = b.build();
    assertThat(dictionary.meanings("glutathione"))
        .extracting(EntityDictionary.Entry::id)
        .containsExactly("MESH:D005978");
    // a verb, and a residue inside variants
    assertThat(dictionary.meanings("lead")).isEmpty();
    assertThat(dictionary.meanings("arginine")).isEmpty();
  }

  @Test
  void aShortFormOnlyEverAnnotatedWhereItIsDefinedLeavesMeshsMeaningElsewhere() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("AMP", EntityType.CHEMICAL, "MESH:D000249", "Adenosine Monophosphate", Source.SYNONYM);
    b.add("ampicillin", EntityType.CHEMICAL, "MESH:D000667", "Ampicillin", Source.PREFERRED);
    b.add("DA", EntityType.CHEMICAL, "MESH:D000001", "Something else", Source.SYNONYM);
    b.add("dopamine", EntityType.CHEMICAL, "MESH:D004298", "Dopamine", Source.PREFERRED);
    String text = "Ampicillin (AMP) and dopamine (DA) were given. AMP rose; DA fell.";
    PubtatorDocument defined =
        new PubtatorDocument(
            "1",
            text,
            "",
            List.of(
                new PubtatorAnnotation(0, 10, "Ampicillin", "Chemical", "D000667"),
                new PubtatorAnnotation(12, 15, "AMP", "Chemical", "D000667"),
                new PubtatorAnnotation(47, 50, "AMP", "Chemical", "D000667"),
                new PubtatorAnnotation(21, 29, "dopamine", "Chemical", "D004298"),
                new PubtatorAnnotation(31, 33, "DA", "Chemical", "D004298"),
                new PubtatorAnnotation(57, 59, "DA", "Chemical", "D004298")),
            List.of());
    // DA is also annotated in an abstract that does not define it: the corpus's meaning stands
    PubtatorDocument undefined =
        new PubtatorDocument(
            "2",
            "DA fell.",
            "",
            List.of(new PubtatorAnnotation(0, 2, "DA", "Chemical", "D004298")),
            List.of());
    DictionaryLoader.addTrainingNames(
        b, new DictionaryLoader.Corpus(List.of(defined, undefined), Set.of(EntityType.CHEMICAL)));
    EntityRecognizer recognizer = new EntityRecognizer(b.build());

    assertThat(recognizer.tag("AMP-activated kinase rose; DA fell."))
        .extracting(Mention::text, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AMP", "MESH:D000249"),
            org.assertj.core.groups.Tuple.tuple("DA", "MESH:D004298"));
    // where a text defines it, the short form still takes its long form's meaning
    assertThat(recognizer.tag("Ampicillin (AMP) was given. AMP rose."))
        .extracting(Mention::text, Mention::id)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple("Ampicillin", "MESH:D000667"),
            org.assertj.core.groups.Tuple.tuple("AMP", "MESH:D000667"));
  }

  @Test
  void aTrainingGeneOfARatAbstractIsTheRatGeneOfItsOrthologsSymbol() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("CASP3", EntityType.GENE, "NCBIGene:836", "CASP3", Source.PREFERRED, 0, 9606);
    b.add("caspase 3", EntityType.GENE, "NCBIGene:836", "CASP3", Source.SYNONYM, 0, 9606);
    b.add("Casp3", EntityType.GENE, "NCBIGene:12367", "Casp3", Source.PREFERRED, 1, 10090);
    // "rat" is a stop word for the vocabularies; the training corpora annotate it
    b.add("rats", EntityType.SPECIES, "NCBITaxon:10116", "Rattus norvegicus", Source.TRAINING);
    b.add("human", EntityType.SPECIES, "NCBITaxon:9606", "Homo sapiens", Source.SYNONYM);
    PubtatorDocument rats =
        new PubtatorDocument(
            "1",
            "In rats CPP32 rose.",
            "",
            List.of(
                new PubtatorAnnotation(3, 7, "rats", "OrganismTaxon", "10116"),
                new PubtatorAnnotation(8, 13, "CPP32", "GeneOrGeneProduct", "25402")),
            List.of());
    // the gene of an abstract that names no rat is not taken for a rat's
    PubtatorDocument other =
        new PubtatorDocument(
            "2",
            "CASP3 rose.",
            "",
            List.of(new PubtatorAnnotation(0, 5, "CASP3", "GeneOrGeneProduct", "99999")),
            List.of());
    b.add("CPP32", EntityType.GENE, "NCBIGene:836", "CASP3", Source.SYNONYM, 0, 9606);
    DictionaryLoader.addRatGenes(
        b,
        List.of(
            new DictionaryLoader.Corpus(
                List.of(rats, other), Set.of(EntityType.GENE, EntityType.SPECIES))),
        Set.of("NCBIGene:836", "NCBIGene:12367"));
    EntityRecognizer recognizer = new EntityRecognizer(b.build());
    // any name of the gene, in a rat's context
    assertThat(recognizer.tag("In rats caspase 3 rose. In human cells caspase 3 rose."))
        .filteredOn(m -> m.type() == EntityType.GENE)
        .extracting(Mention::start, Mention::end, Mention::id, Mention::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(8, 17, "NCBIGene:25402", "CASP3"),
            org.assertj.core.groups.Tuple.tuple(39, 48, "NCBIGene:836", "CASP3"));
    assertThat(recognizer.dictionary().meanings("CASP3"))
        .extracting(EntityDictionary.Entry::id)
        .doesNotContain("NCBIGene:99999");
  }
}
