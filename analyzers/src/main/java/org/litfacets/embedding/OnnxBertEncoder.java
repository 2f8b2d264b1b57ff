package org.litfacets.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT-family sentence encoder (an ONNX model and its Hugging Face tokenizer, bundled in a
 * langchain4j jar), run on the calling thread over batches of texts of similar length.
 *
 * <p>langchain4j's own {@code embedAll} runs the model once per text, and tokenises each text three
 * times on the way: on abstract sentences, most of the CPU went to the calls rather than the
 * matrices. Here texts are tokenised once, sorted by token count and run in batches padded to their
 * longest member only (the attention mask hides the padding), so a batch wastes few positions. A
 * text alone gets langchain4j's vector exactly; in a batch its vector moves a little, because the
 * model quantises its activations to int8 with one scale per batch (not because of the padding:
 * batches of equal lengths moved as much). On 929 abstract sentences the mean cosine to the
 * one-by-one vectors was 0.992 (least 0.984), and challenge F1 and SciFact nDCG@10 did not drop
 * ({@code OnnxBertEncoderTest}, README).
 *
 * <p>ONNX Runtime's default session options were kept: graph optimisation level ALL is already the
 * default (BASIC and none cost 5 to 15% more), and turning off the memory arena or memory-pattern
 * planning made no measurable difference.
 *
 * <p>The ONNX session gets one intra-op thread: parallelism comes from the callers (the indexer's
 * enrichment workers, one per core), and a second intra-op thread per call only made two cores run
 * four threads that spun against each other.
 */
final class OnnxBertEncoder {

  /** How a text's vector is read from its tokens' output vectors. */
  enum Pooling {
    /** The mean over every token, [CLS] and [SEP] included (sentence-transformers' MEAN). */
    MEAN,
    /** The [CLS] token's vector. */
    CLS
  }

  /**
   * BERT's positions, [CLS] and [SEP] included. A text read at this length is read whole: beyond
   * it, in parts (see {@link #split}).
   */
  static final int MAX_POSITIONS = 512;

  /** The fewest positions {@link Embedder#readingUpTo} allows: [CLS], [SEP] and a few words. */
  static final int MIN_POSITIONS = 16;

  /**
   * Token positions per model call, padding included: about 16 sentences or 4 abstracts. Measured
   * on abstract sentences: 29.5 ms of CPU per article one by one, 24.1 at 128 positions, 21.4 at
   * 512, 21.9 at 1024 (larger batches outgrow the caches).
   */
  static final int POSITIONS_PER_BATCH = 512;

  /**
   * Characters of a text tokenised per token read, when it reads fewer than {@value
   * #MAX_POSITIONS}: English word pieces average about 4.5 characters, so this prefix nearly always
   * holds the tokens read, and the tokenizer (about 3 us per token here) skips the rest of an
   * abstract.
   */
  static final int PREFIX_CHARS_PER_TOKEN = 8;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final Pooling pooling;
  private final boolean typeIds;
  private final int dimensions;

