package org.litfacets.relation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.litfacets.article.EntityMention;
import org.litfacets.article.RelationType;
import org.litfacets.entity.EntityPair;
import org.litfacets.entity.NerBenchmark.Counts;
import org.litfacets.sentence.Span;

/**
 * Document-level relation extraction on a PubTator corpus with gold relations (BioRED, BC5CDR):
 * precision, recall and F1 over the (abstract, entity pair) items and over the (abstract, entity
 * pair, type) items, for the classifier and for the sentence co-occurrence baseline, each with the
 * corpus's gold entities and with the recogniser's. Only the type pairs that the corpus relates are
 * scored (BC5CDR: chemical-disease). A corpus whose relation types are not BioRED's, such as
 * BC5CDR's CID, has one type: a predicted relation of any type counts as it.
 */
public final class RelationBenchmark {

  /**
   * What a relation extractor reads of an abstract; both the classifier and the baseline are one.
   */
  @FunctionalInterface
  public interface Extractor {
    List<Relation> extract(String text, List<Span> sentences, List<EntityMention> mentions);
  }

  /** Scores over entity pairs, and over entity pairs with their type. */
  public record Scores(Counts pairs, Counts typed) {}

  /**
   * @param scores by row name: "gold.model", "gold.cooccurrence", then "own.model" and
   *     "own.cooccurrence" when own mentions were given
   */
  public record Result(
      String corpus,
      int documents,
      int goldRelations,
      Set<TypePair> scored,
      Map<String, Scores> scores,
      double abstractsPerSecond) {

    /**
     * Flat stable keys, e.g. "gold.model.pair.f1", "own.cooccurrence.typed.precision",
     * "abstracts_per_s".
     */
    public Map<String, Double> figures() {
      Map<String, Double> f = new LinkedHashMap<>();
      scores.forEach(
          (row, s) -> {
            s.pairs().putFigures(f, row + ".pair");
            s.typed().putFigures(f, row + ".typed");
          });
      f.put("documents", (double) documents);
      f.put("gold_relations", (double) goldRelations);
      f.put("abstracts_per_s", abstractsPerSecond);
      return f;
    }

    public String report() {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "Relations on %s (%d abstracts, %d gold relations of %s)%n",
              corpus,
              documents,
              goldRelations,
              new TreeSet<>(scored.stream().map(TypePair::toString).toList())));
      sb.append(
          String.format(
              Locale.ROOT, "%-26s | %-28s | %-28s%n", "", "entity pair", "entity pair + type"));
      sb.append(
          String.format(
              Locale.ROOT,
              "%-26s | %6s %6s %6s %6s | %6s %6s %6s %6s%n",
              "entities / extractor",
              "P",
              "R",
              "F1",
              "pred",
              "P",
              "R",
              "F1",
              "pred"));
      scores.forEach(
          (row, s) ->
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "%-26s | %6.4f %6.4f %6.4f %6d | %6.4f %6.4f %6.4f %6d%n",
                      row.replace(".", " / "),
                      s.pairs().precision(),
                      s.pairs().recall(),
                      s.pairs().f1(),
                      s.pairs().tp() + s.pairs().fp(),
                      s.typed().precision(),
                      s.typed().recall(),
                      s.typed().f1(),
                      s.typed().tp() + s.typed().fp())));
      sb.append(
          String.format(
              Locale.ROOT,
              "speed: %.0f abstracts/s (classifier with gold entities: features + "
                  + "classification, CPU time of one thread)%n",
              abstractsPerSecond));
      return sb.toString();
    }
  }

  private RelationBenchmark() {}

  /**
   * Scores {@code model} and {@code baseline} on {@code abstracts} with their gold entities, and
   * with the mentions {@code ownMentions} finds in each abstract when it is not null.
   */
  public static Result run(
      String corpus,
      List<GoldAbstract> abstracts,
      Extractor model,
      Extractor baseline,
      Function<GoldAbstract, List<EntityMention>> ownMentions) {
    Gold gold = new Gold(abstracts);
    List<List<EntityMention>> goldMentions =
        abstracts.stream().map(GoldAbstract::mentions).toList();
    // the baseline runs first: it warms up the feature extraction, so that the speed figure is
    // steady-state
    Scores baselineScores = gold.score(predict(abstracts, baseline, goldMentions));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    List<List<Relation>> predicted = predict(abstracts, model, goldMentions);
    long nanos = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
    Map<String, Scores> scores = new LinkedHashMap<>();
    scores.put("gold.model", gold.score(predicted));
    scores.put("gold.cooccurrence", baselineScores);
    if (ownMentions != null) {
      List<List<EntityMention>> own = abstracts.stream().map(ownMentions).toList();
      scores.put("own.model", gold.score(predict(abstracts, model, own)));
      scores.put("own.cooccurrence", gold.score(predict(abstracts, baseline, own)));
    }
    double perSecond = nanos == 0 ? 0 : abstracts.size() / (nanos / 1e9);
    return new Result(corpus, abstracts.size(), gold.pairs.size(), gold.scored, scores, perSecond);
  }

  private static List<List<Relation>> predict(
      List<GoldAbstract> abstracts, Extractor extractor, List<List<EntityMention>> mentions) {
    List<List<Relation>> out = new ArrayList<>(abstracts.size());
    for (int i = 0; i < abstracts.size(); i++) {
      GoldAbstract a = abstracts.get(i);
      out.add(extractor.extract(a.text(), a.sentences(), mentions.get(i)));
    }
    return out;
  }

  /** The gold items of a corpus, and how predictions are scored against them. */
  static final class Gold {
    private static final String ANY_TYPE = "any";

    private final List<GoldAbstract> abstracts;
    private final Set<TypePair> scored = new HashSet<>();
    private final Set<Item> pairs = new HashSet<>();
    private final Set<Item> typed = new HashSet<>();
    private final boolean bioredTypes;

    Gold(List<GoldAbstract> abstracts) {
      this.abstracts = abstracts;
      bioredTypes =
          abstracts.stream()
              .flatMap(a -> a.relations().values().stream())
              .anyMatch(label -> RelationType.ofCorpusName(label).isPresent());
      for (GoldAbstract a : abstracts) {
        a.relations()
            .forEach(
                (pair, label) -> {
                  scored.add(TypePair.of(pair));
                  pairs.add(new Item(a.pmid(), pair, ""));
                  typed.add(new Item(a.pmid(), pair, bioredTypes ? label : ANY_TYPE));
                });
      }
    }

    /** Scores one list of relations per abstract, in the order of the abstracts. */
    Scores score(List<List<Relation>> predicted) {
      Set<Item> predictedPairs = new HashSet<>();
      Set<Item> predictedTyped = new HashSet<>();
      for (int i = 0; i < abstracts.size(); i++) {
        for (Relation r : predicted.get(i)) {
          if (scored.contains(TypePair.of(r.pair()))) {
            String pmid = abstracts.get(i).pmid();
            predictedPairs.add(new Item(pmid, r.pair(), ""));
            predictedTyped.add(
                new Item(pmid, r.pair(), bioredTypes ? r.type().corpusName() : ANY_TYPE));
          }
        }
      }
      return new Scores(Counts.of(pairs, predictedPairs), Counts.of(typed, predictedTyped));
    }
  }

  /**
   * A scored unit: a related pair of an abstract, with its type or "" where the type is not scored.
   */
  private record Item(String pmid, EntityPair pair, String type) {}
}
