package org.litfacets.entity.learned;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.litfacets.article.EntityType;
import org.litfacets.modelfile.ModelFile;

/**
 * A trained linear-chain CRF, read from a CRFsuite model file into plain Java arrays and decoded
 * with Viterbi in Java. Immutable and thread-safe. Reading the file ourselves (instead of
 * CRFsuite's native tagger) keeps tagging free of JNI: a native call per feature made the native
 * tagger the slowest part of the pipeline, and its tagger is not thread-safe. Training still uses
 * CRFsuite, see {@link CrfTraining}.
 */
public final class CrfModel {

  private final Path file;
  private final String[] labels;
  private final Set<EntityType> types;
  private final Set<EntityType> emitted;

  /**
   * Per feature template, per value: the labels the attribute "template=value" has a weight for and
   * the weights, side by side.
   */
  private final Map<String, Map<String, StateWeights>> stateWeights;

  private final int attributeCount;

  /** transition[from * labels + to]. */
  private final double[] transition;

  private record StateWeights(int[] labels, double[] weights) {}

  private CrfModel(
      Path file,
      String[] labels,
      Map<String, Map<String, StateWeights>> stateWeights,
      int attributeCount,
      double[] transition) {
    this.file = file;
    this.labels = labels;
    this.stateWeights = stateWeights;
    this.attributeCount = attributeCount;
    this.transition = transition;
    Set<EntityType> found = EnumSet.noneOf(EntityType.class);
    for (String label : labels) {
      if (!BioLabels.OUTSIDE.equals(label)) {
        found.add(EntityType.valueOf(label.substring(2)));
      }
    }
    this.types = Set.copyOf(found);
    this.emitted = this.types;
  }

  private CrfModel(CrfModel model, Set<EntityType> emitted) {
    this.file = model.file;
    this.labels = model.labels;
    this.stateWeights = model.stateWeights;
    this.attributeCount = model.attributeCount;
    this.transition = model.transition;
    this.types = model.types;
    this.emitted = Set.copyOf(emitted);
  }

  /**
   * This model, reporting mentions of {@code subset} only. A model trained on more types than it
   * reports still uses them to decide, e.g. that "insulin" is a chemical and not a gene.
   */
  public CrfModel emitting(Set<EntityType> subset) {
    if (subset.isEmpty() || !types.containsAll(subset)) {
      throw new IllegalArgumentException(
          "model " + file + " labels " + types + ", cannot emit " + subset);
    }
    return new CrfModel(this, subset);
  }

  /** The types of the mentions this model reports. */
  public Set<EntityType> emitted() {
    return emitted;
  }

  public Path file() {
    return file;
  }

  /** The entity types this model labels. */
  public Set<EntityType> types() {
    return types;
  }

  /** Number of attribute strings with a non-zero weight (a measure of model size). */
  public int attributeCount() {
    return attributeCount;
  }

  /** The most probable labels of {@code n} tokens with these features (CRFsuite's Viterbi). */
  String[] decode(TokenFeatures.Table features, int n) {
    if (n == 0) {
      return new String[0];
    }
    int l = labels.length;
    double[] score = new double[n * l];
    for (int f = 0; f < features.size(); f++) {
      Map<String, StateWeights> values = stateWeights.get(features.template(f));
      StateWeights w = values == null ? null : values.get(features.value(f));
      if (w != null) {
        int row = features.token(f) * l;
        for (int k = 0; k < w.labels.length; k++) {
          score[row + w.labels[k]] += w.weights[k];
        }
      }
    }
    int[] back = new int[n * l];
    double[] best = Arrays.copyOf(score, l);
    double[] next = new double[l];
    for (int i = 1; i < n; i++) {
      for (int to = 0; to < l; to++) {
        double max = Double.NEGATIVE_INFINITY;
        int argmax = 0;
        for (int from = 0; from < l; from++) {
          double s = best[from] + transition[from * l + to];
          if (s > max) {
            max = s;
            argmax = from;
          }
        }
        next[to] = max + score[i * l + to];
        back[i * l + to] = argmax;
      }
      double[] swap = best;
      best = next;
      next = swap;
    }
    int current = 0;
    for (int k = 1; k < l; k++) {
      if (best[k] > best[current]) {
        current = k;
      }
    }
    String[] path = new String[n];
    for (int i = n - 1; i >= 0; i--) {
      path[i] = labels[current];
      current = back[i * l + current];
    }
    return path;
  }

