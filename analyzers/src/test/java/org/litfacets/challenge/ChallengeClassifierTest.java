package org.litfacets.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.litfacets.challenge.ChallengeCorpusTest.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.article.Role;
import org.litfacets.embedding.Embedder;
import org.litfacets.embedding.TextEmbeddingModel;

class ChallengeClassifierTest {

  @TempDir static Path models;
  private static ChallengeModel model;

  @BeforeAll
  static void train() {
    model = ChallengeTrainer.trainAndSave(resource("sentences.csv"), Optional.empty(), models);
  }

  @Test
  void learnsItsTrainingSentencesAndSavesTheModelWithItsVectorCache() {
    List<ChallengeSentence> sentences = ChallengeCorpus.read(resource("sentences.csv"));
    ChallengeModel reloaded =
        ChallengeModel.loadOrTrain(models, models.resolve("absent.csv"), Optional.empty());

    List<ChallengePrediction> p =
        new ChallengeClassifier(reloaded).classify(sentences, Embedder.withDefaultModel());

    for (int i = 0; i < sentences.size(); i++) {
      assertThat(p.get(i).labels())
          .as(sentences.get(i).text())
          .isEqualTo(sentences.get(i).labels());
    }
    assertThat(reloaded.embeddingModel()).isEqualTo(TextEmbeddingModel.DEFAULT_NAME);
    assertThat(Files.exists(ChallengeModel.file(models, TextEmbeddingModel.DEFAULT_NAME))).isTrue();
    assertThat(Files.exists(models.resolve("embeddings-all-minilm-l6-v2-q.bin"))).isTrue();
  }

  @Test
  void classifiesTheSentencesOfAnArticleInContextEmbeddingOnlyTheCandidates() {
    List<String> sentences =
        List.of(
            "Little is known about the receptor of the virus.",
            "Cells were counted with a haemocytometer.",
            "The mice gained 12 g over four weeks.",
            "Further research is needed to identify the receptor.");
    List<String> embedded = new ArrayList<>();
    Embedder embedder = Embedder.withDefaultModel();

    List<ChallengePrediction> p =
        new ChallengeClassifier(model)
            .classify(
                ChallengeSentence.ofArticle(
                    sentences, Arrays.asList(null, Role.METHODS, Role.RESULTS, null), 1),
                texts -> {
                  embedded.addAll(texts);
                  return embedder.embed(texts);
                });

    // the title, a METHODS sentence and a RESULTS sentence without a cue are never read
    assertThat(embedded).containsExactly(sentences.get(3));
    assertThat(p).hasSize(4);
    assertThat(p.subList(0, 3)).allSatisfy(none -> assertThat(none.labels()).isEmpty());
    assertThat(p.get(0).challengeProbability()).isZero();
    assertThat(p.get(3).isDirection()).isTrue();
  }

  @Test
  void readsEverySentenceButTheTitleWhenAskedTo() {
    List<String> embedded = new ArrayList<>();
    Embedder embedder = Embedder.withDefaultModel();

    new ChallengeClassifier(model, false)
        .classify(
            ChallengeSentence.ofArticle(
                List.of("A title.", "Cells were counted."), Arrays.asList(null, Role.METHODS), 1),
            texts -> {
              embedded.addAll(texts);
              return embedder.embed(texts);
            });

    assertThat(embedded).containsExactly("Cells were counted.");
  }

  @Test
  void aResultsSentenceWithAChallengeCueIsACandidate() {
    ChallengeFeatures features = new ChallengeFeatures(0, List.of("however", "lack"));

    assertThat(
            ChallengeClassifier.isCandidate(
                ChallengeSentence.of("RESULTS", "", "However, the effect was small.", ""),
                features))
        .isTrue();
    assertThat(
            ChallengeClassifier.isCandidate(
                ChallengeSentence.of("3. Results", "", "The effect was small.", ""), features))
        .isFalse();
    assertThat(
            ChallengeClassifier.isCandidate(
                ChallengeSentence.of("Discussion", "", "The effect was small.", ""), features))
        .isTrue();
  }

  @Test
  void rejectsVectorsOfAnotherShapeOrModel() {
    ChallengeClassifier classifier = new ChallengeClassifier(model);
    List<ChallengeSentence> one = List.of(ChallengeSentence.of("", "", "Text.", ""));

    assertThatThrownBy(() -> classifier.classify(one, texts -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 sentences to read but 0 vectors");
    assertThatThrownBy(
            () ->
                classifier.classify(
                    one, new Embedder(TextEmbeddingModel.load("bge-small-en-v15-q"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trained on all-minilm-l6-v2-q");
  }
}