  OnnxBertEncoder(String modelResource, String tokenizerResource, Pooling pooling, int dimensions) {
    this.pooling = pooling;
    this.dimensions = dimensions;
    try (InputStream model = resource(modelResource);
        InputStream tokenizerJson = resource(tokenizerResource);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      this.environment = OrtEnvironment.getEnvironment();
      this.session = environment.createSession(model.readAllBytes(), options);
      this.typeIds = session.getInputNames().contains("token_type_ids");
      // Neither the tokenizer file's truncation (all-MiniLM's: 128 tokens) nor its padding
      // applies: each call says how many tokens it reads, and batches pad themselves.
      this.tokenizer =
          HuggingFaceTokenizer.newInstance(
              tokenizerJson, Map.of("padding", "false", "truncation", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding model " + modelResource, e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load embedding model " + modelResource, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = OnnxBertEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "embedding model resource " + name + " is not on the classpath");
    }
    return in;
  }

  int dimensions() {
    return dimensions;
  }

  /**
   * One unit vector per text, in the texts' order, each text read up to {@code maxTokens} tokens
   * ([CLS] and [SEP] included; the rest is cut off, as sentence-transformers' max_seq_length does),
   * or whole at {@value #MAX_POSITIONS}.
   */
  List<float[]> embed(List<String> texts, int maxTokens) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      split(i, encode(texts.get(i), maxTokens), maxTokens, parts);
    }
    parts.sort(Comparator.comparingInt(p -> p.ids.length));
    float[][] sums = new float[texts.size()][dimensions];
    for (int from = 0, to; from < parts.size(); from = to) {
      // sorted by length: the last part of a batch sets its padded width
      to = from + 1;
      while (to < parts.size()
          && (to - from + 1) * parts.get(to).ids.length <= POSITIONS_PER_BATCH) {
        to++;
      }
      List<Part> batch = parts.subList(from, to);
      float[][] pooled = run(batch);
      for (int b = 0; b < batch.size(); b++) {
        Part part = batch.get(b);
        float[] sum = sums[part.text];
        for (int d = 0; d < dimensions; d++) {
          sum[d] += pooled[b][d] * part.weight;
        }
      }
    }
    // the weighted mean of a text's parts, scaled to unit length: the sum scales alike
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (float[] sum : sums) {
      vectors.add(normalised(sum));
    }
    return vectors;
  }

  /**
   * The tokens of a text, at least the first {@code maxTokens} of them when it has more. A long
   * text read in part is tokenised from a prefix cut at a space: BERT's tokenizer splits words at
   * spaces before it splits them into word pieces, so the pieces of the words before the cut are
   * those of the whole text. When the prefix holds fewer tokens than are read (words of more than
   * {@value #PREFIX_CHARS_PER_TOKEN} characters per piece), the whole text is tokenised.
   */
  Encoding encode(String text, int maxTokens) {
    int cut = maxTokens * PREFIX_CHARS_PER_TOKEN;
    if (maxTokens < MAX_POSITIONS && text.length() > cut) {
      int space = text.indexOf(' ', cut);
      if (space > 0) {
        Encoding prefix = tokenizer.encode(text.substring(0, space), true, false);
        if (prefix.getIds().length >= maxTokens) {
          return prefix;
        }
      }
    }
    return tokenizer.encode(text, true, false);
  }

  /**
   * A text longer than {@code maxTokens} is cut to its first {@code maxTokens - 2} tokens; read at
   * {@value #MAX_POSITIONS}, the model's limit, it becomes several parts instead, cut between
   * words, whose vectors are averaged weighted by their token counts (as langchain4j does).
   */
  private static void split(int text, Encoding encoding, int maxTokens, List<Part> parts) {
    long[] ids = encoding.getIds();
    String[] tokens = encoding.getTokens();
    int end = ids.length - 1; // [SEP]
    int perPart = maxTokens - 2;
    if (maxTokens < MAX_POSITIONS) {
      end = Math.min(end, 1 + perPart);
    }
    for (int from = 1; from < end; ) {
      int to = from + perPart;
      if (to >= end) {
        to = end;
      } else {
        while (tokens[to].startsWith("##")) {
          to--;
        }
      }
      long[] part = new long[to - from + 2];
      part[0] = ids[0];
      System.arraycopy(ids, from, part, 1, to - from);
      part[part.length - 1] = ids[ids.length - 1];
      parts.add(new Part(text, part, to - from));
      from = to;
    }
    if (end <= 1) {
      // nothing but [CLS] and [SEP]: the model still gives those a vector
      parts.add(new Part(text, ids, 1));
    }
  }

  /** The pooled output vector of each part of a batch sorted by length. */
  private float[][] run(List<Part> batch) {
    int rows = batch.size();
    int columns = batch.get(rows - 1).ids.length;
    long[] ids = new long[rows * columns];
    long[] mask = new long[rows * columns];
    for (int b = 0; b < rows; b++) {
      long[] partIds = batch.get(b).ids;
      System.arraycopy(partIds, 0, ids, b * columns, partIds.length);
      Arrays.fill(mask, b * columns, b * columns + partIds.length, 1L);
    }
    long[] shape = {rows, columns};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put(
          "attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        inputs.put(
            "token_type_ids",
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * columns]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        float[][] pooled = new float[rows][];
        for (int b = 0; b < rows; b++) {
          pooled[b] = pool(hidden, b * columns, batch.get(b).ids.length);
        }
        return pooled;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed on a batch of " + rows, e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[] pool(FloatBuffer hidden, int firstToken, int tokens) {
    float[] v = new float[dimensions];
    int count = pooling == Pooling.CLS ? 1 : tokens;
    for (int t = 0; t < count; t++) {
      int offset = (firstToken + t) * dimensions;
      for (int d = 0; d < dimensions; d++) {
        v[d] += hidden.get(offset + d);
      }
    }
    for (int d = 0; d < dimensions; d++) {
      v[d] /= count;
    }
    return v;
  }

  private static float[] normalised(float[] v) {
    double squares = 0;
    for (float x : v) {
      squares += x * x;
    }
    float norm = (float) Math.sqrt(squares);
    for (int d = 0; d < v.length; d++) {
      v[d] /= norm;
    }
    return v;
  }

  /** A sequence the model runs: a whole text, or one part of a long one. */
  private record Part(int text, long[] ids, int weight) {}
}
