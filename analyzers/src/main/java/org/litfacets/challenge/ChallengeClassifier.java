package org.litfacets.challenge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.Role;
import org.litfacets.embedding.Embedder;

/**
 * Labels sentences as challenges and/or directions with a {@link ChallengeModel}. The sentence
 * vectors come from the caller (who usually embeds an article's sentences once for several uses) or
 * from {@link #classify(List, Embedder)}. Thread-safe.
 */
public final class ChallengeClassifier {

  private final ChallengeModel model;

  public ChallengeClassifier(ChallengeModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * Labels of each sentence of an abstract: sentences in reading order, each with its rhetorical
   * role (or null when unknown) and its vector, in the same order. The role stands in for the
   * section name of the training corpus's full-text sentences: a METHODS sentence is rarely a
   * challenge.
   */
  public List<ChallengePrediction> classifyAbstract(
      List<String> sentences, List<Role> roles, List<float[]> vectors) {
    if (roles.size() != sentences.size()) {
      throw new IllegalArgumentException(
          sentences.size() + " sentences but " + roles.size() + " roles");
    }
    List<ChallengeSentence> inContext = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      inContext.add(
          ChallengeSentence.inText(
              "", sentences, i, roles.get(i) == null ? null : roles.get(i).name(), Set.of()));
    }
    return classify(inContext, vectors);
  }

  /**
   * Labels of each sentence, embedding their texts with {@code embedder} (which must be the
   * model's).
   */
  public List<ChallengePrediction> classify(List<ChallengeSentence> sentences, Embedder embedder) {
    if (!embedder.modelName().equals(model.embeddingModel())) {
      throw new IllegalArgumentException(
          "challenge model was trained on "
              + model.embeddingModel()
              + " vectors, not "
              + embedder.modelName());
    }
    return classify(
        sentences, embedder.embed(sentences.stream().map(ChallengeSentence::text).toList()));
  }

  /**
   * Labels of each sentence given the vectors of their texts (from the model's embedding model).
   */
  public List<ChallengePrediction> classify(
      List<ChallengeSentence> sentences, List<float[]> vectors) {
    if (sentences.size() != vectors.size()) {
      throw new IllegalArgumentException(
          sentences.size() + " sentences but " + vectors.size() + " vectors");
    }
    List<ChallengePrediction> predictions = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      FeatureVector v = model.features().of(sentences.get(i), vectors.get(i));
      double challenge = model.probability(ChallengeLabel.CHALLENGE, v);
      double direction = model.probability(ChallengeLabel.DIRECTION, v);
      Set<ChallengeLabel> labels = EnumSet.noneOf(ChallengeLabel.class);
      if (challenge >= model.threshold(ChallengeLabel.CHALLENGE)) {
        labels.add(ChallengeLabel.CHALLENGE);
      }
      if (direction >= model.threshold(ChallengeLabel.DIRECTION)) {
        labels.add(ChallengeLabel.DIRECTION);
      }
      predictions.add(new ChallengePrediction(Set.copyOf(labels), challenge, direction));
    }
    return predictions;
  }
}
