package org.litfacets.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.litfacets.challenge.ChallengeCorpusTest.resource;

import java.nio.file.Files;
import java.nio.file.Path;
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
  void classifiesTheSentencesOfAnAbstractInContext() {
    List<String> sentences =
        List.of(
            "Cells were counted with a haemocytometer.",
            "Further research is needed to identify the receptor.");
    List<float[]> vectors = Embedder.withDefaultModel().embed(sentences);

    List<ChallengePrediction> p =
        new ChallengeClassifier(model)
            .classifyAbstract(sentences, Arrays.asList(Role.METHODS, null), vectors);

    assertThat(p).hasSize(2);
    assertThat(p.get(0).labels()).isEmpty();
    assertThat(p.get(1).isDirection()).isTrue();
    assertThat(p.get(1).directionProbability()).isGreaterThan(p.get(0).directionProbability());
  }

  @Test
  void rejectsVectorsOfAnotherShapeOrModel() {
    ChallengeClassifier classifier = new ChallengeClassifier(model);
    List<ChallengeSentence> one = List.of(ChallengeSentence.of("", "", "Text.", ""));

    assertThatThrownBy(() -> classifier.classify(one, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 sentences but 0 vectors");
    assertThatThrownBy(
            () ->
                classifier.classify(
                    one, new Embedder(TextEmbeddingModel.load("bge-small-en-v15-q"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trained on all-minilm-l6-v2-q");
  }
}
