package org.litfacets.challenge;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.embedding.TextEmbeddingModel;
import org.litfacets.modelfile.ModelFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained challenge/direction model: one logistic regression per {@link ChallengeLabel} over {@link
 * ChallengeFeatures}, each with a decision threshold tuned by cross-validation on the training
 * data. Records the embedding model its dense features came from: vectors of another model would be
 * meaningless to it. Immutable and thread-safe; apply it with {@link ChallengeClassifier}.
 */
public final class ChallengeModel {

  private static final Logger LOG = LoggerFactory.getLogger(ChallengeModel.class);

  /** Changes whenever features or layout change, so that a stale model file is retrained. */
  private static final String FORMAT = "litfacets-challenges-3";

  private final String embeddingModel;
  private final int dimensions;
  private final List<String> keywords;
  private final Map<ChallengeLabel, LogisticRegression> regressions;
  private final Map<ChallengeLabel, Double> thresholds;
  private final ChallengeFeatures features;

  ChallengeModel(
      String embeddingModel,
      int dimensions,
      List<String> keywords,
      Map<ChallengeLabel, LogisticRegression> regressions,
      Map<ChallengeLabel, Double> thresholds) {
    this.embeddingModel = embeddingModel;
    this.dimensions = dimensions;
    this.keywords = List.copyOf(keywords);
    this.regressions = new EnumMap<>(regressions);
    this.thresholds = new EnumMap<>(thresholds);
    this.features = new ChallengeFeatures(dimensions, keywords);
    for (ChallengeLabel label : ChallengeLabel.values()) {
      if (!regressions.containsKey(label) || !thresholds.containsKey(label)) {
        throw new IllegalArgumentException("challenge model lacks label " + label);
      }
    }
  }

  /**
   * The model for the default embedding model in {@code modelsDir}; when missing or stale, trains
   * one from {@code trainCsv} and PubMedQA's abstracts (see {@link
   * ChallengeTrainer#trainAndSave(Path, Optional, Path)}; embedding vectors are cached in {@code
   * modelsDir}) and saves it first.
   */
  public static ChallengeModel loadOrTrain(Path modelsDir, Path trainCsv, Optional<Path> pubmedQa) {
    return loadOrTrain(modelsDir, trainCsv, pubmedQa, TextEmbeddingModel.DEFAULT_NAME);
  }

  /** As {@link #loadOrTrain(Path, Path, Optional)} for vectors of the named embedding model. */
  public static ChallengeModel loadOrTrain(
      Path modelsDir, Path trainCsv, Optional<Path> pubmedQa, String embeddingModel) {
    return modelFile(file(modelsDir, embeddingModel))
        .loadOrBuild(
            ChallengeModel::read,
            () -> ChallengeTrainer.trainOn(trainCsv, pubmedQa, modelsDir, embeddingModel),
            ChallengeModel::write,
            reason -> LOG.info("{}; training the challenge model from {}", reason, trainCsv));
  }

  /**
   * Where the model for vectors of {@code embeddingModel} lives: one per embedding model, they are
   * not interchangeable.
   */
  public static Path file(Path modelsDir, String embeddingModel) {
    return modelsDir.resolve("challenges-" + embeddingModel + ".bin");
  }

  void save(Path file) {
    modelFile(file).write(this, ChallengeModel::write);
  }

  private static ModelFile modelFile(Path file) {
    return new ModelFile(file, out -> out.writeUTF(FORMAT));
  }

  private static ChallengeModel read(DataInputStream in) throws IOException {
    String embeddingModel = in.readUTF();
    int dimensions = in.readInt();
    int keywordCount = in.readInt();
    List<String> keywords = new ArrayList<>(keywordCount);
    for (int i = 0; i < keywordCount; i++) {
      keywords.add(in.readUTF());
    }
    int size = dimensions + (1 << ChallengeFeatures.HASH_BITS);
    Map<ChallengeLabel, LogisticRegression> regressions = new EnumMap<>(ChallengeLabel.class);
    Map<ChallengeLabel, Double> thresholds = new EnumMap<>(ChallengeLabel.class);
    for (ChallengeLabel label : ChallengeLabel.values()) {
      thresholds.put(label, in.readDouble());
      float bias = in.readFloat();
      float[] weights = new float[size];
      int nonZero = in.readInt();
      for (int i = 0; i < nonZero; i++) {
        int index = in.readInt();
        weights[index] = in.readFloat();
      }
      regressions.put(label, new LogisticRegression(weights, bias));
    }
    return new ChallengeModel(embeddingModel, dimensions, keywords, regressions, thresholds);
  }

  private void write(DataOutputStream out) throws IOException {
    out.writeUTF(embeddingModel);
    out.writeInt(dimensions);
    out.writeInt(keywords.size());
    for (String k : keywords) {
      out.writeUTF(k);
    }
    for (ChallengeLabel label : ChallengeLabel.values()) {
      out.writeDouble(thresholds.get(label));
      LogisticRegression lr = regressions.get(label);
      out.writeFloat(lr.bias);
      int nonZero = 0;
      for (float w : lr.weights) {
        nonZero += w != 0 ? 1 : 0;
      }
      out.writeInt(nonZero);
      for (int i = 0; i < lr.weights.length; i++) {
        if (lr.weights[i] != 0) {
          out.writeInt(i);
          out.writeFloat(lr.weights[i]);
        }
      }
    }
  }

  /**
   * Name of the embedding model whose vectors this model expects (see {@code
   * Embedder.modelName()}).
   */
  public String embeddingModel() {
    return embeddingModel;
  }

  public double threshold(ChallengeLabel label) {
    return thresholds.get(label);
  }

  ChallengeFeatures features() {
    return features;
  }

  double probability(ChallengeLabel label, FeatureVector v) {
    return regressions.get(label).probability(v);
  }
}
