package org.litfacets.embedding;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Turns texts into unit-length dense vectors with one {@link TextEmbeddingModel}. Thread-safe. */
public final class Embedder {

  private final TextEmbeddingModel model;
  private final EmbeddingCache cache;

  public Embedder(TextEmbeddingModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.cache = null;
  }

  private Embedder(Embedder uncached, Path directory) {
    this.model = uncached.model;
    this.cache = EmbeddingCache.open(uncached, directory);
  }

  /**
   * The same model, remembering every vector in {@code directory} (one file per model): a text
   * embedded once, in this run or an earlier one, is not embedded again.
   */
  public Embedder cachedIn(Path directory) {
    return new Embedder(cache == null ? this : new Embedder(model), directory);
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

  public float[] embed(String text) {
    return embed(List.of(text)).get(0);
  }

  /** One vector per text, in order. A blank text has no meaning to embed, so it is rejected. */
  public List<float[]> embed(List<String> texts) {
    return cache == null ? compute(texts) : cache.embed(texts);
  }

  /** Runs the model, whatever the cache holds. */
  List<float[]> compute(List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(
            "text " + i + " of " + texts.size() + " is blank; cannot embed it");
      }
    }
    return model.encoder().embed(texts);
  }
}
