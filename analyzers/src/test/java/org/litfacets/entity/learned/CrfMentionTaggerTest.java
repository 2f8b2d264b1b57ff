package org.litfacets.entity.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.article.EntityType;
import org.litfacets.entity.Mention;
import org.litfacets.pubtator.PubtatorReader;

/** Trains a tiny model on a hand-written fixture and checks what it finds, exactly. */
class CrfMentionTaggerTest {

  @TempDir static Path dir;

  private static final TermDictionary DICTIONARY =
      new TermDictionary.Builder()
          .add("caffeine", TermDictionary.Category.CHEMICAL)
          .add("acute renal failure", TermDictionary.Category.DISEASE)
          .build();

  private static CrfModel model;

  @BeforeAll
  static void train() throws URISyntaxException {
    Path fixture =
        Path.of(CrfMentionTaggerTest.class.getResource("/learned/tiny-train.pubtator").toURI());
    model =
        CrfTraining.train(
            PubtatorReader.read(fixture),
            EnumSet.of(EntityType.CHEMICAL, EntityType.DISEASE),
            DICTIONARY,
            dir.resolve("tiny.crfsuite"),
            new CrfTraining.Options(0.01, 0.01, 100));
  }

  @Test
  void findsTypedMentionsWithExactOffsets() {
    String text = "Haloperidol-induced acute renal failure was reduced by aspirin.";
    assertThat(new CrfMentionTagger(List.of(model), DICTIONARY).tag(text))
        .containsExactly(
            new Mention(0, 11, "Haloperidol", EntityType.CHEMICAL, null, null),
            new Mention(20, 39, "acute renal failure", EntityType.DISEASE, null, null),
            new Mention(55, 62, "aspirin", EntityType.CHEMICAL, null, null));
  }

  @Test
  void modelKnowsItsTypesAndEmptyTextHasNoMentions() {
    assertThat(model.types()).containsExactlyInAnyOrder(EntityType.CHEMICAL, EntityType.DISEASE);
    assertThat(new CrfMentionTagger(List.of(model), DICTIONARY).tag(" \n")).isEmpty();
  }

  @Test
  void decodesExactlyAsCrfsuiteDoes() throws URISyntaxException {
    Path fixture =
        Path.of(CrfMentionTaggerTest.class.getResource("/learned/tiny-train.pubtator").toURI());
    List<String> texts =
        new ArrayList<>(PubtatorReader.read(fixture).stream().map(d -> d.text()).toList());
    texts.add(
        "Unseen words: nephrotoxic ifosfamide worsened 3,4-methylenedioxymethamphetamine toxicity.");
    for (String text : texts) {
      int n = SubwordTokenizer.tokenize(text).size();
      TokenFeatures.Table features =
          TokenFeatures.of(text, SubwordTokenizer.tokenize(text), DICTIONARY);
      assertThat(model.decode(features, n))
          .as(text)
          .containsExactly(NativeDecoding.labels(model, features.attributes(n)));
    }
  }

  @Test
  void tagsConsistentlyFromManyThreads() throws Exception {
    CrfMentionTagger tagger = new CrfMentionTagger(List.of(model), DICTIONARY);
    String text = "Treatment with cocaine caused dilated cardiomyopathy in patients.";
    List<Mention> expected = tagger.tag(text);
    assertThat(expected)
        .extracting(Mention::text)
        .containsExactly("cocaine", "dilated cardiomyopathy");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> tagger.tag(text)));
      }
      for (Future<List<Mention>> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsMissingAndForeignModelFiles() throws Exception {
    assertThatThrownBy(() -> CrfModel.load(dir.resolve("absent.crfsuite")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no CRF model file");
    Path foreign =
        Files.writeString(
            dir.resolve("foreign.crfsuite"), "not a model at all, just some text here");
    assertThatThrownBy(() -> CrfModel.load(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a CRFsuite");
    List<String> reasons = new ArrayList<>();
    assertThat(CrfModel.read(foreign, reasons::add))
        .as("a damaged model is trained anew")
        .isEmpty();
    assertThat(reasons)
        .singleElement()
        .asString()
        .contains("is unreadable")
        .contains("not a CRFsuite");
    assertThat(CrfModel.read(model.file(), reasons::add))
        .get()
        .extracting(CrfModel::types)
        .isEqualTo(model.types());
    assertThatThrownBy(() -> new CrfMentionTagger(List.of(), DICTIONARY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGeneKeepsTheChemicalWordOfItsNameExceptInADrugClassOrAsAModifier() {
    String text =
        "neuronal NO synthase, bradykinin receptor antagonists, thiazide-sensitive Na-Cl"
            + " co-transporter, HDL cholesterol";
    assertThat(keeps(text, "neuronal NO synthase", "NO")).isTrue();
    assertThat(keeps(text, "bradykinin receptor", "bradykinin")).isFalse();
    assertThat(keeps(text, "thiazide-sensitive Na-Cl co-transporter", "thiazide")).isFalse();
    // a chemical that ends the span is the head, not a word of a gene's name
    assertThat(keeps(text, "HDL cholesterol", "cholesterol")).isFalse();
  }

  private static boolean keeps(String text, String gene, String chemical) {
    int g = text.indexOf(gene);
    int c = text.indexOf(chemical, g);
    return CrfMentionTagger.namesGeneAround(
        text,
        new Mention(g, g + gene.length(), gene, EntityType.GENE, null, null),
        new Mention(c, c + chemical.length(), chemical, EntityType.CHEMICAL, null, null));
  }
}
