package org.litfacets.embedding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A sentence-embedding model run in-process on the CPU (ONNX, bundled in its jar). Loaded once per
 * name and shared: loading costs seconds and hundreds of MB, and the underlying ONNX session is
 * thread-safe. Each call runs on the calling thread (see {@link OnnxBertEncoder}): parallelism
 * comes from the callers.
 */
public final class TextEmbeddingModel {

  /**
   * The model of all litfacets vectors unless configured otherwise: about 5x faster than bge-small
   * here.
   */
  public static final String DEFAULT_NAME = "all-minilm-l6-v2-q";

  private static final Map<String, Supplier<OnnxBertEncoder>> FACTORIES =
      Map.of(
          DEFAULT_NAME,
          () ->
              new OnnxBertEncoder(
                  "all-minilm-l6-v2-q.onnx",
                  "all-minilm-l6-v2-q-tokenizer.json",
                  OnnxBertEncoder.Pooling.MEAN,
                  384),
          "bge-small-en-v15-q",
          () ->
              new OnnxBertEncoder(
                  "bge-small-en-v1.5-q.onnx",
                  "bge-small-en-v1.5-q-tokenizer.json",
                  OnnxBertEncoder.Pooling.CLS,
                  384));

  private static final Map<String, TextEmbeddingModel> LOADED = new ConcurrentHashMap<>();

  private final String name;
  private final OnnxBertEncoder encoder;

  private TextEmbeddingModel(String name, OnnxBertEncoder encoder) {
    this.name = name;
    this.encoder = encoder;
  }

  /** Names accepted by {@link #load(String)}. */
  public static List<String> names() {
    return FACTORIES.keySet().stream().sorted().toList();
  }

  public static TextEmbeddingModel loadDefault() {
    return load(DEFAULT_NAME);
  }

  public static TextEmbeddingModel load(String name) {
    Supplier<OnnxBertEncoder> factory = FACTORIES.get(name);
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown embedding model '" + name + "', expected one of " + names());
    }
    return LOADED.computeIfAbsent(name, n -> new TextEmbeddingModel(n, factory.get()));
  }

  public String name() {
    return name;
  }

  public int dimensions() {
    return encoder.dimensions();
  }

  OnnxBertEncoder encoder() {
    return encoder;
  }
}
