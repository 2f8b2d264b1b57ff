package org.litfacets.mesh.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshTerms;

/**
 * MeSH term suggestion for Boolean query clauses, evaluated on the CLEF TAR MeSH-suggestion layout
 * (Wang et al. 2022): split folders holding topic folders holding clause folders with a {@code
 * keywords} file (input, one term a line) and a {@code mesh} file (the experts' headings, by name),
 * plus baseline runs ({@code *.res}, TREC run format, clause id {@code TOPIC_CLAUSE}). Each split
 * found under the given folder is scored on its own.
 *
 * <p>Scores are macro-averaged over clauses: P@k = hits in the top k / k (as trec_eval, so a run
 * returning fewer than k headings is not rewarded), R@k = hits / gold headings, F1@k from the
 * clause's own P@k and R@k. A clause missing from a baseline run scores 0. Gold headings are mapped
 * to descriptors by name, then by entry term.
 */
public final class MeshSuggestBenchmark {
  public static final int[] CUTOFFS = {1, 3, 5, 10};
  private static final int DEPTH = 10;

  private final MeshSuggester suggester;

  public MeshSuggestBenchmark(MeshSuggester suggester) {
    if (suggester == null) {
      throw new IllegalArgumentException("a MeSH suggester is required");
    }
    this.suggester = suggester;
  }

