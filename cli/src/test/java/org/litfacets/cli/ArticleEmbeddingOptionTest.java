package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
  void byDefaultArticlesAreReadByBgeSmallUpTo256TokensAndSentencesByMiniLm() {
    Options o = parse();

    Embedder articles = o.articles.load();
    assertThat(articles.modelName()).isEqualTo("bge-small-en-v15-q");
    assertThat(articles.maxTokens()).isEqualTo(256);
    assertThat(o.articles.nonDefault()).isEmpty();
    assertThat(o.articles.given()).isFalse();
    assertThat(parse("--article-embedding-model", "bge-small-en-v15-q").articles.given())
        .as("the default, given")
        .isTrue();
    assertThat(o.sentences.load().modelName()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(o.sentences.load().maxTokens()).as("sentences keep MiniLM's own 128").isEqualTo(128);
  }

  @Test
  void theArticleModelAndLengthAreChosenApartFromTheSentenceModel() {
    Options o =
        parse("--article-embedding-model", "all-minilm-l6-v2-q", "--article-max-tokens", "256");

    Embedder articles = o.articles.load();
    assertThat(articles.modelName()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(articles.maxTokens()).isEqualTo(256);
    assertThat(o.sentences.load().modelName()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(o.sentences.load().maxTokens()).isEqualTo(128);
    assertThat(o.articles.nonDefault())
        .isEqualTo(" --article-embedding-model all-minilm-l6-v2-q --article-max-tokens 256");
  }

  @Test
  void withoutALengthEachModelReadsTheLengthChosenForArticles() {
    Embedder minilm = parse("--article-embedding-model", "all-minilm-l6-v2-q").articles.load();
    assertThat(minilm.maxTokens()).as("its tokenizer's own limit").isEqualTo(128);
    assertThat(minilm.variantName()).isEqualTo("all-minilm-l6-v2-q");

    Embedder e5 = parse("--article-embedding-model", "e5-small-v2-q").articles.load();
    assertThat(e5.maxTokens()).as("e5 reads whole texts, as measured").isEqualTo(512);

    Options bge = parse("--article-max-tokens", "512");
    assertThat(bge.articles.load().maxTokens()).isEqualTo(512);
    assertThat(bge.articles.nonDefault()).isEqualTo(" --article-max-tokens 512");
  }

  @Test
  void withoutAChoiceQueriesAreEmbeddedByTheModelOfTheIndexsVectors() {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(said, true, StandardCharsets.UTF_8);

    Embedder older = parse().articles.loadForIndex(List.of("all-minilm-l6-v2-q"), log);
    assertThat(older.modelName()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(said.toString(StandardCharsets.UTF_8))
        .contains(
            "queries embedded by all-minilm-l6-v2-q, the model of the index's article vectors");

    assertThat(parse().articles.loadForIndex(List.of(), log).modelName())
        .as("an empty index")
        .isEqualTo("bge-small-en-v15-q");
    assertThat(
            parse()
                .articles
                .loadForIndex(List.of("all-minilm-l6-v2-q", "bge-small-en-v15-q"), log)
                .modelName())
        .as("a mixed index")
        .isEqualTo("bge-small-en-v15-q");
    assertThat(
            parse().articles.loadForIndex(List.of("a model of another program"), log).modelName())
        .isEqualTo("bge-small-en-v15-q");
    assertThat(
            parse("--article-embedding-model", "e5-small-v2-q")
                .articles
                .loadForIndex(List.of("all-minilm-l6-v2-q"), log)
                .modelName())
        .as("a choice is kept, and the server's answers say that it does not match")
        .isEqualTo("e5-small-v2-q");
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
