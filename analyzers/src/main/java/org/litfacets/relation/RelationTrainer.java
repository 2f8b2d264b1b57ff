package org.litfacets.relation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.litfacets.article.RelationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Trains a {@link RelationModel} from abstracts with gold entities and BioRED relations. */
public final class RelationTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(RelationTrainer.class);

  /*
   * Chosen by 4-fold cross-validation on BioRED's training split (pair F1 0.708 at 1, 0.716 at 3, 0.726 at 10,
   * 0.728 at 30; type F1 best at 10): with a few hundred abstracts, strong smoothing pays.
   */
  private static final double L2_COST = 10.0;

  private RelationTrainer() {}

  /**
   * Entry point of {@code litfacets train relations}: reads a PubTator file, trains, saves and
   * returns the model.
   */
  public static RelationModel trainAndSave(Path pubtatorFile, Path modelFile) {
    RelationModel model = trainOn(pubtatorFile);
    model.save(modelFile);
    LOG.info("relation model saved to {}", modelFile);
    return model;
  }

  /** The model of a PubTator file's abstracts and relations (BioRED's training split). */
  static RelationModel trainOn(Path pubtatorFile) {
    if (!Files.isRegularFile(pubtatorFile)) {
      throw new IllegalArgumentException(
          "relation training file " + pubtatorFile + " does not exist");
    }
    long t0 = System.nanoTime();
    List<GoldAbstract> abstracts = GoldAbstract.read(pubtatorFile);
    RelationModel model = train(abstracts);
    LOG.info(
        String.format(
            java.util.Locale.ROOT,
            "relation model trained on %d abstracts in %.1f s",
            abstracts.size(),
            (System.nanoTime() - t0) / 1e9));
    return model;
  }

  /**
   * Every candidate pair of every abstract is one example: its BioRED type, or "None" when it is
   * not related.
   */
  public static RelationModel train(List<GoldAbstract> abstracts) {
    List<Event> events = new ArrayList<>();
    int related = 0;
    for (GoldAbstract a : abstracts) {
      for (RelationFeatures.Candidate c :
          RelationFeatures.of(a.text(), a.sentences(), a.mentions())) {
        String outcome =
            RelationType.ofCorpusName(a.relations().get(c.pair()))
                .map(RelationType::corpusName)
                .orElse(RelationModel.NONE);
        related += outcome.equals(RelationModel.NONE) ? 0 : 1;
        events.add(new Event(outcome, c.features()));
      }
    }
    if (related == 0) {
      throw new IllegalArgumentException(
          "no BioRED relation ("
              + List.of(RelationType.values())
              + ") between candidate pairs of the "
              + abstracts.size()
              + " training abstracts");
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.ITERATIONS_PARAM, 200);
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put(QNTrainer.L2COST_PARAM, L2_COST);
    params.put(QNTrainer.THREADS_PARAM, 2);
    params.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    try {
      return new RelationModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new UncheckedIOException("relation model training failed", e);
    }
  }
}