  /**
   * Scores the suggester's methods, their fusion and the shipped baseline runs on every split under
   * the folder.
   */
  public Result run(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "CLEF TAR MeSH-suggestion folder " + folder + " does not exist");
    }
    List<Path> splits = splits(folder);
    if (splits.isEmpty()) {
      throw new IllegalArgumentException(folder + " holds no TOPIC/CLAUSE/keywords + mesh files");
    }
    Map<String, SplitScores> results = new LinkedHashMap<>();
    for (Path split : splits) {
      String name = folder.relativize(split).toString().replace('\\', '/');
      results.put(name.isEmpty() ? split.getFileName().toString() : name, score(split));
    }
    return new Result(results);
  }

  /** One clause: its id (TOPIC_CLAUSE), its keywords and the gold descriptor UIs. */
  public record Clause(String id, List<String> keywords, Set<String> gold, int unmappedGold) {}

  /** Reads the clauses of one split folder. */
  public List<Clause> clauses(Path split) {
    List<Clause> out = new ArrayList<>();
    try (Stream<Path> topics = Files.list(split)) {
      for (Path topic : topics.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> clauseDirs = Files.list(topic)) {
          for (Path clause :
              clauseDirs
                  .filter(p -> Files.isRegularFile(p.resolve("keywords")))
                  .sorted()
                  .toList()) {
            List<String> keywords = lines(clause.resolve("keywords"));
            Set<String> gold = new LinkedHashSet<>();
            int unmapped = 0;
            for (String name : lines(clause.resolve("mesh"))) {
              Optional<Descriptor> d = heading(name);
              if (d.isPresent()) {
                gold.add(d.get().ui());
              } else {
                unmapped++;
              }
            }
            out.add(
                new Clause(
                    topic.getFileName() + "_" + clause.getFileName(), keywords, gold, unmapped));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + split, e);
    }
    return out;
  }

  private Optional<Descriptor> heading(String name) {
    String clean = name.replace("\"", "").replaceAll("\\[[^\\]]*\\]", "").replace("*", "").trim();
    List<Descriptor> found = suggester.vocabulary().byTerm(clean);
    String key = MeshTerms.key(clean);
    return found.stream()
        .filter(d -> MeshTerms.key(d.name()).equals(key))
        .findFirst()
        .or(() -> found.stream().findFirst());
  }

  private SplitScores score(Path split) {
    List<Clause> all = clauses(split);
    List<Clause> clauses = all.stream().filter(c -> !c.gold().isEmpty()).toList();
    Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
    for (Clause clause : clauses) {
      Map<SuggestionMethod, List<Suggestion>> each = suggester.suggestEach(clause.keywords(), 100);
      each.forEach(
          (method, list) ->
              runs.computeIfAbsent(method.name().toLowerCase(Locale.ROOT), m -> new TreeMap<>())
                  .put(clause.id(), uis(list)));
      runs.computeIfAbsent("fusion", m -> new TreeMap<>())
          .put(clause.id(), uis(suggester.fuse(each, DEPTH)));
    }
    try (Stream<Path> files = Files.list(split)) {
      for (Path res :
          files.filter(p -> p.getFileName().toString().endsWith(".res")).sorted().toList()) {
        String name = res.getFileName().toString();
        runs.put(
            "baseline-" + name.substring(0, name.length() - 4).toLowerCase(Locale.ROOT),
            readRun(res));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + split, e);
    }
    Map<String, double[]> scores = new LinkedHashMap<>();
    runs.forEach((run, byClause) -> scores.put(run, evaluate(clauses, byClause)));
    int unmapped = all.stream().mapToInt(Clause::unmappedGold).sum();
    return new SplitScores(clauses.size(), unmapped, scores);
  }

  private static List<String> uis(List<Suggestion> list) {
    return list.stream().limit(DEPTH).map(s -> s.descriptor().ui()).toList();
  }

  /** P, R, F1 at each cutoff, macro-averaged: {P@1, R@1, F1@1, P@3, ...}. */
  static double[] evaluate(List<Clause> clauses, Map<String, List<String>> run) {
    double[] sums = new double[CUTOFFS.length * 3];
    for (Clause clause : clauses) {
      List<String> ranked = run.getOrDefault(clause.id(), List.of());
      for (int c = 0; c < CUTOFFS.length; c++) {
        int k = CUTOFFS[c];
        long hits = ranked.stream().limit(k).filter(clause.gold()::contains).count();
        double p = (double) hits / k;
        double r = (double) hits / clause.gold().size();
        sums[3 * c] += p;
        sums[3 * c + 1] += r;
        sums[3 * c + 2] += hits == 0 ? 0 : 2 * p * r / (p + r);
      }
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= Math.max(1, clauses.size());
    }
    return sums;
  }

  static Map<String, List<String>> readRun(Path res) {
    Map<String, List<String>> run = new TreeMap<>();
    Map<String, Map<Integer, String>> ranked = new TreeMap<>();
    for (String line : lines(res)) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 4) {
        throw new IllegalArgumentException(res + ": not a TREC run line: " + line);
      }
      ranked.computeIfAbsent(f[0], k -> new TreeMap<>()).putIfAbsent(Integer.parseInt(f[3]), f[2]);
    }
    ranked.forEach(
        (clause, byRank) -> run.put(clause, List.copyOf(new LinkedHashSet<>(byRank.values()))));
    return run;
  }

  private static List<String> lines(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::trim)
          .filter(l -> !l.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<Path> splits(Path folder) {
    try (Stream<Path> all = Files.walk(folder, 6)) {
      return all.filter(p -> p.getFileName().toString().equals("keywords"))
          .map(p -> p.getParent().getParent().getParent())
          .distinct()
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk " + folder, e);
    }
  }

  /** Scores of one split: run name to {P@1, R@1, F1@1, P@3, R@3, F1@3, ...}. */
  public record SplitScores(int clauses, int unmappedGold, Map<String, double[]> runs) {}

  /** Scores of every split found. */
  public record Result(Map<String, SplitScores> splits) {
    /** Flat figures such as {@code clef-2017-testing.fusion.f1@5}. */
    public Map<String, Double> figures() {
      Map<String, Double> out = new LinkedHashMap<>();
      splits.forEach(
          (split, scores) -> {
            String prefix = split.toLowerCase(Locale.ROOT).replace('/', '-');
            scores
                .runs()
                .forEach(
                    (run, s) -> {
                      for (int c = 0; c < CUTOFFS.length; c++) {
                        out.put(prefix + "." + run + ".p@" + CUTOFFS[c], s[3 * c]);
                        out.put(prefix + "." + run + ".r@" + CUTOFFS[c], s[3 * c + 1]);
                        out.put(prefix + "." + run + ".f1@" + CUTOFFS[c], s[3 * c + 2]);
                      }
                    });
          });
      return out;
    }

    public String report() {
      StringBuilder out =
          new StringBuilder("MeSH suggestion for query clauses (macro over clauses)\n");
      splits.forEach(
          (split, scores) -> {
            out.append(
                String.format(
                    Locale.ROOT,
                    "%n%s: %d clauses with gold headings, %d gold names not in MeSH%n",
                    split,
                    scores.clauses(),
                    scores.unmappedGold()));
            out.append(String.format(Locale.ROOT, "%-18s", "run"));
            for (int k : CUTOFFS) {
              out.append(String.format(Locale.ROOT, " %6s %6s %6s", "P@" + k, "R@" + k, "F1@" + k));
            }
            out.append('\n');
            scores
                .runs()
                .forEach(
                    (run, s) -> {
                      out.append(String.format(Locale.ROOT, "%-18s", run));
                      for (double v : s) {
                        out.append(String.format(Locale.ROOT, " %6.3f", v));
                      }
                      out.append('\n');
                    });
          });
      return out.toString();
    }
  }
}
