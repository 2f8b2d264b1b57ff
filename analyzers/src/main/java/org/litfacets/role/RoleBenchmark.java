package org.litfacets.role;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litfacets.article.Role;
import org.litfacets.sentence.SentenceSplitter;

/**
 * Sentence-role classification of held-out abstracts whose true roles are known but hidden from the
 * classifier: per-role precision/recall/F1, micro-F1 (= sentence accuracy, one role per sentence),
 * macro-F1, the confusion matrix and the classification time per abstract on one thread.
 */
public final class RoleBenchmark {

  public record Result(
      String corpus, String[] roles, long[][] confusion, int abstracts, double msPerAbstract) {

    public int sentences() {
      long n = 0;
      for (long[] row : confusion) {
        for (long c : row) {
          n += c;
        }
      }
      return (int) n;
    }

    public double precision(int role) {
      long predicted = 0;
      for (long[] row : confusion) {
        predicted += row[role];
      }
      return predicted == 0 ? 0 : (double) confusion[role][role] / predicted;
    }

    public double recall(int role) {
      long gold = 0;
      for (long c : confusion[role]) {
        gold += c;
      }
      return gold == 0 ? 0 : (double) confusion[role][role] / gold;
    }

    public double f1(int role) {
      double p = precision(role);
      double r = recall(role);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double microF1() {
      long correct = 0;
      for (int i = 0; i < confusion.length; i++) {
        correct += confusion[i][i];
      }
      return sentences() == 0 ? 0 : (double) correct / sentences();
    }

    public double macroF1() {
      double sum = 0;
      for (int i = 0; i < roles.length; i++) {
        sum += f1(i);
      }
      return sum / roles.length;
    }

    public Map<String, Double> figures() {
      Map<String, Double> f = new LinkedHashMap<>();
      for (int i = 0; i < roles.length; i++) {
        String key = "role." + roles[i].toLowerCase(Locale.ROOT);
        f.put(key + ".precision", precision(i));
        f.put(key + ".recall", recall(i));
        f.put(key + ".f1", f1(i));
      }
      f.put("role.micro.f1", microF1());
      f.put("role.macro.f1", macroF1());
      f.put("role.abstracts", (double) abstracts);
      f.put("role.sentences", (double) sentences());
      f.put("role.ms_per_abstract", msPerAbstract);
      return f;
    }

    public String report() {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              Locale.ROOT,
              "Sentence roles on %s: %d abstracts, %d sentences%n%n",
              corpus,
              abstracts,
              sentences()));
      b.append(
          String.format(
              Locale.ROOT, "%-12s %9s %9s %9s %9s%n", "role", "precision", "recall", "F1", "gold"));
      for (int i = 0; i < roles.length; i++) {
        long gold = 0;
        for (long c : confusion[i]) {
          gold += c;
        }
        b.append(
            String.format(
                Locale.ROOT,
                "%-12s %9.3f %9.3f %9.3f %9d%n",
                roles[i],
                precision(i),
                recall(i),
                f1(i),
                gold));
      }
      b.append(
          String.format(
              Locale.ROOT,
              "%-12s %29.3f%n%-12s %29.3f%n%n",
              "micro-F1",
              microF1(),
              "macro-F1",
              macroF1()));
      b.append("confusion (rows = gold, columns = predicted)\n");
      b.append(String.format(Locale.ROOT, "%-12s", ""));
      for (String r : roles) {
        b.append(String.format(Locale.ROOT, " %6.6s", r));
      }
      b.append('\n');
      for (int i = 0; i < roles.length; i++) {
        b.append(String.format(Locale.ROOT, "%-12s", roles[i]));
        for (long c : confusion[i]) {
          b.append(String.format(Locale.ROOT, " %6d", c));
        }
        b.append('\n');
      }
      b.append(
          String.format(
              Locale.ROOT,
              "%nspeed: %.3f ms CPU per abstract on one thread (role classification, sentences given)%n",
              msPerAbstract));
      return b.toString();
    }
  }

  private static final int WARM_UP_CALLS = 2000;

  private RoleBenchmark() {}

  /**
   * Entry point of {@code litfacets bench roles <file>}: a PubMed-RCT-format or EBM-NLP file (all
   * of it), a pubmed-rct folder (its dev.txt), PubMedQA's ori_pqal.json or folder or SciFact's
   * corpus.jsonl.gz (their fixed held-out 20 %, see {@link HeldOutSplit}).
   */
  public static Result run(Path file, RoleModel model) {
    return run(file.toString(), readHeldOut(file), model);
  }

  /** Benchmark on already converted abstracts, e.g. structured abstracts of PubMed XML. */
  public static Result run(String corpus, List<LabelledAbstract> abstracts, RoleModel model) {
    if (abstracts.isEmpty()) {
      throw new IllegalArgumentException("no abstracts to benchmark in " + corpus);
    }
    RoleClassifier classifier = new RoleClassifier(model);
    // Warm-up so that the timing reflects steady-state work, not class loading and JIT.
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      classifier.classify(abstracts.get(i % abstracts.size()).sentences());
    }
    int k = Role.values().length;
    long[][] confusion = new long[k][k];
    // CPU time of this thread: "on one core", whatever else the machine is running.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    for (LabelledAbstract a : abstracts) {
      long t0 = threads.getCurrentThreadCpuTime();
      List<Role> predicted = classifier.classify(a.sentences());
      nanos += threads.getCurrentThreadCpuTime() - t0;
      for (int i = 0; i < predicted.size(); i++) {
        confusion[a.roles().get(i).ordinal()][predicted.get(i).ordinal()]++;
      }
    }
    String[] names = new String[k];
    for (Role r : Role.values()) {
      names[r.ordinal()] = r.name();
    }
    return new Result(corpus, names, confusion, abstracts.size(), nanos / 1e6 / abstracts.size());
  }

  static List<LabelledAbstract> readHeldOut(Path file) {
    if (Files.isDirectory(file)) {
      if (Files.isRegularFile(file.resolve("ori_pqal.json"))) {
        return readHeldOut(file.resolve("ori_pqal.json"));
      }
      if (Files.isRegularFile(file.resolve("dev.txt"))) {
        return readHeldOut(file.resolve("dev.txt"));
      }
      throw new IllegalArgumentException(
          file + " is a folder with neither ori_pqal.json nor a PubMed-RCT dev.txt");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("role benchmark input " + file + " does not exist");
    }
    if (file.getFileName().toString().endsWith(".json")) {
      return HeldOutSplit.heldOutPart(PubmedQaCorpus.read(file, new SentenceSplitter()));
    }
    if (ScifactCorpus.looksLike(file)) {
      return HeldOutSplit.heldOutPart(ScifactCorpus.read(file, new SentenceSplitter()));
    }
    return RoleFiles.readWhole(file, new SentenceSplitter());
  }
}
