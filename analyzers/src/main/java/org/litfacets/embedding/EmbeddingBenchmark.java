package org.litfacets.embedding;

import org.litfacets.role.LabelledAbstract;
import org.litfacets.role.PubmedQaCorpus;
import org.litfacets.sentence.SentenceSplitter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Embedding throughput on real abstracts (PubMedQA's ori_pqal.json), batched as the indexer does. */
public final class EmbeddingBenchmark {

    public record Result(String model, int dimensions, int texts, double meanCharacters, double seconds) {

        public double textsPerSecond() {
            return texts / seconds;
        }

        public Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("embedding.texts", (double) texts);
            f.put("embedding.dimensions", (double) dimensions);
            f.put("embedding.mean_chars", meanCharacters);
            f.put("embedding.texts_per_s", textsPerSecond());
            return f;
        }

        public String report() {
            return String.format(Locale.ROOT, "Embedding %d abstracts (mean %.0f characters) with %s: %d dimensions, "
                    + "%.1f s, %.1f abstracts/s (%d cores)%n", texts, meanCharacters, model, dimensions, seconds,
                    textsPerSecond(), Runtime.getRuntime().availableProcessors());
        }
    }

    private EmbeddingBenchmark() {
    }

    /** Entry point of {@code litfacets bench embeddings <ori_pqal.json>}: at most {@code limit} abstracts. */
    public static Result run(Path pubmedQaJson, String modelName, int limit) {
        List<String> texts = PubmedQaCorpus.read(pubmedQaJson, new SentenceSplitter()).stream()
                .limit(limit)
                .map(EmbeddingBenchmark::text)
                .toList();
        return run(texts, new Embedder(TextEmbeddingModel.load(modelName)));
    }

    public static Result run(List<String> texts, Embedder embedder) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to embed");
        }
        // Warm-up: the first ONNX calls allocate and optimise, which is no steady-state cost.
        embedder.embed(texts.subList(0, Math.min(16, texts.size())));
        long t0 = System.nanoTime();
        List<float[]> vectors = embedder.embed(texts);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double chars = texts.stream().mapToInt(String::length).average().orElse(0);
        return new Result(embedder.modelName(), vectors.get(0).length, texts.size(), chars, seconds);
    }

    private static String text(LabelledAbstract a) {
        return String.join(" ", a.sentences());
    }
}
