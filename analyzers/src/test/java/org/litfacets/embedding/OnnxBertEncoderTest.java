package org.litfacets.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batched encoder against langchain4j's own model, which runs one text per call. */
class OnnxBertEncoderTest {

  /** Lengths from 3 to more than the tokenizer's 128 tokens, not in length order. */
  private static final List<String> TEXTS =
      List.of(
          "Aspirin reduces the risk of myocardial infarction in patients with stable angina.",
          "N.",
          "Little is known about how tumour-infiltrating lymphocytes respond to PD-1 blockade in"
              + " microsatellite-stable colorectal cancer, and whether their density predicts"
              + " survival after resection.",
          ("Background: type 2 diabetes raises the risk of heart failure. Methods: we followed"
                  + " 12,000 adults for ten years and recorded hospital admissions. ")
              .repeat(6),
          // beyond the prefix the tokenizer reads (8 characters per token read)
          ("Results: statins lowered LDL cholesterol by a third in 4,000 adults over five years. ")
              .repeat(20),
          // pieces of more than 8 characters: the prefix is too short, the whole text is read
          ("x".repeat(120) + " ").repeat(12) + "Aspirin reduces the risk of stroke.",
          "Future work should test the vaccine in children.",
          "Mice lacking TRAF2 died within two weeks of birth.");

  private final OnnxBertEncoder encoder = TextEmbeddingModel.loadDefault().encoder();
  private final List<float[]> reference = reference(TEXTS);

  @Test
  void aTextAloneGetsLangchainsVector() {
    for (int i = 0; i < TEXTS.size(); i++) {
      assertThat(cosine(encoder.embed(List.of(TEXTS.get(i)), 128).get(0), reference.get(i)))
          .as(TEXTS.get(i))
          .isGreaterThan(0.99999);
    }
  }

  /**
   * In a batch the model's int8 activations share one scale, so vectors move a little: on 929
   * abstract sentences the mean cosine was 0.992, with challenge and retrieval figures unchanged.
   */
  @Test
  void batchedTextsKeepTheirOrderAndNearlyTheirVectors() {
    List<float[]> batched = encoder.embed(TEXTS, 128);

    assertThat(batched).hasSize(TEXTS.size());
    double sum = 0;
    for (int i = 0; i < TEXTS.size(); i++) {
      double c = cosine(batched.get(i), reference.get(i));
      // a very short text moves most ("N." measured 0.963 among abstract sentences)
      assertThat(c).as(TEXTS.get(i)).isGreaterThan(0.95);
      double squares = 0;
      for (float x : batched.get(i)) {
        squares += x * x;
      }
      assertThat(squares).as("unit length").isCloseTo(1.0, offset(1e-4));
      sum += c;
    }
    assertThat(sum / TEXTS.size()).isGreaterThan(0.985);
  }

  @Test
  void aLongTextReadInPartIsTokenisedAsTheWholeText() throws IOException {
    HuggingFaceTokenizer whole =
        HuggingFaceTokenizer.newInstance(
            getClass().getClassLoader().getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json"),
            Map.of("padding", "false", "truncation", "false"));
    for (String text : TEXTS) {
      long[] all = whole.encode(text, true, false).getIds();
      long[] read = encoder.encode(text, 128).getIds();
      int compared = Math.min(all.length, 128) - 1; // the last is [SEP] in either
      assertThat(Arrays.copyOf(read, compared)).as(text).isEqualTo(Arrays.copyOf(all, compared));
    }
    String longest = TEXTS.get(4);
    assertThat(encoder.encode(longest, 128).getIds().length)
        .as("the prefix only")
        .isLessThan(whole.encode(longest, true, false).getIds().length);
  }

  private static List<float[]> reference(List<String> texts) {
    List<float[]> out = new ArrayList<>();
    for (Embedding e :
        new AllMiniLmL6V2QuantizedEmbeddingModel()
            .embedAll(texts.stream().map(TextSegment::from).toList())
            .content()) {
      out.add(e.vector());
    }
    return out;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
