package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;

class EntityRecognizerTest {

  private final EntityRecognizer recognizer = new EntityRecognizer(DictionaryTaggerTest.fixture());

  @Test
  void shortFormsTakeTheLongFormsIdentifierEverywhere() {
    String text = "Patients with acute lymphoblastic leukemia (ALL) were treated. ALL relapsed.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acute lymphoblastic leukemia", 14, "MESH:D054198"),
            org.assertj.core.groups.Tuple.tuple("ALL", 44, "MESH:D054198"),
            org.assertj.core.groups.Tuple.tuple("ALL", 63, "MESH:D054198"));
  }

  @Test
  void aShortFormOfAMeasureOrAPartIsNoGeneThoughTheLearnedTaggerReadsOne() {
    String text = "Mutations in the hormone binding domain (HBD) recur; HBD mutants resist.";
    MentionTagger learned =
        t ->
            List.of(
                new Mention(41, 44, "HBD", EntityType.GENE, null, null),
                new Mention(53, 56, "HBD", EntityType.GENE, null, null));
    assertThat(new EntityRecognizer(DictionaryTaggerTest.fixture(), learned).tag(text)).isEmpty();
    // defined as a gene, the same letters stay one
    assertThat(
            recognizer.tag(
                "Mutations in the hemoglobin subunit delta (HBD) recur; HBD mutants resist."))
        .extracting(Mention::text, Mention::type)
        .contains(org.assertj.core.groups.Tuple.tuple("HBD", EntityType.GENE));
  }

  @Test
  void stagingTruncationNotesAndStatisticsAreNoEntities() {
    String staged =
        "Disease extent was T1 (n = 4) and T4 (n = 14); N0 (n = 1). Most had T4 tumors.";
    assertThat(recognizer.tag(staged)).extracting(Mention::text).containsExactly("tumors");
    assertThat(recognizer.tag("Stages T3/T4 and T4 or T1 fared worse; T1- and T2-weighted images."))
        .isEmpty();
    assertThat(recognizer.tag("T4 (p=0.02) and stage IV were independent factors.")).isEmpty();
    assertThat(
            recognizer.tag(
                "Serum T4 fell while L-T4 was given; SMR = 1.1 (ABSTRACT TRUNCATED AT 250 WORDS)"))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("T4", 6, EntityType.CHEMICAL),
            org.assertj.core.groups.Tuple.tuple("T4", 22, EntityType.CHEMICAL));
    assertThat(recognizer.tag("SMR was knocked down."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SMR", EntityType.GENE));
  }

  @Test
  void aGeneNamedLikeADiseaseIsTheDiseaseUnlessTheLearnedTaggerReadsAGene() {
    // the dictionary reads "brain tumors" as the fly gene brat, the learned tagger as a disease
    String text = "Irradiated children had an excess of brain tumors.";
    Mention disease = new Mention(37, 49, "brain tumors", EntityType.DISEASE, null, null);
    Mention gene = new Mention(37, 49, "brain tumors", EntityType.GENE, null, null);
    assertThat(
            new EntityRecognizer(DictionaryTaggerTest.fixture(), t -> List.of(disease)).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "brain tumors", 37, EntityType.DISEASE, "MESH:D001932"));
    assertThat(
            new EntityRecognizer(DictionaryTaggerTest.fixture(), t -> List.of(disease, gene))
                .tag(text))
        .extracting(Mention::type, Mention::id)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(EntityType.DISEASE, "MESH:D001932"),
            org.assertj.core.groups.Tuple.tuple(EntityType.GENE, "NCBIGene:35197"));
    // a disease the dictionary cannot name is not stored, so the gene stays
    Mention unnamed = new Mention(0, 4, "TP53", EntityType.DISEASE, null, null);
    assertThat(
            new EntityRecognizer(DictionaryTaggerTest.fixture(), t -> List.of(unnamed))
                .tag("TP53 rose."))
        .extracting(Mention::type, Mention::id)
        .contains(org.assertj.core.groups.Tuple.tuple(EntityType.GENE, "NCBIGene:7157"));
  }

  @Test
  void aCodeInBracketsAfterAChemicalIsThatChemicalThoughItsLettersAreNotTheNames() {
    // DDP comes from "cis-diamminedichloroplatinum"; the dictionary alone reads it as a gene
    String text =
        "Resistance to cisplatin (DDP) is common; DDP-based regimens and DDP (n = 3) failed.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "cisplatin", 14, EntityType.CHEMICAL, "MESH:D002945"),
            org.assertj.core.groups.Tuple.tuple("DDP", 25, EntityType.CHEMICAL, "MESH:D002945"),
            org.assertj.core.groups.Tuple.tuple("DDP", 41, EntityType.CHEMICAL, "MESH:D002945"),
            org.assertj.core.groups.Tuple.tuple("DDP", 64, EntityType.CHEMICAL, "MESH:D002945"));
    assertThat(recognizer.tag("Cells lacking DDP grew."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DDP", EntityType.GENE));
    // a route or an oxidation state in brackets is no code: "IV" stays unread in "stage IV"
    assertThat(recognizer.tag("Cisplatin (IV) was given in stage IV."))
        .extracting(Mention::text)
        .containsExactly("Cisplatin");
    assertThat(recognizer.tag("Cisplatin (III) was given in stage III."))
        .extracting(Mention::text)
        .containsExactly("Cisplatin");
  }

  @Test
  void aCodeTheDictionaryKnowsAsAChemicalKeepsItsOwnIdentifier() {
    // the name found stops at "Cisplatin"; T3 is not its code but a chemical of its own
    assertThat(recognizer.tag("Cisplatin (T3) was given."))
        .extracting(Mention::text, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Cisplatin", EntityType.CHEMICAL, "MESH:D002945"),
            org.assertj.core.groups.Tuple.tuple("T3", EntityType.CHEMICAL, "MESH:D014284"));
  }

  @Test
  void aChainLengthBeforeAChemicalIsPartOfItsNameButVeryIsNot() {
    String text = "Long chain fatty acids rose; very long-chain fatty acids and fatty acids fell.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Long chain fatty acids", 0, EntityType.CHEMICAL, "MESH:D005227"),
            org.assertj.core.groups.Tuple.tuple(
                "long-chain fatty acids", 34, EntityType.CHEMICAL, "MESH:D005227"),
            org.assertj.core.groups.Tuple.tuple(
                "fatty acids", 61, EntityType.CHEMICAL, "MESH:D005227"));
  }

  @Test
  void locantsJoinedByHyphensBeforeAChemicalArePartOfItsName() {
    // not a prefix that starts with a word ("anti-"), nor the bracket that opens the aside
    String text = "Cells took up (3'-azido-2',3'-deoxythymidine), not anti-deoxythymidine.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "3'-azido-2',3'-deoxythymidine", 15, EntityType.CHEMICAL, "MESH:D013936"),
            org.assertj.core.groups.Tuple.tuple(
                "deoxythymidine", 56, EntityType.CHEMICAL, "MESH:D013936"));
  }

  @Test
  void anAminoAcidOfAProteinsResidueIsNoChemical() {
    String text = "Tyrosine phosphorylation and tyrosine residues rose, but tyrosine levels fell.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "tyrosine", 57, EntityType.CHEMICAL, "MESH:D014443"));
  }

  @Test
  void aLetterWithASubscriptIsAQuantityNotAnElement() {
    assertThat(recognizer.tag("Its K(i) was 4 nM and serum K fell."))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("K", 28, EntityType.CHEMICAL, "MESH:D011188"));
  }

  @Test
  void aNumberInBracketsEndsAChemicalsNameButNotAReceptorsSubtype() {
    assertThat(recognizer.tag("PGE(2) rose, but PGE(2) receptors did not."))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PGE(2)", 0, EntityType.CHEMICAL, "MESH:D011458"),
            org.assertj.core.groups.Tuple.tuple("PGE", 17, EntityType.CHEMICAL, "MESH:D011458"));
  }

  @Test
  void shortFormsOfNonEntitiesAreNotTagged() {
    String text = "We used the adaptive lookup line (ALL) method. ALL was fast.";
    assertThat(recognizer.tag(text)).isEmpty();
  }

  @Test
  void geneSymbolsNameTheLongFormTheDictionaryLacks() {
    // "tumor" inside the gene's name is not a disease of its own
    String text = "The tumor protein p53 (TP53) binds. TP53 acts.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tumor protein p53", 4, "NCBIGene:7157"),
            org.assertj.core.groups.Tuple.tuple("TP53", 23, "NCBIGene:7157"),
            org.assertj.core.groups.Tuple.tuple("TP53", 36, "NCBIGene:7157"));
  }

  @Test
  void learnedMentionsAreNormalisedThroughTheDictionary() {
    MentionTagger learned =
        text -> List.of(new Mention(0, 7, "Tumours", EntityType.DISEASE, null, null));
    EntityRecognizer hybrid = new EntityRecognizer(DictionaryTaggerTest.fixture(), learned);
    assertThat(hybrid.tag("Tumours grew."))
        .containsExactly(
            new Mention(0, 7, "Tumours", EntityType.DISEASE, "MESH:D009369", "Neoplasms"));
  }

  @Test
  void learnedChemicalsReplaceOverlappingDictionaryChemicalsButNotDiseases() {
    // "Dopamine HCl" is not in the dictionary: it is named by the dictionary's mention inside it
    MentionTagger learned =
        text ->
            List.of(
                new Mention(0, 12, "Dopamine HCl", EntityType.CHEMICAL, null, null),
                new Mention(17, 35, "diabetes mellitus", EntityType.DISEASE, null, null));
    EntityRecognizer hybrid = new EntityRecognizer(DictionaryTaggerTest.fixture(), learned);
    assertThat(hybrid.tag("Dopamine HCl and diabetes mellitus"))
        .extracting(Mention::text, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Dopamine HCl", "MESH:D004298"),
            org.assertj.core.groups.Tuple.tuple("diabetes mellitus", "MESH:D003920"));
  }

  @Test
  void aLearnedChemicalWithNoDictionaryMentionInsideStaysUnnamed() {
    MentionTagger learned =
        text -> List.of(new Mention(0, 7, "SM-5887", EntityType.CHEMICAL, null, null));
    EntityRecognizer hybrid = new EntityRecognizer(DictionaryTaggerTest.fixture(), learned);
    assertThat(hybrid.tag("SM-5887 was given."))
        .extracting(Mention::text, Mention::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SM-5887", null));
  }

  @Test
  void aCellLineWrittenAsOneWordDoesNotMatchWordsApart() {
    assertThat(recognizer.tag("A 20-year-old man was admitted. A20 cells were lysed."))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A20", 32, EntityType.CELL_LINE));
  }

  @Test
  void aShortLowerCaseSymbolIsAWordUnlessTheLearnedTaggerReadsAGene() {
    String text = "The aortic arch was dilated.";
    assertThat(recognizer.tag(text)).isEmpty();
    MentionTagger learned = t -> List.of(new Mention(11, 15, "arch", EntityType.GENE, null, null));
    assertThat(new EntityRecognizer(DictionaryTaggerTest.fixture(), learned).tag(text))
        .extracting(Mention::text, Mention::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("arch", "NCBIGene:67106"));
  }

  @Test
  void aShortCapitalisedSymbolIsAWordUnlessTheLearnedTaggerReadsAGene() {
    // a journal's abbreviation, as written in a reference; mouse Proc is protein C
    String text = "As shown (Proc. Nat. Acad. Sci. USA 101: 16600), Proc binds.";
    assertThat(recognizer.tag(text)).isEmpty();
    MentionTagger learned = t -> List.of(new Mention(49, 53, "Proc", EntityType.GENE, null, null));
    assertThat(new EntityRecognizer(DictionaryTaggerTest.fixture(), learned).tag(text))
        .extracting(Mention::start, Mention::end, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(49, 53, EntityType.GENE, "NCBIGene:19123"));
  }

  @Test
  void aGeneFullNameDefinedByAKnownSymbolIsThatGeneWithNoDiseaseInside() {
    String text = "It lowers programmed death ligand-1 (PD-L1). PD-L1 falls.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "programmed death ligand-1", 10, EntityType.GENE, "NCBIGene:29126"),
            org.assertj.core.groups.Tuple.tuple("PD-L1", 37, EntityType.GENE, "NCBIGene:29126"),
            org.assertj.core.groups.Tuple.tuple("PD-L1", 45, EntityType.GENE, "NCBIGene:29126"));
  }

  @Test
  void theSymbolOfAGeneDefinedInTheTextIsNoDisease() {
    String text =
        "The von Hippel-Lindau tumor suppressor gene (VHL) is lost in von Hippel-Lindau disease."
            + " wt-VHL binds Sp1; VHL acts.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tumor", 22, EntityType.DISEASE),
            org.assertj.core.groups.Tuple.tuple(
                "von Hippel-Lindau disease", 61, EntityType.DISEASE));
  }

  @Test
  void aLocusNamedAfterItsDiseaseKeepsTheDisease() {
    String text = "Markers near the Wilson disease gene (WND) were typed. WND maps to 13q14.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Wilson disease", 17, "MESH:D006527"),
            org.assertj.core.groups.Tuple.tuple("WND", 38, "MESH:D006527"),
            org.assertj.core.groups.Tuple.tuple("WND", 55, "MESH:D006527"));
  }

  @Test
  void aDiseaseNamedWithItsOrganStartsAtTheOrgan() {
    String text = "Renal tumors and tumor cells; cardiac, not vascular tumors.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Renal tumors", 0, "MESH:D009369"),
            org.assertj.core.groups.Tuple.tuple("tumor", 17, "MESH:D009369"),
            org.assertj.core.groups.Tuple.tuple("tumors", 52, "MESH:D009369"));
  }

  @Test
  void aDiseaseNamedWithItsSubtypeHoldsTheSubtype() {
    String text = "Type II tumors differ from tumor type 1A and from tumors, type 3.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Type II tumors", 0, "MESH:D009369"),
            org.assertj.core.groups.Tuple.tuple("tumor type 1A", 27, "MESH:D009369"),
            org.assertj.core.groups.Tuple.tuple("tumors, type 3", 50, "MESH:D009369"));
  }

  @Test
  void cellDeathIsNoDiseaseButDeathIs() {
    String text = "Programmed cell death rose. Death followed.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Death", 28, EntityType.DISEASE));
  }

  @Test
  void aShortNameContinuedByAHyphenAndANumberIsPartOfALongerName() {
    // ED-1 is a macrophage antigen, not the chemical ED
    String text = "ED-1-positive cells grew after ED was given.";
    assertThat(recognizer.tag(text))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ED", 31, EntityType.CHEMICAL));
  }

  @Test
  void aShortNameContinuedByADigitIsALocusNotADisease() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add(
        "IDDM",
        EntityType.DISEASE,
        "MESH:D003922",
        "Diabetes Mellitus, Type 1",
        EntityDictionary.Source.SYNONYM);
    // the learned tagger's tokens split "IDDM2" at the digit
    MentionTagger learned = t -> List.of(new Mention(4, 8, "IDDM", EntityType.DISEASE, null, null));
    assertThat(new EntityRecognizer(b.build(), learned).tag("The IDDM2 locus and IDDM."))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("IDDM", 20, EntityType.DISEASE));
  }

  @Test
  void anAuthorsInitialIsNoElement() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("K", EntityType.CHEMICAL, "MESH:D011188", "Potassium", EntityDictionary.Source.SYNONYM);
    // nor is a disease ever one letter
    b.add("H", EntityType.DISEASE, "MESH:D000848", "Anodontia", EntityDictionary.Source.TRAINING);
    String text = "Yeoh, K. K., Weiss, K., Clarke, K. On K intake. Abd Jamil, A. H.";
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("K", 38, EntityType.CHEMICAL));
  }

  @Test
  void aLongFormWithoutIdentifierTakesItsShortFormsIdentifier() {
    // the learned tagger finds the misspelt long form, which the dictionary cannot name
    String text = "Anaemia by 3'-azido-3'dideoxythymidine (AZT) is rare. AZT was given.";
    MentionTagger learned =
        t ->
            List.of(
                new Mention(11, 38, "3'-azido-3'dideoxythymidine", EntityType.CHEMICAL, null, null),
                new Mention(40, 43, "AZT", EntityType.CHEMICAL, null, null),
                new Mention(54, 57, "AZT", EntityType.CHEMICAL, null, null));
    assertThat(new EntityRecognizer(DictionaryTaggerTest.fixture(), learned).tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3'-azido-3'dideoxythymidine", 11, "MESH:D015215"),
            org.assertj.core.groups.Tuple.tuple("AZT", 40, "MESH:D015215"),
            org.assertj.core.groups.Tuple.tuple("AZT", 54, "MESH:D015215"));
  }

  @Test
  void theResiduesOfAVariantAreNoChemicals() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add(
        "leucine",
        EntityType.CHEMICAL,
        "MESH:D007930",
        "Leucine",
        EntityDictionary.Source.PREFERRED);
    b.add(
        "phenylalanine",
        EntityType.CHEMICAL,
        "MESH:D010649",
        "Phenylalanine",
        EntityDictionary.Source.PREFERRED);
    String text = "Apolipoprotein E (leucine 269 to phenylalanine) binds less after leucine.";
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "leucine 269 to phenylalanine", 18, EntityType.VARIANT),
            org.assertj.core.groups.Tuple.tuple("leucine", 65, EntityType.CHEMICAL));
  }

  @Test
  void theResiduesOfAChangeDescribedInWordsAreNoChemicals() {
    EntityDictionary dictionary =
        named(
            EntityType.CHEMICAL,
            new String[][] {
              {"glutamate", "MESH:D018698"},
              {"glycine", "MESH:D005998"},
              {"tyrosine", "MESH:D014443"},
              {"cytosine", "MESH:D003596"},
              {"thymidine", "MESH:D013936"}
            });
    String text =
        "The replacement of glutamate by glycine, a thymidine to cytosine mutation and the"
            + " tyrosine codon at position 67. Glycine and tyrosine were given.";
    // BioRED annotates a change between two amino acids as a variant even without its position
    assertThat(new EntityRecognizer(dictionary).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("glutamate by glycine", 19, EntityType.VARIANT),
            org.assertj.core.groups.Tuple.tuple("Glycine", 113, EntityType.CHEMICAL),
            org.assertj.core.groups.Tuple.tuple("tyrosine", 125, EntityType.CHEMICAL));
  }

  @Test
  void aShortFormTakesTheMentionThatCoversItsLongForm() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add(
        "classical phenylketonuria",
        EntityType.DISEASE,
        "MESH:D010661",
        "Phenylketonurias",
        EntityDictionary.Source.SYNONYM);
    b.add(
        "deficiency of phenylalanine hydroxylase",
        EntityType.DISEASE,
        "MESH:D010661",
        "Phenylketonurias",
        EntityDictionary.Source.SYNONYM);
    // the letters of PKU stop at "phenylketonuria"; a gene's long form, "phenylalanine
    // hydroxylase", is part of the longer disease name and does not make PAH a disease
    String text =
        "Classical phenylketonuria (PKU) is a deficiency of phenylalanine hydroxylase (PAH). PKU"
            + " and PAH.";
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Classical phenylketonuria", 0, "MESH:D010661"),
            org.assertj.core.groups.Tuple.tuple("PKU", 27, "MESH:D010661"),
            org.assertj.core.groups.Tuple.tuple(
                "deficiency of phenylalanine hydroxylase", 37, "MESH:D010661"),
            org.assertj.core.groups.Tuple.tuple("PKU", 84, "MESH:D010661"));
  }

  @Test
  void aCoveringNamedMentionWinsOverAnUnnamedOneOfTheLongForm() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add(
        "classical phenylketonuria",
        EntityType.DISEASE,
        "MESH:D010661",
        "Phenylketonurias",
        EntityDictionary.Source.SYNONYM);
    b.add(
        "PKU",
        EntityType.DISEASE,
        "MESH:D010661",
        "Phenylketonurias",
        EntityDictionary.Source.SYNONYM);
    // the learned tagger reads the long form's letters and the short form as chemicals it
    // cannot name
    MentionTagger learned =
        t ->
            List.of(
                new Mention(10, 25, "phenylketonuria", EntityType.CHEMICAL, null, null),
                new Mention(27, 30, "PKU", EntityType.CHEMICAL, null, null),
                new Mention(41, 44, "PKU", EntityType.CHEMICAL, null, null));
    String text = "Classical phenylketonuria (PKU) is rare. PKU.";
    assertThat(new EntityRecognizer(b.build(), learned).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Classical phenylketonuria", 0, EntityType.DISEASE, "MESH:D010661"),
            org.assertj.core.groups.Tuple.tuple("phenylketonuria", 10, EntityType.CHEMICAL, null),
            org.assertj.core.groups.Tuple.tuple("PKU", 27, EntityType.DISEASE, "MESH:D010661"),
            org.assertj.core.groups.Tuple.tuple("PKU", 41, EntityType.DISEASE, "MESH:D010661"));
  }

  @Test
  void coordinatedModifiersOfADiseaseMakeOneCompositeMention() {
    EntityDictionary dictionary =
        named(
            EntityType.DISEASE,
            new String[][] {
              {"gastric ulcer", "MESH:D013276"},
              {"duodenal ulcer", "MESH:D004381"},
              {"peptic ulcer", "MESH:D010437"},
              {"brain injury", "MESH:D001930"},
              {"anxiety", "MESH:D001007"},
              {"anxiety disorders", "MESH:D001008"},
              {"affective disorders", "MESH:D019964"}
            });
    String text =
        "Peptic, gastric and/or duodenal ulcers, but no anxiety and affective disorders, or lung"
            + " and brain injury.";
    assertThat(new EntityRecognizer(dictionary).tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Peptic, gastric and/or duodenal ulcers",
                0,
                "MESH:D010437|MESH:D013276|MESH:D004381"),
            org.assertj.core.groups.Tuple.tuple("anxiety", 47, "MESH:D001007"),
            org.assertj.core.groups.Tuple.tuple("affective disorders", 59, "MESH:D019964"),
            org.assertj.core.groups.Tuple.tuple("brain injury", 92, "MESH:D001930"));
  }

  @Test
  void aLongerLearnedGeneReplacesTheDictionaryGenesInsideIt() {
    EntityDictionary dictionary =
        named(
            EntityType.GENE,
            new String[][] {
              {"caspase-3", "NCBIGene:836"},
              {"TCF", "NCBIGene:6934"},
              {"Wnt", "NCBIGene:7474"},
              {"b-catenin", "NCBIGene:1499"}
            });
    String text = "caspase-3/7 and TCF-4J rose; Wnt/b-catenin fell.";
    // a span that joins two genes by a slash names two things: the dictionary's genes stay
    MentionTagger learned =
        t ->
            List.of(
                new Mention(0, 11, "caspase-3/7", EntityType.GENE, null, null),
                new Mention(16, 22, "TCF-4J", EntityType.GENE, null, null),
                new Mention(29, 42, "Wnt/b-catenin", EntityType.GENE, null, null));
    assertThat(new EntityRecognizer(dictionary, learned).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("caspase-3/7", 0, EntityType.GENE, "NCBIGene:836"),
            org.assertj.core.groups.Tuple.tuple("TCF-4J", 16, EntityType.GENE, "NCBIGene:6934"),
            org.assertj.core.groups.Tuple.tuple("Wnt", 29, EntityType.GENE, "NCBIGene:7474"),
            org.assertj.core.groups.Tuple.tuple("b-catenin", 33, EntityType.GENE, "NCBIGene:1499"));
  }

  @Test
  void aLearnedGeneSymbolWithItsNumberApartIsNamedAsOneWord() {
    EntityDictionary dictionary =
        named(EntityType.GENE, new String[][] {{"ADAM10", "NCBIGene:102"}});
    String text = "ADAM-10 cleaves it.";
    MentionTagger learned = t -> List.of(new Mention(0, 7, "ADAM-10", EntityType.GENE, null, null));
    assertThat(new EntityRecognizer(dictionary, learned).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ADAM-10", 0, EntityType.GENE, "NCBIGene:102"));
  }

  @Test
  void aShortFormOfAChemicalsLevelIsNoChemical() {
    EntityDictionary dictionary =
        named(
            EntityType.CHEMICAL,
            new String[][] {{"glucose", "MESH:D005947"}, {"heparin", "MESH:D006493"}});
    String text = "In high glucose (HG), unfractionated heparin (UH) helped. HG and UH.";
    assertThat(new EntityRecognizer(dictionary).tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("glucose", 8, "MESH:D005947"),
            org.assertj.core.groups.Tuple.tuple("heparin", 37, "MESH:D006493"),
            org.assertj.core.groups.Tuple.tuple("UH", 46, "MESH:D006493"),
            org.assertj.core.groups.Tuple.tuple("UH", 65, "MESH:D006493"));
  }

  @Test
  void ofAGeneAndAChemicalReadingOfALongFormTheShortFormsOwnDecides() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add(
        "fibroblast growth factor 23",
        EntityType.CHEMICAL,
        "MESH:D000089703",
        "Fibroblast Growth Factor-23",
        EntityDictionary.Source.PREFERRED);
    b.add(
        "fibroblast growth factor 23",
        EntityType.GENE,
        "NCBIGene:8074",
        "FGF23",
        EntityDictionary.Source.SYNONYM);
    b.add("FGF23", EntityType.GENE, "NCBIGene:8074", "FGF23", EntityDictionary.Source.PREFERRED);
    String text = "Serum fibroblast growth factor 23 (FGF23) rose. FGF23 fell.";
    // the dictionary reads the long form as MeSH's peptide, the learned tagger as a gene
    MentionTagger learned =
        t ->
            List.of(new Mention(6, 33, "fibroblast growth factor 23", EntityType.GENE, null, null));
    assertThat(new EntityRecognizer(b.build(), learned).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactlyInAnyOrder(
            // the chemical reading of the same span yields to the gene (a protein's name)
            org.assertj.core.groups.Tuple.tuple(
                "fibroblast growth factor 23", 6, EntityType.GENE, "NCBIGene:8074"),
            org.assertj.core.groups.Tuple.tuple("FGF23", 35, EntityType.GENE, "NCBIGene:8074"),
            org.assertj.core.groups.Tuple.tuple("FGF23", 48, EntityType.GENE, "NCBIGene:8074"));
  }

  @Test
  void theGeneOfAKnockoutWrittenAsOneWordIsThatGene() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("AR", EntityType.GENE, "NCBIGene:367", "AR", EntityDictionary.Source.PREFERRED, 0, 9606);
    String text = "ARKO mice and MOCKO cells.";
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::end, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AR", 0, 2, EntityType.GENE, "NCBIGene:367"));
  }

  @Test
  void aChemicalInsideAGenesNameIsNoChemicalUnlessTheGeneIsAnEnzymeActingOnIt() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("NMDA", EntityType.CHEMICAL, "MESH:D016202", "NMDA", EntityDictionary.Source.PREFERRED);
    b.add("NO", EntityType.CHEMICAL, "MESH:D009569", "NO", EntityDictionary.Source.PREFERRED);
    b.add(
        "creatine",
        EntityType.CHEMICAL,
        "MESH:D003401",
        "creatine",
        EntityDictionary.Source.PREFERRED);
    b.add(
        "NMDA receptor",
        EntityType.GENE,
        "NCBIGene:2902",
        "GRIN1",
        EntityDictionary.Source.SYNONYM,
        0,
        9606);
    b.add(
        "NO synthase",
        EntityType.GENE,
        "NCBIGene:4843",
        "NOS2",
        EntityDictionary.Source.SYNONYM,
        0,
        9606);
    b.add(
        "creatine kinase",
        EntityType.GENE,
        "NCBIGene:1158",
        "CKM",
        EntityDictionary.Source.SYNONYM,
        0,
        9606);
    String text = "The NMDA receptor, NO synthase and creatine kinase. NMDA and NO were given.";
    // BioRED annotates the gene alone; the substrate of an enzyme stays, as BC5CDR annotates it
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::end, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "NMDA receptor", 4, 17, EntityType.GENE, "NCBIGene:2902"),
            org.assertj.core.groups.Tuple.tuple(
                "NO synthase", 19, 30, EntityType.GENE, "NCBIGene:4843"),
            org.assertj.core.groups.Tuple.tuple(
                "creatine kinase", 35, 50, EntityType.GENE, "NCBIGene:1158"),
            org.assertj.core.groups.Tuple.tuple(
                "creatine", 35, 43, EntityType.CHEMICAL, "MESH:D003401"),
            org.assertj.core.groups.Tuple.tuple(
                "NMDA", 52, 56, EntityType.CHEMICAL, "MESH:D016202"),
            org.assertj.core.groups.Tuple.tuple("NO", 61, 63, EntityType.CHEMICAL, "MESH:D009569"));
  }

  @Test
  void anIsoformsEnzymeNameAndAProteinsOwnNameAreGenesButACodeStaysAChemical() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    for (String[] c :
        new String[][] {
          {"aldehyde", "MESH:D000079"}, {"insulin", "MESH:D007328"}, {"CSA", "MESH:D016572"}
        }) {
      b.add(c[0], EntityType.CHEMICAL, c[1], c[0], EntityDictionary.Source.PREFERRED);
    }
    b.add(
        "aldehyde dehydrogenase A1",
        EntityType.GENE,
        "NCBIGene:216",
        "ALDH1A1",
        EntityDictionary.Source.SYNONYM,
        0,
        9606);
    String text = "The aldehyde dehydrogenase A1, insulin and CSA.";
    // the learned tagger reads "insulin" and "CSA" as genes as well
    MentionTagger learned =
        t ->
            List.of(
                new Mention(31, 38, "insulin", EntityType.GENE, null, null),
                new Mention(43, 46, "CSA", EntityType.GENE, null, null));
    assertThat(new EntityRecognizer(b.build(), learned).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("aldehyde dehydrogenase A1", 4, EntityType.GENE),
            org.assertj.core.groups.Tuple.tuple("insulin", 31, EntityType.GENE),
            org.assertj.core.groups.Tuple.tuple("CSA", 43, EntityType.CHEMICAL),
            org.assertj.core.groups.Tuple.tuple("CSA", 43, EntityType.GENE));
  }

  @Test
  void aOneLetterShortFormStandsForAChemicalOnly() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add(
        "testosterone",
        EntityType.CHEMICAL,
        "MESH:D013739",
        "Testosterone",
        EntityDictionary.Source.PREFERRED);
    b.add(
        "Lead poisoning",
        EntityType.DISEASE,
        "MESH:D007855",
        "Lead Poisoning",
        EntityDictionary.Source.PREFERRED);
    String text =
        "Serum testosterone (T) fell. T-cells rose, T was given; lead poisoning (L) and L.";
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::type, Mention::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "testosterone", 6, EntityType.CHEMICAL, "MESH:D013739"),
            org.assertj.core.groups.Tuple.tuple("T", 20, EntityType.CHEMICAL, "MESH:D013739"),
            org.assertj.core.groups.Tuple.tuple("T", 43, EntityType.CHEMICAL, "MESH:D013739"),
            org.assertj.core.groups.Tuple.tuple(
                "lead poisoning", 56, EntityType.DISEASE, "MESH:D007855"));
  }

  @Test
  void groupsEntitiesBySentence() {
    AnalyzedText analyzed =
        recognizer.analyze(
            "Dopamine in HeLa cells",
            "Mice with tumours got 5-fluorouracil and dopamine. Nothing else.");
    assertThat(analyzed.sentences()).hasSize(3);
    assertThat(analyzed.sentences().get(0).mentions())
        .extracting(Mention::text)
        .containsExactly("Dopamine", "HeLa");
    assertThat(analyzed.sentences().get(1).mentions())
        .extracting(Mention::id)
        .containsExactly("NCBITaxon:10090", "MESH:D009369", "MESH:D005472", "MESH:D004298");
    assertThat(analyzed.sentences().get(2).mentions()).isEmpty();
    assertThat(analyzed.mentions()).hasSize(6);
  }

  /** A dictionary of preferred names of one type, each given as {name, identifier}. */
  private static EntityDictionary named(EntityType type, String[][] namesAndIds) {
    EntityDictionary.Builder b = EntityDictionary.builder();
    for (String[] n : namesAndIds) {
      b.add(n[0], type, n[1], n[0], EntityDictionary.Source.PREFERRED);
    }
    return b.build();
  }
}
