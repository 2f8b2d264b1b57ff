package org.litfacets.mesh.suggest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.modelfile.ModelFile;
import org.litfacets.progress.ProgressLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unit-length embeddings of every heading (its name and first entry terms), computed once and
 * cached in a binary file. The file header records the vocabulary size, a fingerprint of the
 * embedded texts and the model name; a cache that does not match is recomputed, so switching model
 * or MeSH year never serves stale vectors.
 */
public final class DescriptorVectors {
  private static final Logger LOG = LoggerFactory.getLogger(DescriptorVectors.class);
  private static final int MAGIC = 0x4C464D56; // "LFMV"
  private static final int VERSION = 1;
  private static final int ENTRY_TERMS_EMBEDDED = 6;
  private static final int BATCH = 256;

  private final List<Descriptor> descriptors;

  /**
   * All vectors back to back: one flat array scans several times faster than an array of arrays.
   */
  private final float[] flat;

  private final int dimensions;

  private DescriptorVectors(List<Descriptor> descriptors, float[][] vectors) {
    this.descriptors = descriptors;
    this.dimensions = vectors.length == 0 ? 0 : vectors[0].length;
    this.flat = new float[vectors.length * dimensions];
    for (int i = 0; i < vectors.length; i++) {
      System.arraycopy(vectors[i], 0, flat, i * dimensions, dimensions);
    }
  }

  /**
   * Loads the vectors from the cache file or, when it is missing or stale, embeds every heading
   * (minutes for full MeSH) and writes the cache.
   *
   * @param embedder texts to vectors, one per text, in order
   * @param modelName identifies the embedder in the cache header
   * @param cacheFile where the vectors are kept; its folder is created if needed
   * @param console where the progress of embedding is drawn
   */
  public static DescriptorVectors loadOrCompute(
      MeshVocabulary vocabulary,
      Function<List<String>, List<float[]>> embedder,
      String modelName,
      Path cacheFile,
      PrintStream console) {
    List<Descriptor> descriptors = List.copyOf(vocabulary.descriptors());
    List<String> texts = new ArrayList<>(descriptors.size());
    for (Descriptor d : descriptors) {
      texts.add(text(d));
    }
    long fingerprint = fingerprint(texts);
    ModelFile file =
        new ModelFile(
            cacheFile,
            out -> {
              out.writeInt(MAGIC);
              out.writeInt(VERSION);
              out.writeInt(descriptors.size());
              out.writeLong(fingerprint);
              out.writeUTF(modelName);
            });
    float[][] vectors =
        file.loadOrBuild(
            in -> read(in, descriptors.size()),
            () -> embed(texts, embedder, console),
            DescriptorVectors::write,
            reason ->
                LOG.info(
                    "{}; embedding {} MeSH headings with {} (once)",
                    reason,
                    descriptors.size(),
                    modelName));
    return new DescriptorVectors(descriptors, vectors);
  }

  private static float[][] embed(
      List<String> texts, Function<List<String>, List<float[]>> embedder, PrintStream console) {
    float[][] vectors = new float[texts.size()][];
    long started = System.nanoTime();
    ProgressLine line = new ProgressLine(console);
    for (int from = 0; from < texts.size(); from += BATCH) {
      List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
      List<float[]> embedded = embedder.apply(batch);
      if (embedded.size() != batch.size()) {
        throw new IllegalArgumentException(
            "embedder returned " + embedded.size() + " vectors for " + batch.size() + " texts");
      }
      for (int i = 0; i < batch.size(); i++) {
        vectors[from + i] = unit(embedded.get(i));
      }
      int done = from + batch.size();
      double perSecond = done / Math.max((System.nanoTime() - started) / 1e9, 1e-3);
      line.draw(
          String.format(
              Locale.ROOT,
              "%s %,d / %,d headings, %.0f/s, ETA %s",
              ProgressLine.bar((double) done / texts.size()),
              done,
              texts.size(),
              perSecond,
              ProgressLine.duration((texts.size() - done) / perSecond)),
          done == texts.size());
    }
    console.println();
    return vectors;
  }

  /**
   * What is embedded for a heading: its name, then a few entry terms, which carry most of its
   * synonyms.
   */
  static String text(Descriptor d) {
    List<String> terms = d.entryTerms();
    return String.join("; ", terms.subList(0, Math.min(ENTRY_TERMS_EMBEDDED, terms.size())));
  }

  int size() {
    return descriptors.size();
  }

  Descriptor descriptor(int i) {
    return descriptors.get(i);
  }

  /**
   * For every heading, the best cosine similarity with any of the unit query vectors, and which
   * query gave it.
   *
   * @param bestQuery filled with the index of the best query per heading
   */
  float[] bestSimilarities(List<float[]> unitQueries, int[] bestQuery) {
    for (float[] q : unitQueries) {
      if (q.length != dimensions) {
        throw new IllegalArgumentException(
            "query vector has " + q.length + " dimensions, headings have " + dimensions);
      }
    }
    float[] best = new float[descriptors.size()];
    for (int i = 0; i < best.length; i++) {
      int offset = i * dimensions;
      float top = Float.NEGATIVE_INFINITY;
      int topQuery = 0;
      for (int qi = 0; qi < unitQueries.size(); qi++) {
        float[] q = unitQueries.get(qi);
        float dot = dot(offset, q);
        if (dot > top) {
          top = dot;
          topQuery = qi;
        }
      }
      best[i] = top;
      bestQuery[i] = topQuery;
    }
    return best;
  }

  /**
   * Four running sums, because the JIT will not reorder one float sum into vector instructions
   * itself.
   */
  private float dot(int offset, float[] q) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int j = 0;
    for (; j + 3 < dimensions; j += 4) {
      s0 += flat[offset + j] * q[j];
      s1 += flat[offset + j + 1] * q[j + 1];
      s2 += flat[offset + j + 2] * q[j + 2];
      s3 += flat[offset + j + 3] * q[j + 3];
    }
    for (; j < dimensions; j++) {
      s0 += flat[offset + j] * q[j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
    }
    return out;
  }

  private static long fingerprint(List<String> texts) {
    long h = 1125899906842597L;
    for (String t : texts) {
      h = 31 * h + t.hashCode();
    }
    return h;
  }

  private static float[][] read(DataInputStream in, int count) throws IOException {
    int dim = in.readInt();
    float[][] vectors = new float[count][dim];
    for (float[] v : vectors) {
      for (int j = 0; j < dim; j++) {
        v[j] = in.readFloat();
      }
    }
    return vectors;
  }

  private static void write(float[][] vectors, DataOutputStream out) throws IOException {
    out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
    for (float[] v : vectors) {
      for (float x : v) {
        out.writeFloat(x);
      }
    }
  }
}
