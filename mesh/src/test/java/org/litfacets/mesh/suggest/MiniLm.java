package org.litfacets.mesh.suggest;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.function.Function;

/**
 * The project's embedder, as the lead injects it: all-MiniLM-L6-v2 (quantised) from langchain4j.
 */
final class MiniLm {
  static final String NAME = "all-minilm-l6-v2-q";
  private static EmbeddingModel model;

  private MiniLm() {}

  static synchronized Function<List<String>, List<float[]>> embedder() {
    if (model == null) {
      model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
    EmbeddingModel m = model;
    return texts ->
        m.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
            .map(e -> e.vector())
            .toList();
  }
}
