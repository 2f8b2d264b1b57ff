package org.litfacets.challenge;

import org.litfacets.embedding.Embedder;
import org.litfacets.embedding.EmbeddingCache;
import org.litfacets.embedding.TextEmbeddingModel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Challenge/direction labelling of sentences with known labels: precision, recall and F1 per label, micro-F1 over
 * both, and the classification time per sentence on one thread, embeddings excluded (vectors come from the cache).
 */
public final class ChallengeBenchmark {

    /** Sentences of a typical abstract, to state the cost per abstract. */
    static final int SENTENCES_PER_ABSTRACT = 10;
    private static final int WARM_UP_CALLS = 5000;

    public record Result(String corpus, String embeddingModel, int sentences, long[] truePositives, long[] falsePositives,
                         long[] falseNegatives, double msPerSentence) {

        public double precision(ChallengeLabel label) {
            int i = label.ordinal();
            return ratio(truePositives[i], truePositives[i] + falsePositives[i]);
        }

        public double recall(ChallengeLabel label) {
            int i = label.ordinal();
            return ratio(truePositives[i], truePositives[i] + falseNegatives[i]);
        }

        public double f1(ChallengeLabel label) {
            int i = label.ordinal();
            return ratio(2 * truePositives[i], 2 * truePositives[i] + falsePositives[i] + falseNegatives[i]);
        }

        public double microF1() {
            long tp = 0;
            long wrong = 0;
            for (int i = 0; i < truePositives.length; i++) {
                tp += truePositives[i];
                wrong += falsePositives[i] + falseNegatives[i];
            }
            return ratio(2 * tp, 2 * tp + wrong);
        }

        public Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            for (ChallengeLabel label : ChallengeLabel.values()) {
                String key = label.name().toLowerCase(Locale.ROOT);
                f.put(key + ".precision", precision(label));
                f.put(key + ".recall", recall(label));
                f.put(key + ".f1", f1(label));
            }
            f.put("micro.f1", microF1());
            f.put("sentences", (double) sentences);
            f.put("ms_per_sentence", msPerSentence);
            f.put("ms_per_abstract", msPerSentence * SENTENCES_PER_ABSTRACT);
            return f;
        }

        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "Challenges and directions on %s: %d sentences (vectors: %s)%n%n", corpus, sentences, embeddingModel));
            b.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s%n", "label", "precision", "recall", "F1", "gold"));
            for (ChallengeLabel label : ChallengeLabel.values()) {
                int i = label.ordinal();
                b.append(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %9d%n", label.name().toLowerCase(Locale.ROOT),
                        precision(label), recall(label), f1(label), truePositives[i] + falseNegatives[i]));
            }
            b.append(String.format(Locale.ROOT, "%-10s %29.3f%n%n", "micro-F1", microF1()));
            b.append(String.format(Locale.ROOT, "speed: %.4f ms CPU per sentence, %.3f ms per %d-sentence abstract, one thread, embeddings excluded%n",
                    msPerSentence, msPerSentence * SENTENCES_PER_ABSTRACT, SENTENCES_PER_ABSTRACT));
            return b.toString();
        }

        private static double ratio(long a, long b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private ChallengeBenchmark() {
    }

    /**
     * Entry point of {@code litfacets bench challenges <csv>}: labels {@code csv} with the model in {@code modelsDir}
     * (trained from {@code trainCsv} when missing), vectors from the default embedder through the cache in
     * {@code modelsDir}.
     */
    public static Result run(Path csv, Path modelsDir, Path trainCsv) {
        return run(csv, modelsDir, trainCsv, TextEmbeddingModel.DEFAULT_NAME);
    }

    /** As {@link #run(Path, Path, Path)} with the named embedding model. */
    public static Result run(Path csv, Path modelsDir, Path trainCsv, String embeddingModel) {
        ChallengeModel model = ChallengeModel.loadOrTrain(modelsDir, trainCsv, embeddingModel);
        EmbeddingCache cache = EmbeddingCache.open(new Embedder(TextEmbeddingModel.load(embeddingModel)), modelsDir);
        return run(csv.toString(), ChallengeCorpus.read(csv), model, cache);
    }

    public static Result run(String corpus, List<ChallengeSentence> sentences, ChallengeModel model, EmbeddingCache cache) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to benchmark in " + corpus);
        }
        if (!cache.modelName().equals(model.embeddingModel())) {
            throw new IllegalArgumentException("challenge model was trained on " + model.embeddingModel()
                    + " vectors, not " + cache.modelName());
        }
        List<float[]> vectors = cache.embed(sentences.stream().map(ChallengeSentence::text).toList());
        ChallengeClassifier classifier = new ChallengeClassifier(model);
        // Warm-up so that the timing reflects steady-state work, not class loading and JIT.
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            int k = i % sentences.size();
            classifier.classify(List.of(sentences.get(k)), List.of(vectors.get(k)));
        }
        // CPU time of this thread: "on one core", whatever else the machine is running.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        List<ChallengePrediction> predictions = classifier.classify(sentences, vectors);
        double ms = (threads.getCurrentThreadCpuTime() - t0) / 1e6 / sentences.size();
        int k = ChallengeLabel.values().length;
        long[] tp = new long[k];
        long[] fp = new long[k];
        long[] fn = new long[k];
        for (int i = 0; i < sentences.size(); i++) {
            for (ChallengeLabel label : ChallengeLabel.values()) {
                boolean gold = sentences.get(i).labels().contains(label);
                boolean predicted = predictions.get(i).labels().contains(label);
                int j = label.ordinal();
                tp[j] += gold && predicted ? 1 : 0;
                fp[j] += !gold && predicted ? 1 : 0;
                fn[j] += gold && !predicted ? 1 : 0;
            }
        }
        return new Result(corpus, model.embeddingModel(), sentences.size(), tp, fp, fn, ms);
    }
}