  /**
   * Reads a CRFsuite 0.12 "lCRF"/"FOMC" model file: a header of chunk offsets, the features (type,
   * source, destination, weight), and the label and attribute strings in CQDB chunks, whose
   * backward arrays map ids to strings. All numbers are little-endian.
   */
  public static CrfModel load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no CRF model file at " + file);
    }
    try {
      return parse(Files.readAllBytes(file), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CRF model " + file, e);
    }
  }

  /**
   * As {@link #load}, but empty when the file is missing or damaged, with the reason told to {@code
   * whyNot}. The file has no header of ours (CRFsuite reads it too): the version of the features it
   * was trained on is in its name.
   */
  static Optional<CrfModel> read(Path file, Consumer<String> whyNot) {
    return new ModelFile(file, out -> {}).read(in -> parse(in.readAllBytes(), file), whyNot);
  }

  private static CrfModel parse(byte[] bytes, Path file) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    try {
      if (!magic(b, 0).equals("lCRF") || !magic(b, 8).equals("FOMC")) {
        throw new IllegalArgumentException(file + " is not a CRFsuite CRF1d model");
      }
      int numLabels = b.getInt(20);
      int offFeatures = b.getInt(28);
      int offLabels = b.getInt(32);
      int offAttrs = b.getInt(36);
      String[] labels = cqdbStrings(b, offLabels, file);
      String[] attrs = cqdbStrings(b, offAttrs, file);
      if (labels.length != numLabels) {
        throw new IllegalArgumentException(
            file + ": header says " + numLabels + " labels, found " + labels.length);
      }
      if (!magic(b, offFeatures).equals("FEAT")) {
        throw new IllegalArgumentException(file + ": no feature chunk");
      }
      int numFeatures = b.getInt(offFeatures + 8);
      double[] transition = new double[numLabels * numLabels];
      int[] perAttr = new int[attrs.length];
      int p = offFeatures + 12;
      for (int i = 0; i < numFeatures; i++, p += 20) {
        if (b.getInt(p) == 0) {
          perAttr[b.getInt(p + 4)]++;
        }
      }
      int[][] attrLabels = new int[attrs.length][];
      double[][] attrWeights = new double[attrs.length][];
      for (int a = 0; a < attrs.length; a++) {
        attrLabels[a] = new int[perAttr[a]];
        attrWeights[a] = new double[perAttr[a]];
      }
      int[] filled = new int[attrs.length];
      p = offFeatures + 12;
      for (int i = 0; i < numFeatures; i++, p += 20) {
        int type = b.getInt(p);
        int src = b.getInt(p + 4);
        int dst = b.getInt(p + 8);
        double weight = b.getDouble(p + 12);
        if (type == 0) {
          attrLabels[src][filled[src]] = dst;
          attrWeights[src][filled[src]++] = weight;
        } else if (type == 1) {
          transition[src * numLabels + dst] = weight;
        } else {
          throw new IllegalArgumentException(file + ": unknown feature type " + type);
        }
      }
      Map<String, Map<String, StateWeights>> state = new HashMap<>();
      int attributeCount = 0;
      for (int a = 0; a < attrs.length; a++) {
        int eq = attrs[a].indexOf('=');
        if (attrLabels[a].length > 0 && eq > 0) {
          state
              .computeIfAbsent(attrs[a].substring(0, eq), t -> new HashMap<>())
              .put(attrs[a].substring(eq + 1), new StateWeights(attrLabels[a], attrWeights[a]));
          attributeCount++;
        }
      }
      return new CrfModel(file, labels, state, attributeCount, transition);
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException(file + " is a truncated or damaged CRFsuite model", e);
    }
  }

  /**
   * The strings of a CQDB chunk by id. Its header is "CQDB", size, flag, byte order, the number of
   * backward entries and their offset; each backward entry is the offset (from the chunk start) of
   * a record: id, key size including the terminating NUL, key bytes.
   */
  private static String[] cqdbStrings(ByteBuffer b, int chunk, Path file) {
    if (!magic(b, chunk).equals("CQDB")) {
      throw new IllegalArgumentException(file + ": no CQDB chunk at " + chunk);
    }
    int count = b.getInt(chunk + 16);
    int backward = chunk + b.getInt(chunk + 20);
    String[] strings = new String[count];
    for (int id = 0; id < count; id++) {
      int record = chunk + b.getInt(backward + 4 * id);
      if (b.getInt(record) != id) {
        throw new IllegalArgumentException(file + ": CQDB record " + id + " is damaged");
      }
      int size = b.getInt(record + 4);
      strings[id] =
          new String(b.array(), record + 8, Math.max(0, size - 1), StandardCharsets.UTF_8);
    }
    return strings;
  }

  private static String magic(ByteBuffer b, int offset) {
    return new String(b.array(), offset, 4, StandardCharsets.US_ASCII);
  }
}
