package org.litfacets.cli;

import org.litfacets.embedding.Embedder;
import org.litfacets.embedding.TextEmbeddingModel;
import picocli.CommandLine.Option;

/**
 * The embedding model of sentences: the challenge classifier's and semantic MeSH matching's.
 * Article vectors and search queries have their own ({@link ArticleEmbeddingOption}).
 */
final class EmbeddingModelOption {
  @Option(
      names = "--embedding-model",
      defaultValue = TextEmbeddingModel.DEFAULT_NAME,
      description =
          "Embedding model of sentences (challenge classifier, semantic MeSH matching): all-minilm-l6-v2-q, "
              + "bge-small-en-v15-q or e5-small-v2-q; the challenge classifier is trained for it on first use. "
              + "Article vectors and queries: --article-embedding-model. Default: ${DEFAULT-VALUE}.")
  String name;

  /** Loads the model, or fails with the names of the known ones. */
  Embedder load() {
    return load(name);
  }

  static Embedder load(String name) {
    if (!TextEmbeddingModel.names().contains(name)) {
      throw new IllegalArgumentException(
          "unknown embedding model '"
              + name
              + "'; use one of "
              + String.join(", ", TextEmbeddingModel.names()));
    }
    return new Embedder(TextEmbeddingModel.load(name));
  }
}
