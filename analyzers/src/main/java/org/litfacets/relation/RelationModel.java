package org.litfacets.relation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trained relation model: a multinomial maximum-entropy classifier of a candidate pair's features into a
 * {@link RelationType} or {@value #NONE}. Immutable and thread-safe; apply it with {@link RelationExtractor}.
 */
public final class RelationModel {

    /** Changes whenever the features or the file layout change, so that a stale model file is retrained. */
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
        if (Files.isRegularFile(file)) {
            try {
                return load(file);
            } catch (StaleModelException e) {
                System.err.println("[relations] " + e.getMessage() + "; retraining");
            }
        } else {
            System.err.println("[relations] no relation model at " + file + "; training one from " + trainingFile);
        }
        return RelationTrainer.trainAndSave(trainingFile, file);
    }

    public static RelationModel load(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String format = in.readUTF();
            if (!format.equals(FORMAT)) {
                throw new StaleModelException("relation model " + file + " has format " + format + ", expected " + FORMAT);
            }
            return new RelationModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read relation model " + file, e);
        }
    }

    public void save(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "relations", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(FORMAT);
                new GenericModelWriter((AbstractModel) maxent, out).persist();
            }
            // Readers in other processes never see a half-written model.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write relation model " + file, e);
        }
    }

    /** P(outcome | features), indexed as {@link #outcome(int)}. */
    double[] probabilities(String[] features) {
        return maxent.eval(features);
    }

    /** The name of an outcome: a {@link RelationType#corpusName()} or {@value #NONE}. */
    String outcome(int index) {
        return maxent.getOutcome(index);
    }

    static final class StaleModelException extends IllegalStateException {
        StaleModelException(String message) {
            super(message);
        }
    }
}
