package org.litfacets.role;

import org.litfacets.article.Role;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Trained sentence-role model: a maximum-entropy classifier of one sentence given its features, plus role-transition
 * log-probabilities for decoding a whole abstract. Immutable and thread-safe; apply it with {@link RoleClassifier}.
 */
public final class RoleModel {

    /** Changes whenever the features or the file layout change, so that a stale model file is retrained. */
    private static final String FORMAT = "litfacets-roles-2";
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
     * The model in {@code file}; when the file is missing or stale, trains one from {@code trainingInputs} (see
     * {@link RoleTrainer#readInputs}) and saves it there first.
     */
    public static RoleModel loadOrTrain(Path file, List<Path> trainingInputs) {
        if (Files.isRegularFile(file)) {
            try {
                return load(file);
            } catch (StaleModelException e) {
                System.err.println("[roles] " + e.getMessage() + "; retraining");
            }
        } else {
            System.err.println("[roles] no role model at " + file + "; training one from " + trainingInputs);
        }
        return RoleTrainer.trainAndSave(trainingInputs, file);
    }

    public static RoleModel load(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String format = in.readUTF();
            if (!format.equals(FORMAT)) {
                throw new StaleModelException("role model " + file + " has format " + format + ", expected " + FORMAT);
            }
            double[] start = readRow(in);
            double[][] transition = new double[ROLES][];
            for (int i = 0; i < ROLES; i++) {
                transition[i] = readRow(in);
            }
            AbstractModel maxent = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
            return new RoleModel(maxent, start, transition);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read role model " + file, e);
        }
    }

    public void save(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "roles", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(FORMAT);
                writeRow(out, start);
                for (double[] row : transition) {
                    writeRow(out, row);
                }
                new GenericModelWriter((AbstractModel) maxent, out).persist();
            }
            // Readers in other processes never see a half-written model.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write role model " + file, e);
        }
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

    static final class StaleModelException extends IllegalStateException {
        StaleModelException(String message) {
            super(message);
        }
    }
}
