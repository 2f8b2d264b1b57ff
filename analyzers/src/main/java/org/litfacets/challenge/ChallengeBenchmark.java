package org.litfacets.challenge;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.Role;
import org.litfacets.embedding.Embedder;
import org.litfacets.embedding.EmbeddingCache;
import org.litfacets.embedding.TextEmbeddingModel;
import org.litfacets.role.LabelledAbstract;
import org.litfacets.role.PubmedQaCorpus;
import org.litfacets.sentence.SentenceSplitter;

/**
 * Challenge/direction labelling of sentences with known labels: precision, recall and F1 per label,
 * micro-F1 over both, and the classification time per sentence on one thread, embeddings excluded
 * (vectors come from the cache). Given PubMedQA, also how often the model labels the sentences of
 * its held-out abstracts, by their gold role: there is no gold for challenges in abstracts, but a
 * METHODS sentence is rarely one, so a high rate there is false alarms.
 */
public final class ChallengeBenchmark {

  /** Sentences of a typical abstract, to state the cost per abstract. */
  static final int SENTENCES_PER_ABSTRACT = 10;

  private static final int WARM_UP_CALLS = 5000;

  /**
   * Of {@code sentences} abstract sentences of one role, how many were labelled challenge and
   * direction.
   */
  public record RoleRate(Role role, int sentences, int challenges, int directions, int read) {

    double challengeRate() {
      return sentences == 0 ? 0 : (double) challenges / sentences;
    }

    double directionRate() {
      return sentences == 0 ? 0 : (double) directions / sentences;
    }

    /** Share of the sentences the classifier embedded and read (candidates). */
    double readShare() {
      return sentences == 0 ? 0 : (double) read / sentences;
    }
  }

  public record Result(
      String corpus,
      String embeddingModel,
      boolean candidatesOnly,
      int sentences,
      long[] truePositives,
      long[] falsePositives,
      long[] falseNegatives,
      double msPerSentence,
      List<RoleRate> abstractRates) {

    Result withAbstractRates(List<RoleRate> rates) {
      return new Result(
          corpus,
          embeddingModel,
          candidatesOnly,
          sentences,
          truePositives,
          falsePositives,
          falseNegatives,
          msPerSentence,
          rates);
    }

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
      return ratio(
          2 * truePositives[i], 2 * truePositives[i] + falsePositives[i] + falseNegatives[i]);
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
      for (RoleRate r : abstractRates) {
        String key = "abstracts." + r.role().name().toLowerCase(Locale.ROOT);
        f.put(key + ".challenge_rate", r.challengeRate());
        f.put(key + ".direction_rate", r.directionRate());
        f.put(key + ".read_share", r.readShare());
      }
      if (!abstractRates.isEmpty()) {
        f.put("abstracts.read_share", readShare());
      }
      return f;
    }

    /** Share of all abstract sentences the classifier embedded and read. */
    double readShare() {
      int sentences = abstractRates.stream().mapToInt(RoleRate::sentences).sum();
      int read = abstractRates.stream().mapToInt(RoleRate::read).sum();
      return sentences == 0 ? 0 : (double) read / sentences;
    }

