package org.litfacets.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors of texts already embedded, kept in an append-only file keyed by the SHA-256 of the text,
 * so that retraining a classifier does not re-embed its whole training set (minutes at about 150
 * texts/s). One file per model name and length read: a vector of another model would be garbage.
 */
public final class EmbeddingCache {

  private final Embedder embedder;
  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();

  private EmbeddingCache(Embedder embedder, Path file) {
    this.embedder = embedder;
    this.file = file;
  }

  /** Opens (or starts) the cache of {@code embedder}'s model in {@code directory}. */
  public static EmbeddingCache open(Embedder embedder, Path directory) {
    EmbeddingCache cache =
        new EmbeddingCache(
            embedder, directory.resolve("embeddings-" + embedder.variantName() + ".bin"));
    cache.read();
    return cache;
  }

  public String modelName() {
    return embedder.modelName();
  }

  public int dimensions() {
    return embedder.dimensions();
  }

  public int size() {
    return vectors.size();
  }

  /**
   * Vectors of {@code texts} in order; only texts never seen before are embedded (in one batch) and
   * appended.
   */
  public synchronized List<float[]> embed(List<String> texts) {
    Map<String, String> missing = new LinkedHashMap<>();
    for (String text : texts) {
      String key = key(text);
      if (!vectors.containsKey(key)) {
        missing.put(key, text);
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = embedder.compute(new ArrayList<>(missing.values()));
      append(new ArrayList<>(missing.keySet()), fresh);
    }
    List<float[]> result = new ArrayList<>(texts.size());
    for (String text : texts) {
      result.add(vectors.get(key(text)));
    }
    return result;
  }

  private void read() {
    if (!Files.exists(file)) {
      return;
    }
    int dims = embedder.dimensions();
    long recordBytes = 32L + 4L * dims;
    long complete;
    try (DataInputStream data =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      long records = Files.size(file) / recordBytes;
      complete = records * recordBytes;
      byte[] hash = new byte[32];
      for (long r = 0; r < records; r++) {
        data.readFully(hash);
        float[] v = new float[dims];
        for (int i = 0; i < dims; i++) {
          v[i] = data.readFloat();
        }
        vectors.put(HexFormat.of().formatHex(hash), v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding cache " + file, e);
    }
    // A run killed mid-append leaves a partial last record: cut it, or later appends would be
    // misaligned.
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      if (channel.size() > complete) {
        channel.truncate(complete);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot repair embedding cache " + file, e);
    }
  }

  private void append(List<String> keys, List<float[]> fresh) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (DataOutputStream out =
          new DataOutputStream(
              new BufferedOutputStream(
                  Files.newOutputStream(
                      file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
        for (int i = 0; i < keys.size(); i++) {
          out.write(HexFormat.of().parseHex(keys.get(i)));
          for (float f : fresh.get(i)) {
            out.writeFloat(f);
          }
          vectors.put(keys.get(i), fresh.get(i));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write embedding cache " + file, e);
    }
  }

  private static String key(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
