package org.litfacets.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedderTest {

  private static Embedder embedder;

  @BeforeAll
  static void load() {
    embedder = Embedder.withDefaultModel();
  }

  @Test
  void queriesAreReadWithTheModelsOwnPrefix() {
    String text = "Aspirin prevents stroke.";
    // MiniLM has no prefix: a query and a text of the same words are the same vector
    assertThat(embedder.embedQuery(text)).containsExactly(embedder.embed(text));
    // e5 reads "query: " before queries and "passage: " before the texts it finds
    Embedder e5 = new Embedder(TextEmbeddingModel.load("e5-small-v2-q"));
    assertThat(Arrays.equals(e5.embedQuery(text), e5.embed(text))).isFalse();
  }

  @Test
  void aLongerLengthReadsMoreOfALongTextAndChangesNothingForAShortOne() {
    String shortText = "Aspirin prevents stroke in adults with atrial fibrillation.";
    String longText =
        ("Background: type 2 diabetes raises the risk of heart failure. Methods: we followed"
                    + " 12,000 adults for ten years and recorded hospital admissions. ")
                .repeat(8)
            + "Results: metformin users were admitted for heart failure less often.";
    Embedder at256 = embedder.readingUpTo(256);

    assertThat(embedder.maxTokens()).as("all-MiniLM's own length").isEqualTo(128);
    assertThat(at256.modelName()).isEqualTo(embedder.modelName());
    assertThat(at256.embed(shortText)).containsExactly(embedder.embed(shortText));
    // the last sentence lies past token 128: only the longer reading sees it
    assertThat(cosine(at256.embed(longText), embedder.embed(longText))).isLessThan(0.999);
    assertThat(cosine(embedder.readingUpTo(100).embed(longText), embedder.embed(longText)))
        .isLessThan(0.9999);
    assertThatThrownBy(() -> embedder.readingUpTo(513))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 to 512");
  }

  @Test
  void theCacheKeepsVectorsOfEachLengthApart(@TempDir Path dir) {
    String text =
        ("Background: type 2 diabetes raises the risk of heart failure. Methods: we followed"
                + " 12,000 adults for ten years and recorded hospital admissions. ")
            .repeat(8);
    float[] at128 = embedder.cachedIn(dir).embed(text);
    float[] at256 = embedder.readingUpTo(256).cachedIn(dir).embed(text);

    assertThat(at256).containsExactly(embedder.readingUpTo(256).embed(text));
    assertThat(Arrays.equals(at128, at256)).isFalse();
    assertThat(dir.resolve("embeddings-all-minilm-l6-v2-q.bin")).exists();
    assertThat(dir.resolve("embeddings-all-minilm-l6-v2-q-256-tokens.bin")).exists();
  }

  @Test
  void shortTextsAndQueriesGetTheVectorTheyHaveAloneWhateverIsEmbeddedBeside() {
    List<String> texts =
        List.of(
            "Asthma",
            "Myocardial Infarction",
            "Little is known about how tumour-infiltrating lymphocytes respond to PD-1 blockade in"
                + " microsatellite-stable colorectal cancer.");
    List<float[]> each = embedder.embedEach(texts);
    List<float[]> queries = embedder.embedQueries(texts);
    for (int i = 0; i < texts.size(); i++) {
      float[] alone = embedder.embed(List.of(texts.get(i))).get(0);
      assertThat(each.get(i)).as(texts.get(i)).containsExactly(alone);
      assertThat(queries.get(i)).as(texts.get(i)).containsExactly(alone);
    }
    // in one batch the activations share one quantisation scale, and a short heading moves
    assertThat(Arrays.equals(embedder.embed(texts).get(0), each.get(0))).isFalse();
  }

  @Test
  void embedsTextsInOrderAsUnitVectorsOf384Dimensions() {
    List<float[]> v =
        embedder.embed(
            List.of(
                "Aspirin reduces the risk of myocardial infarction.",
                "Acetylsalicylic acid lowers heart attack risk.",
                "The train to Glasgow was delayed by snow."));

    assertThat(embedder.modelName()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(embedder.dimensions()).isEqualTo(384);
    assertThat(v).hasSize(3).allSatisfy(x -> assertThat(x).hasSize(384));
    assertThat(dot(v.get(0), v.get(0))).isCloseTo(1.0, within(1e-3));
    assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)) + 0.2);
    // alone or in a batch, nearly the same vector (the batch shares an int8 scale)
    assertThat(dot(embedder.embed("The train to Glasgow was delayed by snow."), v.get(2)))
        .isGreaterThan(0.98);
  }

  @Test
  void rejectsBlankTextsAndUnknownModels() {
    assertThatThrownBy(() -> embedder.embed(List.of("fine", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text 1 of 2 is blank");
    assertThatThrownBy(() -> TextEmbeddingModel.load("word2vec"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bge-small-en-v15-q");
  }

  @Test
  void cacheEmbedsEachTextOnceAndPersistsIt(@TempDir Path dir) {
    EmbeddingCache cache = EmbeddingCache.open(embedder, dir);
    List<float[]> first =
        cache.embed(
            List.of(
                "Malaria is spread by mosquitoes.",
                "Dengue too.",
                "Malaria is spread by mosquitoes."));

    assertThat(cache.size()).isEqualTo(2);
    assertThat(first.get(0)).isSameAs(first.get(2));
    assertThat(Files.exists(dir.resolve("embeddings-all-minilm-l6-v2-q.bin"))).isTrue();

    EmbeddingCache reopened = EmbeddingCache.open(embedder, dir);
    assertThat(reopened.size()).isEqualTo(2);
    assertThat(reopened.embed(List.of("Dengue too.")).get(0)).containsExactly(first.get(1));
    assertThat(reopened.size()).isEqualTo(2);
  }

  @Test
  void cacheCutsAPartialLastRecordLeftByAKilledRun(@TempDir Path dir) throws IOException {
    EmbeddingCache.open(embedder, dir).embed(List.of("Cholera is waterborne."));
    Path file = dir.resolve("embeddings-all-minilm-l6-v2-q.bin");
    long oneRecord = Files.size(file);
    Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);

    EmbeddingCache repaired = EmbeddingCache.open(embedder, dir);
    repaired.embed(List.of("Typhoid too."));

    assertThat(Files.size(file)).isEqualTo(2 * oneRecord);
    assertThat(EmbeddingCache.open(embedder, dir).size()).isEqualTo(2);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Both vectors are unit length. */
  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
