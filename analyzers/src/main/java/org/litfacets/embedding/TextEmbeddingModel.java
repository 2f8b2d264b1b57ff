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

  /**
   * How each model is loaded and what it expects before a text: bge-small was trained with an
   * instruction before queries only, e5 with "query: " and "passage: " (their model cards); without
   * them their retrieval scores drop. {@code maxTokens} is how much of a text the model reads
   * unless told otherwise: all-MiniLM's tokenizer file cuts at 128 tokens, the others read whole
   * texts.
   */
  private record Spec(
      Supplier<OnnxBertEncoder> factory, String queryPrefix, String passagePrefix, int maxTokens) {}

  private static final Map<String, Spec> SPECS =
      Map.of(
          DEFAULT_NAME,
          new Spec(
              () ->
                  new OnnxBertEncoder(
                      "all-minilm-l6-v2-q.onnx",
                      "all-minilm-l6-v2-q-tokenizer.json",
                      OnnxBertEncoder.Pooling.MEAN,
                      384),
              "",
              "",
              128),
          "bge-small-en-v15-q",
          new Spec(
              () ->
                  new OnnxBertEncoder(
                      "bge-small-en-v1.5-q.onnx",
                      "bge-small-en-v1.5-q-tokenizer.json",
                      OnnxBertEncoder.Pooling.CLS,
                      384),
              "Represent this sentence for searching relevant passages: ",
              "",
              OnnxBertEncoder.MAX_POSITIONS),
          "e5-small-v2-q",
          new Spec(
              () ->
                  new OnnxBertEncoder(
                      "e5-small-v2-q.onnx",
                      "e5-small-v2-q-tokenizer.json",
                      OnnxBertEncoder.Pooling.MEAN,
                      384),
              "query: ",
              "passage: ",
              OnnxBertEncoder.MAX_POSITIONS));

  private static final Map<String, TextEmbeddingModel> LOADED = new ConcurrentHashMap<>();

  private final String name;
  private final OnnxBertEncoder encoder;
  private final String queryPrefix;
  private final String passagePrefix;
  private final int maxTokens;

  private TextEmbeddingModel(String name, Spec spec) {
    this.name = name;
    this.encoder = spec.factory().get();
    this.queryPrefix = spec.queryPrefix();
    this.passagePrefix = spec.passagePrefix();
    this.maxTokens = spec.maxTokens();
  }

  /** Names accepted by {@link #load(String)}. */
  public static List<String> names() {
    return SPECS.keySet().stream().sorted().toList();
  }

  public static TextEmbeddingModel loadDefault() {
    return load(DEFAULT_NAME);
  }

  public static TextEmbeddingModel load(String name) {
    Spec spec = SPECS.get(name);
    if (spec == null) {
      throw new IllegalArgumentException(
          "unknown embedding model '" + name + "', expected one of " + names());
    }
    return LOADED.computeIfAbsent(name, n -> new TextEmbeddingModel(n, spec));
  }

  public String name() {
    return name;
  }

  public int dimensions() {
    return encoder.dimensions();
  }

  /**
   * Tokens of a text read unless told otherwise ([CLS] and [SEP] included); the rest is cut off.
   */
  public int maxTokens() {
    return maxTokens;
  }

  /** A search query as the model was trained to read it. */
  String asQuery(String text) {
    return queryPrefix + text;
  }

  /** A text to be found (an abstract, a sentence) as the model was trained to read it. */
  String asPassage(String text) {
    return passagePrefix + text;
  }

  OnnxBertEncoder encoder() {
    return encoder;
  }
}
