package org.litfacets.role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.Event;
import org.litfacets.article.Role;
import org.litfacets.maxent.MaxentTraining;
import org.litfacets.sentence.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Trains a {@link RoleModel} from role-labelled abstracts. */
public final class RoleTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(RoleTrainer.class);

  /*
   * Chosen on the held-out parts of PubMedQA, SciFact and the PubMed XML samples (transition weights 0-3, OBJECTIVE
   * biases 0-0.6): the maxent model already sees the neighbours' words, so full-weight transitions count the
   * sequence twice (weight 1: PubMedQA micro-F1 0.865, weight 0.5: 0.869). The bias offsets the OBJECTIVE
   * sentences that the model gives to BACKGROUND more often than the reverse (OBJECTIVE F1 0.588 -> 0.630 there,
   * 0.620 -> 0.635 on SciFact). L2 0.3-3 scored within 0.005 micro-F1 on PubMedQA.
   */
  private static final double TRANSITION_WEIGHT = 0.5;
  private static final double OBJECTIVE_BIAS = 0.3;
  private static final double L2_COST = 1.0;

  private RoleTrainer() {}

  /**
   * Entry point of {@code litfacets train roles <inputs...>}: reads every input (see {@link
   * #readInputs}), trains, saves to {@code modelFile} and returns the model.
   */
  public static RoleModel trainAndSave(List<Path> inputs, Path modelFile) {
    return trainAndSave(inputs, List.of(), modelFile);
  }

  /**
   * As {@link #trainAndSave(List, Path)}, with more abstracts converted by the caller (e.g. the
   * structured abstracts of PubMed XML); {@code inputs} may then be empty.
   */
  public static RoleModel trainAndSave(
      List<Path> inputs, List<LabelledAbstract> moreAbstracts, Path modelFile) {
    RoleModel model = trainOn(inputs, moreAbstracts);
    model.save(modelFile);
    return model;
  }

  /** Trains on every input (see {@link #readInputs}) and on {@code moreAbstracts}. */
  static RoleModel trainOn(List<Path> inputs, List<LabelledAbstract> moreAbstracts) {
    List<LabelledAbstract> abstracts = new ArrayList<>(moreAbstracts);
    if (!inputs.isEmpty()) {
      abstracts.addAll(readInputs(inputs, new SentenceSplitter()));
    }
    return trainOn(abstracts);
  }

  static RoleModel trainOn(List<LabelledAbstract> abstracts) {
    if (abstracts.isEmpty()) {
      throw new IllegalArgumentException("no training input given for the role model");
    }
    long t0 = System.nanoTime();
    RoleModel model = train(abstracts);
    LOG.info(
        "trained the role model on {} abstracts in {} s",
        abstracts.size(),
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    return model;
  }

  /**
   * Training abstracts of each input: a PubMed-RCT-format or EBM-NLP file (all of it); a pubmed-rct
   * folder (its train.txt); PubMedQA's ori_pqal.json or its folder, SciFact's corpus.jsonl.gz (the
   * fixed training 80 %, see {@link HeldOutSplit}).
   */
  public static List<LabelledAbstract> readInputs(List<Path> inputs, SentenceSplitter splitter) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no training input given for the role model");
    }
    List<LabelledAbstract> all = new ArrayList<>();
    for (Path input : inputs) {
      all.addAll(readInput(input, splitter));
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no role-labelled abstracts in " + inputs);
    }
    return all;
  }

  private static List<LabelledAbstract> readInput(Path input, SentenceSplitter splitter) {
    if (Files.isDirectory(input)) {
      if (Files.isRegularFile(input.resolve("ori_pqal.json"))) {
        return readInput(input.resolve("ori_pqal.json"), splitter);
      }
      if (Files.isRegularFile(input.resolve("train.txt"))) {
        return PubmedRctFormat.read(input.resolve("train.txt"));
      }
      throw new IllegalArgumentException(
          input + " is a folder with neither ori_pqal.json nor a PubMed-RCT train.txt");
    }
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("role training input " + input + " does not exist");
    }
    if (input.getFileName().toString().endsWith(".json")) {
      return HeldOutSplit.trainingPart(PubmedQaCorpus.readForTraining(input, splitter));
    }
    if (ScifactCorpus.looksLike(input)) {
      return HeldOutSplit.trainingPart(ScifactCorpus.readForTraining(input, splitter));
    }
    return RoleFiles.readWhole(input, splitter);
  }

  public static RoleModel train(List<LabelledAbstract> abstracts) {
    return train(abstracts, L2_COST, TRANSITION_WEIGHT);
  }

  static RoleModel train(List<LabelledAbstract> abstracts, double l2Cost, double transitionWeight) {
    if (abstracts.isEmpty()) {
      throw new IllegalArgumentException("cannot train a role model on no abstracts");
    }
    List<Event> events = new ArrayList<>();
    int k = RoleModel.ROLES;
    double[] start = new double[k];
    double[][] transition = new double[k][k];
    for (LabelledAbstract a : abstracts) {
      List<String[]> features = RoleFeatures.of(a.sentences());
      for (int i = 0; i < features.size(); i++) {
        events.add(new Event(a.roles().get(i).name(), features.get(i)));
        if (i == 0) {
          start[a.roles().get(0).ordinal()]++;
        } else {
          transition[a.roles().get(i - 1).ordinal()][a.roles().get(i).ordinal()]++;
        }
      }
    }
    return new RoleModel(
        MaxentTraining.train(events, l2Cost, "role model"),
        towardsObjective(logNormalise(start, transitionWeight)),
        logNormaliseRows(transition, transitionWeight));
  }

  /**
   * Every path into OBJECTIVE gains the bias: the same as adding it to OBJECTIVE's emission score
   * at every sentence, without a field of its own in the model file.
   */
  private static double[] towardsObjective(double[] scores) {
    scores[Role.OBJECTIVE.ordinal()] += OBJECTIVE_BIAS;
    return scores;
  }

  /** Add-one smoothing: a transition never seen in a small training set stays possible. */
  private static double[] logNormalise(double[] counts, double weight) {
    double total = 0;
    for (double c : counts) {
      total += c + 1;
    }
    double[] log = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      log[i] = weight * Math.log((counts[i] + 1) / total);
    }
    return log;
  }

  private static double[][] logNormaliseRows(double[][] counts, double weight) {
    double[][] log = new double[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      log[i] = towardsObjective(logNormalise(counts[i], weight));
    }
    return log;
  }
}
