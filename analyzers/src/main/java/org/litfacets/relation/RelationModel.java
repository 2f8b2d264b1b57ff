package org.litfacets.relation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
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
 * into a {@link RelationType} or {@value #NONE}. Immutable and thread-safe; apply it with {@link
 * RelationExtractor}.
 */
public final class RelationModel {
  private static final Logger LOG = LoggerFactory.getLogger(RelationModel.class);

  /**
   * Changes whenever the features or the file layout change, so that a stale model file is
   * retrained.
   */
  private static final String FORMAT = "litfacets-relations-1";

  /** The outcome of a pair the abstract relates in no way. */
  static final String NONE = "None";

  private final MaxentModel maxent;

  RelationModel(MaxentModel maxent) {
    this.maxent = maxent;
  }

  /**
   * The model in {@code file}; when the file is missing or stale, trains one from the PubTator file
   * {@code trainingFile} (BioRED's training split) and saves it there first.
   */
  public static RelationModel loadOrTrain(Path file, Path trainingFile) {
    return modelFile(file)
        .loadOrBuild(
            RelationModel::read,
            () -> RelationTrainer.trainOn(trainingFile),
            RelationModel::write,
            reason -> LOG.info("{}; training the relation model from {}", reason, trainingFile));
  }

  static RelationModel load(Path file) {
    return modelFile(file)
        .read(RelationModel::read, reason -> {})
        .orElseThrow(() -> new IllegalStateException("no readable relation model at " + file));
  }

  void save(Path file) {
    modelFile(file).write(this, RelationModel::write);
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

  /** The name of an outcome: a {@link RelationType#corpusName()} or {@value #NONE}. */
  String outcome(int index) {
    return maxent.getOutcome(index);
  }
}
