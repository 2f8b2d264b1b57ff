package org.litfacets.challenge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.embedding.Embedder;
import org.litfacets.embedding.EmbeddingCache;
import org.litfacets.embedding.TextEmbeddingModel;
import org.litfacets.role.LabelledAbstract;
import org.litfacets.role.PubmedQaCorpus;
import org.litfacets.sentence.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link ChallengeModel}: per label, the L2 strength and the decision threshold are chosen
 * by 5-fold cross-validation on the training file, grouped by paper so that sentences of one paper
 * never sit on both sides; the final regression is then fitted on all of it. The evaluation split
 * is never looked at.
 */
public final class ChallengeTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(ChallengeTrainer.class);

  static final double[] L2_GRID = {1e-4, 1e-3, 1e-2};
  static final int EPOCHS = 15;
  private static final int FOLDS = 5;
  private static final long SEED = 42;

  private ChallengeTrainer() {}

  /**
   * Entry point of {@code litfacets train challenges <csv>}: trains on {@code trainCsv} (with the
   * keyword list {@code keywords.csv} beside it, when present) plus negatives from the training
   * part of PubMedQA's {@code ori_pqal.json} when given (see {@link AbstractNegatives}), using the
   * default embedding model; caches the sentence vectors and saves the model in {@code modelsDir}.
   */
  public static ChallengeModel trainAndSave(
      Path trainCsv, Optional<Path> pubmedQa, Path modelsDir) {
    return trainAndSave(trainCsv, pubmedQa, modelsDir, TextEmbeddingModel.DEFAULT_NAME);
  }

  /**
   * As {@link #trainAndSave(Path, Optional, Path)} with the named embedding model (see {@link
   * TextEmbeddingModel#names()}).
   */
  public static ChallengeModel trainAndSave(
      Path trainCsv, Optional<Path> pubmedQa, Path modelsDir, String embeddingModel) {
    ChallengeModel model = trainOn(trainCsv, pubmedQa, modelsDir, embeddingModel);
    model.save(ChallengeModel.file(modelsDir, embeddingModel));
    return model;
  }

  /**
   * Trains as {@link #trainAndSave(Path, Optional, Path, String)} does, without saving the model.
   */
  static ChallengeModel trainOn(
      Path trainCsv, Optional<Path> pubmedQa, Path modelsDir, String embeddingModel) {
    long t0 = System.nanoTime();
    List<ChallengeSentence> sentences = new ArrayList<>(ChallengeCorpus.read(trainCsv));
    List<String> keywords = readKeywords(trainCsv.toAbsolutePath().resolveSibling("keywords.csv"));
    int negatives = 0;
    if (pubmedQa.isPresent()) {
      List<LabelledAbstract> abstracts =
          PubmedQaCorpus.trainingPart(PubmedQaCorpus.read(pubmedQa.get(), new SentenceSplitter()));
      List<ChallengeSentence> extra =
          AbstractNegatives.from(abstracts, new ChallengeFeatures(0, keywords));
      sentences.addAll(extra);
      negatives = extra.size();
    } else {
      LOG.warn(
          "no PubMedQA abstracts given; training the challenge model without negatives from abstracts, "
              + "so METHODS and RESULTS sentences of abstracts will often be labelled");
    }
    EmbeddingCache cache =
        EmbeddingCache.open(new Embedder(TextEmbeddingModel.load(embeddingModel)), modelsDir);
    List<float[]> vectors = cache.embed(sentences.stream().map(ChallengeSentence::text).toList());
    ChallengeModel model =
        train(sentences, vectors, cache.modelName(), cache.dimensions(), keywords);
    LOG.info(
        String.format(
            Locale.ROOT,
            "trained the challenge model on %d sentences (%d of them negatives from "
                + "abstracts; %d keywords) in %.1f s, thresholds challenge %.2f direction %.2f",
            sentences.size(),
            negatives,
            keywords.size(),
            (System.nanoTime() - t0) / 1e9,
            model.threshold(ChallengeLabel.CHALLENGE),
            model.threshold(ChallengeLabel.DIRECTION)));
    return model;
  }

  /**
   * One keyword or phrase per line after a header line; a missing file means no keyword features.
   */
  static List<String> readKeywords(Path file) {
    if (!Files.isRegularFile(file)) {
      LOG.warn(
          "no keyword list at {}; training the challenge model without keyword features", file);
      return List.of();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.stream().skip(1).map(String::trim).filter(l -> !l.isEmpty()).distinct().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read keyword list " + file, e);
    }
  }

  static ChallengeModel train(
      List<ChallengeSentence> sentences,
      List<float[]> vectors,
      String embeddingModel,
      int dimensions,
      List<String> keywords) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("cannot train a challenge model on no sentences");
    }
    ChallengeFeatures features = new ChallengeFeatures(dimensions, keywords);
    List<FeatureVector> x = new ArrayList<>(sentences.size());
    int[] fold = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      x.add(features.of(sentences.get(i), vectors.get(i)));
      fold[i] = Math.floorMod(paper(sentences.get(i).id()).hashCode() * 31 + 7, FOLDS);
    }
    Map<ChallengeLabel, LogisticRegression> regressions = new EnumMap<>(ChallengeLabel.class);
    Map<ChallengeLabel, Double> thresholds = new EnumMap<>(ChallengeLabel.class);
    for (ChallengeLabel label : ChallengeLabel.values()) {
      boolean[] y = new boolean[sentences.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = sentences.get(i).labels().contains(label);
      }
      double bestF1 = -1;
      double bestL2 = L2_GRID[0];
      double bestThreshold = 0.5;
      for (double l2 : L2_GRID) {
        double[] outOfFold = crossValidate(x, y, fold, features.size(), l2);
        double[] tuned = bestThreshold(outOfFold, y);
        if (tuned[1] > bestF1) {
          bestF1 = tuned[1];
          bestL2 = l2;
          bestThreshold = tuned[0];
        }
      }
      regressions.put(label, LogisticRegression.fit(x, y, features.size(), bestL2, EPOCHS, SEED));
      thresholds.put(label, bestThreshold);
    }
    return new ChallengeModel(embeddingModel, dimensions, keywords, regressions, thresholds);
  }

  static double[] crossValidate(
      List<FeatureVector> x, boolean[] y, int[] fold, int size, double l2) {
    double[] p = new double[y.length];
    for (int f = 0; f < FOLDS; f++) {
      List<FeatureVector> trainX = new ArrayList<>();
      List<Integer> trainIdx = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (fold[i] != f) {
          trainX.add(x.get(i));
          trainIdx.add(i);
        }
      }
      boolean[] trainY = new boolean[trainIdx.size()];
      for (int i = 0; i < trainY.length; i++) {
        trainY[i] = y[trainIdx.get(i)];
      }
      LogisticRegression lr = LogisticRegression.fit(trainX, trainY, size, l2, EPOCHS, SEED + f);
      for (int i = 0; i < y.length; i++) {
        if (fold[i] == f) {
          p[i] = lr.probability(x.get(i));
        }
      }
    }
    return p;
  }

  /** The threshold maximising F1 over the given probabilities, and that F1. */
  static double[] bestThreshold(double[] p, boolean[] y) {
    double best = 0.5;
    double bestF1 = -1;
    for (int step = 5; step <= 95; step++) {
      double t = step / 100.0;
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < p.length; i++) {
        boolean predicted = p[i] >= t;
        tp += predicted && y[i] ? 1 : 0;
        fp += predicted && !y[i] ? 1 : 0;
        fn += !predicted && y[i] ? 1 : 0;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return new double[] {best, bestF1};
  }

  /** Lahav et al.'s sentence ids are PAPER_NUMBER. */
  private static String paper(String sentenceId) {
    int cut = sentenceId.lastIndexOf('_');
    return cut > 0 ? sentenceId.substring(0, cut) : sentenceId;
  }
}
