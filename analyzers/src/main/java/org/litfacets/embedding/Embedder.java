package org.litfacets.embedding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Turns texts into unit-length dense vectors with one {@link TextEmbeddingModel}. Thread-safe. */
public final class Embedder {

  private final TextEmbeddingModel model;
  private final int maxTokens;
  private final EmbeddingCache cache;

  /** The model reading as many tokens of a text as it does by default. */
  public Embedder(TextEmbeddingModel model) {
    this(model, model.maxTokens());
  }

  private Embedder(TextEmbeddingModel model, int maxTokens) {
    this.model = Objects.requireNonNull(model, "model");
    this.maxTokens = maxTokens;
    this.cache = null;
  }

  private Embedder(Embedder uncached, Path directory) {
    this.model = uncached.model;
    this.maxTokens = uncached.maxTokens;
    this.cache = EmbeddingCache.open(uncached, directory);
  }

  /**
   * The same model, remembering every vector in {@code directory} (one file per model and length):
   * a text embedded once, in this run or an earlier one, is not embedded again.
   */
  public Embedder cachedIn(Path directory) {
    return new Embedder(cache == null ? this : new Embedder(model, maxTokens), directory);
  }

  /**
   * The same model reading up to {@code tokens} tokens of each text ([CLS] and [SEP] included), the
   * rest cut off; at 512, the model's limit, texts are read whole (longer ones in parts). Its
   * vectors are in the same space as the model's at any other length, so they carry the same model
   * name. Not cached.
   */
  public Embedder readingUpTo(int tokens) {
    if (tokens < OnnxBertEncoder.MIN_POSITIONS || tokens > OnnxBertEncoder.MAX_POSITIONS) {
      throw new IllegalArgumentException(
          "an embedding model reads "
              + OnnxBertEncoder.MIN_POSITIONS
              + " to "
              + OnnxBertEncoder.MAX_POSITIONS
              + " tokens of a text, not "
              + tokens);
    }
    return new Embedder(model, tokens);
  }

  /** The default model ({@value TextEmbeddingModel#DEFAULT_NAME}). */
  public static Embedder withDefaultModel() {
    return new Embedder(TextEmbeddingModel.loadDefault());
  }

  /** Recorded next to stored vectors so that vectors of different models are never compared. */
  public String modelName() {
    return model.name();
  }

  public int dimensions() {
    return model.dimensions();
  }

  /** Tokens of a text this embedder reads, [CLS] and [SEP] included. */
  public int maxTokens() {
    return maxTokens;
  }

  /**
   * The model's name, and the length it reads when that is not the model's own: vectors of one text
   * at two lengths differ, so caches keep them apart.
   */
  public String variantName() {
    return maxTokens == model.maxTokens()
        ? model.name()
        : model.name() + "-" + maxTokens + "-tokens";
  }

  public float[] embed(String text) {
    return embed(List.of(text)).get(0);
  }

  /**
   * The vector of a search query, to compare with the vectors of {@link #embed(List)}: some models
   * read queries with another prefix than the texts they find. Never cached: queries are rarely
   * repeated.
   */
  public float[] embedQuery(String query) {
    return embedQueries(List.of(query)).get(0);
  }

  /**
   * The vectors of search queries, in order (see {@link #embedQuery(String)}), each embedded alone
   * (see {@link #embedEach(List)}).
   */
  public List<float[]> embedQueries(List<String> queries) {
    List<float[]> vectors = new ArrayList<>(queries.size());
    for (String query : queries) {
      vectors.add(run(List.of(query), model::asQuery).get(0));
    }
    return vectors;
  }

  /**
   * As {@link #embed(List)}, each text in a model call of its own, so that its vector does not
   * depend on what else is embedded. The quantised models scale their activations over the whole
   * batch, which moves the vectors of short texts most: MeSH headings and the keywords matched
   * against them lost 0.02 of recall@10 when batched. Queries are embedded this way too, as a
   * user's query always is. Never cached.
   */
  public List<float[]> embedEach(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(compute(List.of(text)).get(0));
    }
    return vectors;
  }

  /**
   * One vector per text (abstracts, sentences: texts to be found or classified), in order. A blank
   * text has no meaning to embed, so it is rejected.
   */
  public List<float[]> embed(List<String> texts) {
    return cache == null ? compute(texts) : cache.embed(texts);
  }

  /** Runs the model, whatever the cache holds. */
  List<float[]> compute(List<String> texts) {
    return run(texts, model::asPassage);
  }

  private List<float[]> run(List<String> texts, UnaryOperator<String> prefix) {
    List<String> prefixed = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(
            "text " + i + " of " + texts.size() + " is blank; cannot embed it");
      }
      prefixed.add(prefix.apply(text));
    }
    return model.encoder().embed(prefixed, maxTokens);
  }
}
