package org.litfacets.challenge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.Role;
import org.litfacets.embedding.Embedder;

/**
 * Labels sentences as challenges and/or directions with a {@link ChallengeModel}. Only candidate
 * sentences are embedded and read (see {@link #isCandidate}); the others are labelled nothing. The
 * indexer's challenge step and {@code bench challenges} both label through {@link #classify(List,
 * Function)}, so the benchmark scores what the index stores. Thread-safe.
 */
public final class ChallengeClassifier {

  private final ChallengeModel model;
  private final boolean candidatesOnly;

  public ChallengeClassifier(ChallengeModel model) {
    this(model, true);
  }

  /**
   * With {@code candidatesOnly} false, every sentence but a title is embedded and read: the
   * benchmark's comparison for what the candidate filter costs in quality.
   */
  public ChallengeClassifier(ChallengeModel model, boolean candidatesOnly) {
    this.model = Objects.requireNonNull(model, "model");
    this.candidatesOnly = candidatesOnly;
  }

  /** Whether only candidate sentences are read. */
  public boolean candidatesOnly() {
    return candidatesOnly;
  }

  /**
   * Whether a sentence can be labelled at all. A title names a study's topic: read as a sentence it
   * looks like a challenge statement far more often than it is one. METHODS and RESULTS sentences
   * without a challenge keyword are the distant negatives the model is trained on ({@link
   * AbstractNegatives}) and rarely state either; skipping them saves the embedding of about half an
   * abstract's sentences. With a keyword they are read: a full-text "Results and discussion" holds
   * challenges, and leaving out all METHODS and RESULTS sentences cost 0.03 direction F1 on val.
   */
  static boolean isCandidate(ChallengeSentence s, ChallengeFeatures features) {
    if (s.isTitle()) {
      return false;
    }
    Role role = Role.ofLabel(s.section()).orElse(null);
    return role != Role.METHODS && role != Role.RESULTS
        || !features.keywordHits(ChallengeFeatures.tokens(s.text())).isEmpty();
  }

  /**
   * Labels of each sentence, embedding the texts of the candidates with {@code embedder} (which
   * must be the model's).
   */
  public List<ChallengePrediction> classify(List<ChallengeSentence> sentences, Embedder embedder) {
    if (!embedder.modelName().equals(model.embeddingModel())) {
      throw new IllegalArgumentException(
          "challenge model was trained on "
              + model.embeddingModel()
              + " vectors, not "
              + embedder.modelName());
    }
    return classify(sentences, embedder::embed);
  }

  /**
   * Labels of each sentence; {@code embed} gives the vectors of texts (from the model's embedding
   * model) and is called once, with the texts of the candidate sentences only.
   */
  public List<ChallengePrediction> classify(
      List<ChallengeSentence> sentences, Function<List<String>, List<float[]>> embed) {
    List<Integer> read = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      ChallengeSentence s = sentences.get(i);
      if (candidatesOnly ? isCandidate(s, model.features()) : !s.isTitle()) {
        read.add(i);
      }
    }
    List<float[]> vectors =
        read.isEmpty()
            ? List.of()
            : embed.apply(read.stream().map(i -> sentences.get(i).text()).toList());
    if (vectors.size() != read.size()) {
      throw new IllegalArgumentException(
          read.size() + " sentences to read but " + vectors.size() + " vectors");
    }
    List<ChallengePrediction> predictions =
        new ArrayList<>(Collections.nCopies(sentences.size(), ChallengePrediction.NONE));
    for (int k = 0; k < read.size(); k++) {
      int i = read.get(k);
      predictions.set(i, predict(sentences.get(i), vectors.get(k)));
    }
    return predictions;
  }

  private ChallengePrediction predict(ChallengeSentence sentence, float[] vector) {
    FeatureVector v = model.features().of(sentence, vector);
    double challenge = model.probability(ChallengeLabel.CHALLENGE, v);
    double direction = model.probability(ChallengeLabel.DIRECTION, v);
    Set<ChallengeLabel> labels = EnumSet.noneOf(ChallengeLabel.class);
    if (challenge >= model.threshold(ChallengeLabel.CHALLENGE)) {
      labels.add(ChallengeLabel.CHALLENGE);
    }
    if (direction >= model.threshold(ChallengeLabel.DIRECTION)) {
      labels.add(ChallengeLabel.DIRECTION);
    }
    return new ChallengePrediction(Set.copyOf(labels), challenge, direction);
  }
}
