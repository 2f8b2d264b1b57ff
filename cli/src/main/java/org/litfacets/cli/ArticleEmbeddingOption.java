package org.litfacets.cli;

import org.litfacets.embedding.Embedder;
import org.litfacets.embedding.TextEmbeddingModel;
import picocli.CommandLine.Option;

/**
 * The embedding model of article search: it makes the article vectors (title + abstract) and embeds
 * search queries, so an index and the server that searches it must use the same one. Kept apart
 * from {@link EmbeddingModelOption}, the model of sentences (challenge classifier, MeSH headings),
 * because article search gains from a larger model and longer texts where sentences do not.
 */
final class ArticleEmbeddingOption {
  @Option(
      names = "--article-embedding-model",
      defaultValue = TextEmbeddingModel.DEFAULT_NAME,
      description =
          "Embedding model of article vectors and search queries: all-minilm-l6-v2-q (fast), "
              + "bge-small-en-v15-q or e5-small-v2-q (better article search, several times the CPU per "
              + "abstract; README's Benchmarks). A server must use the model its index was built with: its "
              + "name is stored with every vector, and a search with another model's query vectors fails. "
              + "Default: ${DEFAULT-VALUE}.")
  String name;

  @Option(
      names = "--article-max-tokens",
      description =
          "Tokens of title + abstract the article vector reads (16 to 512; the rest is cut off; at 512, "
              + "whole). Default: the model's own, 128 for all-minilm-l6-v2-q, 512 for the others.")
  Integer maxTokens;

  /** Loads the model, or fails with the names of the known ones. */
  Embedder load() {
    Embedder model = EmbeddingModelOption.load(name);
    return maxTokens == null ? model : model.readingUpTo(maxTokens);
  }

  /** The length as set, for a run's recorded settings. */
  String maxTokensSetting() {
    return maxTokens == null ? "model" : maxTokens.toString();
  }

  /** The options as a command line gives them, when they are not the defaults. */
  String nonDefault() {
    StringBuilder s = new StringBuilder();
    if (!name.equals(TextEmbeddingModel.DEFAULT_NAME)) {
      s.append(" --article-embedding-model ").append(name);
    }
    if (maxTokens != null) {
      s.append(" --article-max-tokens ").append(maxTokens);
    }
    return s.toString();
  }
}
