package org.litfacets.relation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.litfacets.article.RelationType;
import org.litfacets.modelfile.ModelFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained relation model: a multinomial maximum-entropy classifier of a candidate pair's features
 * into a {@link RelationType}, BC5CDR's CID or {@value #NONE}, the outcomes of both {@link
 * Guideline}s. Immutable and thread-safe; apply it with {@link RelationExtractor}.
 */
public final class RelationModel {
  private static final Logger LOG = LoggerFactory.getLogger(RelationModel.class);

  /**
   * Changes whenever the features or the file layout change, so that a stale model file is
   * retrained.
   */
  private static final String FORMAT = "litfacets-relations-2";

  /**
   * The model's file in the models folder, named after its format so that models of other formats
   * in a shared folder stay usable by the code that reads them.
   */
  public static final String FILE_NAME = "relations-v2.bin";

  /** The outcome of a pair the abstract relates in no way. */
  static final String NONE = "None";

  private final MaxentModel maxent;

  RelationModel(MaxentModel maxent) {
    this.maxent = maxent;
  }

  /**
   * The model in {@code file}; when the file is missing or stale, trains one on the PubTator files
   * {@code trainingFiles} (each read by the guideline its relation names tell), leaving out the
   * abstracts of {@code heldOut} and reading entities' generality in {@code hierarchy}, and saves
   * it there first.
   */
  public static RelationModel loadOrTrain(
      Path file, List<Path> trainingFiles, Set<String> heldOut, Hierarchy hierarchy) {
    return modelFile(file)
        .loadOrBuild(
            RelationModel::read,
            () -> RelationTrainer.train(RelationTrainer.read(trainingFiles, heldOut), hierarchy),
            RelationModel::write,
            reason -> LOG.info("{}; training the relation model on {}", reason, trainingFiles));
  }

  static RelationModel load(Path file) {
    return modelFile(file)
        .read(RelationModel::read, reason -> {})
        .orElseThrow(() -> new IllegalStateException("no readable relation model at " + file));
  }

  void save(Path file) {
    modelFile(file).write(this, RelationModel::write);
  }

  /**
   * The model in the models folder; when missing or stale, trained on BioRED's and BC5CDR's
   * training splits under {@code sharedData}, less the abstracts that the benchmarks score.
   */
  public static RelationModel loadOrTrainIn(Path models, Path sharedData, Hierarchy hierarchy) {
    return loadOrTrain(
        models.resolve(FILE_NAME),
        RelationTrainer.defaultTrainingFiles(sharedData),
        RelationTrainer.benchmarkPmids(sharedData),
        hierarchy);
  }

  private static ModelFile modelFile(Path file) {
    return new ModelFile(file, out -> out.writeUTF(FORMAT));
  }

  private static RelationModel read(DataInputStream in) throws IOException {
    return new RelationModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
  }

  private void write(DataOutputStream out) throws IOException {
    new GenericModelWriter((AbstractModel) maxent, out).persist();
  }

  /** P(outcome | features), indexed as {@link #outcome(int)}. */
  double[] probabilities(String[] features) {
    return maxent.eval(features);
  }

  /**
   * The name of an outcome: a {@link RelationType#corpusName()}, {@value Guideline#CID_OUTCOME} or
   * {@value #NONE}.
   */
  String outcome(int index) {
    return maxent.getOutcome(index);
  }
}
