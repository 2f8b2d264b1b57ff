package org.litfacets.maxent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * How the role and relation models are trained: OpenNLP's maximum-entropy model by quasi-Newton
 * with an L2 cost only, every feature kept (cutoff 1), 200 iterations on two threads.
 */
public final class MaxentTraining {
  private MaxentTraining() {}

  /**
   * The model of {@code events}; {@code what} names it in the error when OpenNLP's training stream
   * fails.
   */
  public static MaxentModel train(List<Event> events, double l2Cost, String what) {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.ITERATIONS_PARAM, 200);
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put(QNTrainer.L2COST_PARAM, l2Cost);
    params.put(QNTrainer.THREADS_PARAM, 2);
    params.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(what + " training failed", e);
    }
  }
}
