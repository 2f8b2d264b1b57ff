package org.litfacets.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A model bundled in a langchain4j jar, run with one ONNX Runtime intra-op thread per call.
 * langchain4j already spreads {@code embedAll} over one task per core; its bundled models also give
 * every call an intra-op pool of one thread per core, so two cores ran four busy threads that spun
 * against each other (measured: about 200 sentences per CPU-second against 237 with one thread, and
 * half that for one caller with two intra-op threads).
 */
final class OneThreadOnnxModel extends AbstractInProcessEmbeddingModel {
  private final OnnxBertBiEncoder encoder;
  private final int dimensions;

  OneThreadOnnxModel(
      String modelResource, String tokenizerResource, PoolingMode pooling, int dims) {
    super(null);
    this.dimensions = dims;
    try (InputStream model = resource(modelResource);
        InputStream tokenizer = resource(tokenizerResource);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      this.encoder =
          new OnnxBertBiEncoder(
              environment,
              environment.createSession(model.readAllBytes(), options),
              tokenizer,
              pooling);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding model " + modelResource, e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load embedding model " + modelResource, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = OneThreadOnnxModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "embedding model resource " + name + " is not on the classpath");
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return dimensions;
  }
}
