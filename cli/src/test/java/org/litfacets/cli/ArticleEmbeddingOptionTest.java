package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.litfacets.embedding.Embedder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The article model and length are options of their own, apart from the sentence model. */
class ArticleEmbeddingOptionTest {

  @Command
  static final class Options {
    @Mixin EmbeddingModelOption sentences;
    @Mixin ArticleEmbeddingOption articles;
  }

  private static Options parse(String... args) {
    Options options = new Options();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void byDefaultArticlesAreReadByMiniLmAtTheDefaultLength() {
    Options o = parse();

    Embedder articles = o.articles.load();
    assertThat(articles.modelName()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(articles.maxTokens()).isEqualTo(128);
    assertThat(o.articles.nonDefault()).isEmpty();
    assertThat(o.sentences.load().maxTokens()).as("sentences keep MiniLM's own 128").isEqualTo(128);
  }

  @Test
  void theArticleModelAndLengthAreChosenApartFromTheSentenceModel() {
    Options o =
        parse("--article-embedding-model", "bge-small-en-v15-q", "--article-max-tokens", "256");

    Embedder articles = o.articles.load();
    assertThat(articles.modelName()).isEqualTo("bge-small-en-v15-q");
    assertThat(articles.maxTokens()).isEqualTo(256);
    assertThat(o.sentences.load().modelName()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(o.articles.nonDefault())
        .isEqualTo(" --article-embedding-model bge-small-en-v15-q --article-max-tokens 256");
  }

  @Test
  void withoutALengthEachModelReadsItsOwn() {
    Options o = parse("--article-embedding-model", "bge-small-en-v15-q");

    Embedder articles = o.articles.load();
    assertThat(articles.maxTokens()).as("bge reads whole texts, as measured").isEqualTo(512);
    assertThat(articles.variantName()).isEqualTo("bge-small-en-v15-q");
    assertThat(o.articles.nonDefault()).isEqualTo(" --article-embedding-model bge-small-en-v15-q");
  }

  @Test
  void anUnknownModelOrLengthIsRefusedWithWhatIsAccepted() {
    assertThatThrownBy(() -> parse("--article-embedding-model", "bert-large").articles.load())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bge-small-en-v15-q");
    assertThatThrownBy(() -> parse("--article-max-tokens", "1024").articles.load())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 to 512");
  }
}
