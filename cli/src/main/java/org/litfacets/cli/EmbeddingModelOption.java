package org.litfacets.cli;

import org.litfacets.embedding.Embedder;
import org.litfacets.embedding.TextEmbeddingModel;
import picocli.CommandLine.Option;

/**
 * The one embedding model of a command: article vectors, the challenge classifier and semantic
 * queries.
 */
final class EmbeddingModelOption {
  @Option(
      names = "--embedding-model",
      defaultValue = TextEmbeddingModel.DEFAULT_NAME,
      description =
          "Embedding model: all-minilm-l6-v2-q (fast), bge-small-en-v15-q or e5-small-v2-q (better article "
              + "search, about 5x the CPU per abstract; README's Benchmarks). A server must use the model its "
              + "index was built with; its name is stored with every vector. Default: ${DEFAULT-VALUE}.")
  String name;

  /** Loads the model, or fails with the names of the known ones. */
  Embedder load() {
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
