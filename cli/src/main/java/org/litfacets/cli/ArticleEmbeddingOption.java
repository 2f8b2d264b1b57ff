package org.litfacets.cli;

import java.io.PrintStream;
import java.util.List;
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
      description =
          "Embedding model of article vectors and search queries: bge-small-en-v15-q (the best article "
              + "search here), e5-small-v2-q, or all-minilm-l6-v2-q (about a quarter of bge's CPU per "
              + "abstract, 0.06 less nDCG@10; README's Benchmarks). A server must use the model its "
              + "index was built with: its name is stored with every vector, and a search with another "
              + "model's query vectors fails; "
              + "without this option, serve uses the model of the index's vectors. Default: "
              + TextEmbeddingModel.ARTICLE_DEFAULT_NAME
              + ".")
  String name;

  @Option(
      names = "--article-max-tokens",
      description =
          "Tokens of title + abstract the article vector reads (16 to 512; the rest is cut off; at 512, "
              + "whole). Default: 256 for bge-small-en-v15-q, 128 for all-minilm-l6-v2-q, 512 for "
              + "e5-small-v2-q.")
  Integer maxTokens;

  /** The chosen model's name, or the default's. */
  String name() {
    return name != null ? name : TextEmbeddingModel.ARTICLE_DEFAULT_NAME;
  }

  /** Loads the model, or fails with the names of the known ones. */
  Embedder load() {
    return load(name());
  }

  private Embedder load(String model) {
    Embedder embedder = EmbeddingModelOption.load(model);
    return embedder.readingUpTo(
        maxTokens != null ? maxTokens : TextEmbeddingModel.load(model).articleTokens());
  }

  /**
   * The model that embeds the queries of an index whose article vectors were made by {@code
   * indexModels}: the chosen one; without a choice, the index's own when all its vectors are of one
   * known model (an index built before the default changed keeps working), else the default.
   */
  Embedder loadForIndex(List<String> indexModels, PrintStream log) {
    if (name == null
        && indexModels.size() == 1
        && !indexModels.get(0).equals(name())
        && TextEmbeddingModel.names().contains(indexModels.get(0))) {
      log.println(
          "Article search: queries embedded by "
              + indexModels.get(0)
              + ", the model of the index's article vectors (choose with --article-embedding-model)");
      return load(indexModels.get(0));
    }
    return load();
  }

  /** The length as set, for a run's recorded settings. */
  String maxTokensSetting() {
    return maxTokens == null ? "model" : maxTokens.toString();
  }

  /** True when the command line gives either option, even with its default value. */
  boolean given() {
    return name != null || maxTokens != null;
  }

  /** The options as a command line gives them, when they are not the defaults. */
  String nonDefault() {
    StringBuilder s = new StringBuilder();
    if (!name().equals(TextEmbeddingModel.ARTICLE_DEFAULT_NAME)) {
      s.append(" --article-embedding-model ").append(name);
    }
    if (maxTokens != null) {
      s.append(" --article-max-tokens ").append(maxTokens);
    }
    return s.toString();
  }
}