    public String report() {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              Locale.ROOT,
              "Challenges and directions on %s: %d sentences (vectors: %s; read: %s)%n%n",
              corpus,
              sentences,
              embeddingModel,
              candidatesOnly ? "candidates only, as the indexer does" : "every sentence"));
      b.append(
          String.format(
              Locale.ROOT,
              "%-10s %9s %9s %9s %9s%n",
              "label",
              "precision",
              "recall",
              "F1",
              "gold"));
      for (ChallengeLabel label : ChallengeLabel.values()) {
        int i = label.ordinal();
        b.append(
            String.format(
                Locale.ROOT,
                "%-10s %9.3f %9.3f %9.3f %9d%n",
                label.name().toLowerCase(Locale.ROOT),
                precision(label),
                recall(label),
                f1(label),
                truePositives[i] + falseNegatives[i]));
      }
      b.append(String.format(Locale.ROOT, "%-10s %29.3f%n%n", "micro-F1", microF1()));
      b.append(
          String.format(
              Locale.ROOT,
              "speed: %.4f ms CPU per sentence, %.3f ms per %d-sentence abstract, one thread, embeddings excluded%n",
              msPerSentence,
              msPerSentence * SENTENCES_PER_ABSTRACT,
              SENTENCES_PER_ABSTRACT));
      if (!abstractRates.isEmpty()) {
        b.append(
            String.format(
                Locale.ROOT,
                "%nlabelled sentences of PubMedQA's held-out abstracts, by gold role (no gold labels; "
                    + "METHODS sentences are rarely challenges), and the share embedded and read "
                    + "(candidates)%n%-12s %9s %10s %10s %10s%n",
                "role",
                "sentences",
                "challenge",
                "direction",
                "read"));
        for (RoleRate r : abstractRates) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "%-12s %9d %9.1f%% %9.1f%% %9.1f%%%n",
                  r.role(),
                  r.sentences(),
                  100 * r.challengeRate(),
                  100 * r.directionRate(),
                  100 * r.readShare()));
        }
        b.append(String.format(Locale.ROOT, "%-12s %41.1f%%%n", "all read", 100 * readShare()));
      }
      return b.toString();
    }

    private static double ratio(long a, long b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  private ChallengeBenchmark() {}

  /**
   * Entry point of {@code litfacets bench challenges <csv>}: labels {@code csv} with the model for
   * {@code embeddingModel} in {@code modelsDir} (trained from {@code trainCsv} and {@code pubmedQa}
   * when missing), vectors through the cache in {@code modelsDir}; with {@code pubmedQa}, also the
   * label rates on its held-out abstracts. With {@code candidatesOnly} false, every sentence is
   * read (the comparison for the candidate filter the indexer uses).
   */
  public static Result run(
      Path csv,
      Path modelsDir,
      Path trainCsv,
      Optional<Path> pubmedQa,
      String embeddingModel,
      boolean candidatesOnly) {
    ChallengeModel model =
        ChallengeModel.loadOrTrain(modelsDir, trainCsv, pubmedQa, embeddingModel);
    EmbeddingCache cache =
        EmbeddingCache.open(
            new Embedder(TextEmbeddingModel.load(model.embeddingModel())), modelsDir);
    ChallengeClassifier classifier = new ChallengeClassifier(model, candidatesOnly);
    Result result = run(csv.toString(), ChallengeCorpus.read(csv), classifier, model, cache);
    if (pubmedQa.isEmpty()) {
      return result;
    }
    return result.withAbstractRates(
        abstractRates(
            PubmedQaCorpus.heldOutPart(PubmedQaCorpus.read(pubmedQa.get(), new SentenceSplitter())),
            classifier,
            cache));
  }

  /**
   * The labels of an abstract's sentences as the indexer's challenge step gives them: read in the
   * light of their roles, through the same classifier call; {@code embed} also hears which
   * sentences were read.
   */
  public static List<ChallengePrediction> labels(
      LabelledAbstract a,
      ChallengeClassifier classifier,
      Function<List<String>, List<float[]>> embed) {
    return classifier.classify(ChallengeSentence.ofArticle(a.sentences(), a.roles(), 0), embed);
  }

  static List<RoleRate> abstractRates(
      List<LabelledAbstract> abstracts, ChallengeClassifier classifier, EmbeddingCache cache) {
    Map<Role, int[]> counts = new EnumMap<>(Role.class);
    for (LabelledAbstract a : abstracts) {
      Set<String> read = new HashSet<>();
      List<ChallengePrediction> predictions =
          labels(
              a,
              classifier,
              texts -> {
                read.addAll(texts);
                return cache.embed(texts);
              });
      for (int i = 0; i < predictions.size(); i++) {
        int[] c = counts.computeIfAbsent(a.roles().get(i), r -> new int[4]);
        c[0]++;
        c[1] += predictions.get(i).isChallenge() ? 1 : 0;
        c[2] += predictions.get(i).isDirection() ? 1 : 0;
        c[3] += read.contains(a.sentences().get(i)) ? 1 : 0;
      }
    }
    List<RoleRate> rates = new ArrayList<>();
    counts.forEach((role, c) -> rates.add(new RoleRate(role, c[0], c[1], c[2], c[3])));
    return rates;
  }

  public static Result run(
      String corpus,
      List<ChallengeSentence> sentences,
      ChallengeClassifier classifier,
      ChallengeModel model,
      EmbeddingCache cache) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentences to benchmark in " + corpus);
    }
    if (!cache.modelName().equals(model.embeddingModel())) {
      throw new IllegalArgumentException(
          "challenge model was trained on "
              + model.embeddingModel()
              + " vectors, not "
              + cache.modelName());
    }
    // The first call embeds what it reads (through the cache); the timed calls below look the
    // same vectors up in memory, so that they measure the classifier's own work.
    Map<String, float[]> vectors = new HashMap<>();
    List<ChallengePrediction> predictions =
        classifier.classify(
            sentences,
            texts -> {
              List<float[]> v = cache.embed(texts);
              for (int i = 0; i < texts.size(); i++) {
                vectors.put(texts.get(i), v.get(i));
              }
              return v;
            });
    Function<List<String>, List<float[]>> inMemory =
        texts -> texts.stream().map(vectors::get).toList();
    // Warm-up so that the timing reflects steady-state work, not class loading and JIT.
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      classifier.classify(List.of(sentences.get(i % sentences.size())), inMemory);
    }
    // CPU time of this thread: "on one core", whatever else the machine is running.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = threads.getCurrentThreadCpuTime();
    classifier.classify(sentences, inMemory);
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
    return new Result(
        corpus,
        model.embeddingModel(),
        classifier.candidatesOnly(),
        sentences.size(),
        tp,
        fp,
        fn,
        ms,
        List.of());
  }
}
