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
   * The model of sentence vectors (challenge classifier, semantic MeSH matching) unless configured
   * otherwise: about 3x faster than bge-small here, and the larger models gave the challenge
   * classifier too little for their cost.
   */
  public static final String DEFAULT_NAME = "all-minilm-l6-v2-q";

  /**
   * The model of article vectors and search queries unless configured otherwise: on SciFact's train
   * claims, hybrid search with it reading 256 tokens scores 0.761 nDCG@10 against all-MiniLM's
   * 0.703, the only model here above BGE-base's published 0.741, for about four times the CPU per
   * abstract (README's Benchmarks).
   */
  public static final String ARTICLE_DEFAULT_NAME = "bge-small-en-v15-q";

  /**
   * How each model is loaded and what it expects before a text: e5 was trained with "query: " and
   * "passage: " (its model card). bge-small-en-v1.5's card makes its query instruction ("Represent
   * this sentence for searching relevant passages: ") optional; without it, hybrid search on
   * SciFact's train claims scores better on both halves (0.7607 against 0.7533 nDCG@10) and a query
   * costs 3.4 ms of CPU instead of 5.4. {@code maxTokens} is how much of a text the model reads
   * unless told otherwise: all-MiniLM's tokenizer file cuts at 128 tokens, the others read whole
   * texts. {@code articleTokens} is how much of title + abstract an article vector reads unless
   * told otherwise, chosen on SciFact's train claims: bge-small gains 0.005 nDCG@10 from the second
   * 256 tokens for about twice the CPU, and e5 was measured whole only.
   */
  private record Spec(
      Supplier<OnnxBertEncoder> factory,
      String queryPrefix,
      String passagePrefix,
      int maxTokens,
      int articleTokens) {}

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
              128,
              128),
          "bge-small-en-v15-q",
          new Spec(
              () ->
                  new OnnxBertEncoder(
                      "bge-small-en-v1.5-q.onnx",
                      "bge-small-en-v1.5-q-tokenizer.json",
                      OnnxBertEncoder.Pooling.CLS,
                      384),
              "",
              "",
              OnnxBertEncoder.MAX_POSITIONS,
              256),
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
              OnnxBertEncoder.MAX_POSITIONS,
              OnnxBertEncoder.MAX_POSITIONS));

  private static final Map<String, TextEmbeddingModel> LOADED = new ConcurrentHashMap<>();

  private final String name;
  private final OnnxBertEncoder encoder;
  private final String queryPrefix;
  private final String passagePrefix;
  private final int maxTokens;
  private final int articleTokens;

  private TextEmbeddingModel(String name, Spec spec) {
    this.name = name;
    this.encoder = spec.factory().get();
    this.queryPrefix = spec.queryPrefix();
    this.passagePrefix = spec.passagePrefix();
    this.maxTokens = spec.maxTokens();
    this.articleTokens = spec.articleTokens();
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

  /** Tokens of title + abstract an article vector reads unless told otherwise. */
  public int articleTokens() {
    return articleTokens;
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
