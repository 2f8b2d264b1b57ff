package org.litfacets.role;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.litfacets.article.Role;
import org.litfacets.modelfile.ModelFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained sentence-role model: a maximum-entropy classifier of one sentence given its features,
 * plus role-transition log-probabilities for decoding a whole abstract. Immutable and thread-safe;
 * apply it with {@link RoleClassifier}.
 */
public final class RoleModel {

  private static final Logger LOG = LoggerFactory.getLogger(RoleModel.class);

  /**
   * Changes whenever the features or the file layout change, so that a stale model file is
   * retrained.
   */
  private static final String FORMAT = "litfacets-roles-3";

  static final int ROLES = Role.values().length;

  private final MaxentModel maxent;
  private final int[] outcomeOfRole;

  /** log P(first role), log P(role | previous role), indexed by Role.ordinal(). */
  private final double[] start;

  private final double[][] transition;

  RoleModel(MaxentModel maxent, double[] start, double[][] transition) {
    this.maxent = maxent;
    this.start = start.clone();
    this.transition = new double[ROLES][];
    for (int i = 0; i < ROLES; i++) {
      this.transition[i] = transition[i].clone();
    }
    this.outcomeOfRole = new int[ROLES];
    for (Role role : Role.values()) {
      outcomeOfRole[role.ordinal()] = maxent.getIndex(role.name());
    }
  }

  /**
   * The model in {@code file}; when the file is missing or stale, trains one on the abstracts that
   * {@code training} gives and saves it there first.
   */
  public static RoleModel loadOrTrain(Path file, Supplier<List<LabelledAbstract>> training) {
    return modelFile(file)
        .loadOrBuild(
            RoleModel::read,
            () -> RoleTrainer.trainOn(training.get()),
            RoleModel::write,
            reason -> LOG.info("{}; training the role model", reason));
  }

  void save(Path file) {
    modelFile(file).write(this, RoleModel::write);
  }

  private static ModelFile modelFile(Path file) {
    return new ModelFile(file, out -> out.writeUTF(FORMAT));
  }

  private static RoleModel read(DataInputStream in) throws IOException {
    double[] start = readRow(in);
    double[][] transition = new double[ROLES][];
    for (int i = 0; i < ROLES; i++) {
      transition[i] = readRow(in);
    }
    AbstractModel maxent = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    return new RoleModel(maxent, start, transition);
  }

  private void write(DataOutputStream out) throws IOException {
    writeRow(out, start);
    for (double[] row : transition) {
      writeRow(out, row);
    }
    new GenericModelWriter((AbstractModel) maxent, out).persist();
  }

  /** P(role | sentence features), indexed by Role.ordinal(). */
  double[] probabilities(String[] features) {
    double[] byOutcome = maxent.eval(features);
    double[] p = new double[ROLES];
    for (int r = 0; r < ROLES; r++) {
      p[r] = outcomeOfRole[r] < 0 ? 0 : byOutcome[outcomeOfRole[r]];
    }
    return p;
  }

  double start(int role) {
    return start[role];
  }

  double transition(int from, int to) {
    return transition[from][to];
  }

  private static double[] readRow(DataInputStream in) throws IOException {
    double[] row = new double[ROLES];
    for (int i = 0; i < ROLES; i++) {
      row[i] = in.readDouble();
    }
    return row;
  }

  private static void writeRow(DataOutputStream out, double[] row) throws IOException {
    for (double v : row) {
      out.writeDouble(v);
    }
  }
}
