package org.litfacets.entity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.pubtator.PubtatorAnnotation;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;
import org.litfacets.sentence.SentenceSplitter;

/**
 * Named-entity recognition and normalisation on a PubTator corpus (any split of BC5CDR,
 * NCBI-disease, BioRED): per type and overall (micro), mention-level strict P/R/F1 (same offsets,
 * same type) and document-level identifier P/R/F1 over the sets of (PMID, type, id). Only the types
 * that the corpus annotates are scored. Speed counts sentence splitting plus tagging on one thread.
 */
public final class NerBenchmark {

  /** True/false positives and false negatives of one measure. */
  public record Counts(int tp, int fp, int fn) {

    /** The counts of a set of predicted items against the gold set. */
    public static Counts of(Set<?> gold, Set<?> predicted) {
      int tp = 0;
      for (Object p : predicted) {
        if (gold.contains(p)) {
          tp++;
        }
      }
      return new Counts(tp, predicted.size() - tp, gold.size() - tp);
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Adds precision, recall and F1 to {@code figures} as {@code prefix.precision} and so on. */
    public void putFigures(Map<String, Double> figures, String prefix) {
      figures.put(prefix + ".precision", precision());
      figures.put(prefix + ".recall", recall());
      figures.put(prefix + ".f1", f1());
    }

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /**
   * A mention that was found but is not in the gold standard ({@code FP}), or the reverse ({@code
   * FN}); {@code overlapping} is the other side's text that overlaps it with the same type (a
   * boundary error), else null.
   */
  public record MentionError(
      String kind,
      String pmid,
      EntityType type,
      int start,
      int end,
      String text,
      String id,
      String overlapping) {

    /** A tab-separated line: kind, PMID, type, start, end, text, id, overlapping text. */
    public String tsv() {
      return String.join(
          "\t",
          kind,
          pmid,
          type.key(),
          Integer.toString(start),
          Integer.toString(end),
          text,
          id == null ? "" : id,
          overlapping == null ? "" : overlapping);
    }
  }

  public record Result(
      String corpus,
      int documents,
      Map<EntityType, Counts> mentions,
      Map<EntityType, Counts> ids,
      double abstractsPerSecond,
      List<MentionError> errors) {

    public Counts overallMentions() {
      return mentions.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public Counts overallIds() {
      return ids.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** Flat stable keys, e.g. "chemical.mention.f1", "overall.id.precision", "abstracts_per_s". */
    public Map<String, Double> figures() {
      Map<String, Double> f = new LinkedHashMap<>();
      for (EntityType t : mentions.keySet()) {
        mentions.get(t).putFigures(f, t.key() + ".mention");
        ids.get(t).putFigures(f, t.key() + ".id");
      }
      overallMentions().putFigures(f, "overall.mention");
      overallIds().putFigures(f, "overall.id");
      f.put("documents", (double) documents);
      f.put("abstracts_per_s", abstractsPerSecond);
      return f;
    }

    public String report() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "NER on %s (%d abstracts)%n", corpus, documents));
      sb.append(
          String.format(
              Locale.ROOT, "%-10s | %-32s | %-32s%n", "", "mention (strict)", "document-level id"));
      sb.append(
          String.format(
              Locale.ROOT,
              "%-10s | %6s %6s %6s %5s %5s | %6s %6s %6s %5s %5s%n",
              "type",
              "P",
              "R",
              "F1",
              "gold",
              "pred",
              "P",
              "R",
              "F1",
              "gold",
              "pred"));
      for (EntityType t : mentions.keySet()) {
        row(sb, t.key(), mentions.get(t), ids.get(t));
      }
      row(sb, "overall", overallMentions(), overallIds());
      sb.append(
          String.format(
              Locale.ROOT,
              "speed: %.0f abstracts/s (sentence split + recognition + normalisation, CPU time of one thread)%n",
              abstractsPerSecond));
      return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts m, Counts i) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-10s | %6.4f %6.4f %6.4f %5d %5d | %6.4f %6.4f %6.4f %5d %5d%n",
              name,
              m.precision(),
              m.recall(),
              m.f1(),
              m.tp() + m.fn(),
              m.tp() + m.fp(),
              i.precision(),
              i.recall(),
              i.f1(),
              i.tp() + i.fn(),
              i.tp() + i.fp()));
    }
  }

  private NerBenchmark() {}

  /**
   * What is scored of an abstract: the mentions found in its text (title, a space, the abstract),
   * each with its type and identifier (null when it has none).
   */
  @FunctionalInterface
  public interface Recogniser {
    List<EntityMention> mentions(PubtatorDocument document);
  }

  /**
   * Runs {@code tagger} over every abstract of {@code pubtatorFile} and scores all its mentions.
   */
  public static Result run(Path pubtatorFile, MentionTagger tagger) {
    return run(pubtatorFile.getFileName().toString(), PubtatorReader.read(pubtatorFile), tagger);
  }

  /** Scores every mention {@code tagger} finds, with or without an identifier. */
  public static Result run(String corpus, List<PubtatorDocument> documents, MentionTagger tagger) {
    SentenceSplitter splitter = new SentenceSplitter();
    return score(
        corpus,
        documents,
        d -> {
          splitter.split(d.title(), d.abstractText());
          return tagger.tag(d.text()).stream()
              .map(m -> new EntityMention(m.start(), m.end(), m.type(), m.id(), m.name()))
              .toList();
        });
  }

  /**
   * Scores what {@code recogniser} gives for every abstract; the speed figure is the CPU time of
   * the recogniser on this thread.
   */
  public static Result score(
      String corpus, List<PubtatorDocument> documents, Recogniser recogniser) {
    Set<EntityType> scored = EnumSet.noneOf(EntityType.class);
    for (PubtatorDocument d : documents) {
      for (PubtatorAnnotation a : d.annotations()) {
        EntityType.fromCorpusType(a.type()).ifPresent(scored::add);
      }
    }
    // warm up the JIT and lazily built structures so that the speed figure is steady-state
    for (int i = 0; i < Math.min(50, documents.size()); i++) {
      recogniser.mentions(documents.get(i));
    }
    List<List<EntityMention>> predictions = new ArrayList<>(documents.size());
    // CPU time of this thread, so that other processes on the machine do not distort the figure
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long nanos = 0;
    for (PubtatorDocument d : documents) {
      long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      List<EntityMention> found = recogniser.mentions(d);
      nanos += (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
      predictions.add(found);
    }
    Map<EntityType, Counts> mentionCounts = new EnumMap<>(EntityType.class);
    Map<EntityType, Counts> idCounts = new EnumMap<>(EntityType.class);
    for (EntityType t : scored) {
      mentionCounts.put(t, new Counts(0, 0, 0));
      idCounts.put(t, new Counts(0, 0, 0));
    }
    List<MentionError> errors = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      PubtatorDocument d = documents.get(i);
      List<Span> goldSpans = new ArrayList<>();
      List<Span> predSpans = new ArrayList<>();
      Set<Item> goldMentions = new HashSet<>();
      Set<Item> goldIds = new HashSet<>();
      for (PubtatorAnnotation a : d.annotations()) {
        Optional<EntityType> type = EntityType.fromCorpusType(a.type());
        if (type.isEmpty()) {
          continue;
        }
        goldMentions.add(new Item(type.get(), a.start() + ":" + a.end()));
        goldSpans.add(new Span(type.get(), a.start(), a.end(), a.id()));
        for (String id : a.ids()) {
          String c = EntityIds.canonical(type.get(), id);
          if (c != null) {
            goldIds.add(new Item(type.get(), c));
          }
        }
      }
      Set<Item> predMentions = new HashSet<>();
      Set<Item> predIds = new HashSet<>();
      for (EntityMention m : predictions.get(i)) {
        if (!scored.contains(m.type())) {
          continue;
        }
        predMentions.add(new Item(m.type(), m.start() + ":" + m.end()));
        predSpans.add(new Span(m.type(), m.start(), m.end(), m.id()));
        for (String id : EntityIds.each(m.type(), m.id())) {
          predIds.add(new Item(m.type(), id));
        }
      }
      count(goldMentions, predMentions, mentionCounts);
      count(goldIds, predIds, idCounts);
      errors(d, "FP", predSpans, goldSpans, errors);
      errors(d, "FN", goldSpans, predSpans, errors);
      idErrors(d, "IDFP", predIds, goldIds, predSpans, goldSpans, errors);
      idErrors(d, "IDFN", goldIds, predIds, goldSpans, predSpans, errors);
    }
    double perSecond = nanos == 0 ? 0 : documents.size() / (nanos / 1e9);
    return new Result(corpus, documents.size(), mentionCounts, idCounts, perSecond, errors);
  }

  /** A scored unit: a mention's offsets or a document's identifier, with its type. */
  private record Item(EntityType type, String key) {}

  /** A mention's typed offsets and its identifier as written (gold or predicted). */
  private record Span(EntityType type, int start, int end, String id) {

    boolean sameAs(Span o) {
      return type == o.type && start == o.start && end == o.end;
    }

    boolean overlaps(Span o) {
      return type == o.type && start < o.end && o.start < end;
    }
  }

  /** Each of {@code side} without an identical span in {@code other}, as a {@code kind} error. */
  private static void errors(
      PubtatorDocument d, String kind, List<Span> side, List<Span> other, List<MentionError> out) {
    String text = d.text();
    for (Span s : new HashSet<>(side)) {
      if (other.stream().anyMatch(s::sameAs)) {
        continue;
      }
      String overlapping =
          other.stream()
              .filter(s::overlaps)
              .map(o -> text.substring(o.start(), o.end()))
              .findFirst()
              .orElse(null);
      out.add(
          new MentionError(
              kind,
              d.pmid(),
              s.type(),
              s.start(),
              s.end(),
              text.substring(s.start(), s.end()),
              s.id(),
              overlapping));
    }
  }

  /**
   * Each document-level identifier of {@code side} missing from {@code other}, as a {@code kind}
   * error at its first mention: the text of its mentions ("; "-joined) and, as the overlapping
   * text, the identifiers the other side gives those spans (which tells a wrong id from a missed
   * mention).
   */
  private static void idErrors(
      PubtatorDocument d,
      String kind,
      Set<Item> side,
      Set<Item> other,
      List<Span> sideSpans,
      List<Span> otherSpans,
      List<MentionError> out) {
    String text = d.text();
    for (Item id : side) {
      if (other.contains(id)) {
        continue;
      }
      List<Span> mentions =
          sideSpans.stream()
              .filter(s -> s.type() == id.type() && idsOf(s).contains(id.key()))
              .sorted(java.util.Comparator.comparingInt(Span::start))
              .toList();
      Set<String> texts = new java.util.LinkedHashSet<>();
      Set<String> otherIds = new java.util.LinkedHashSet<>();
      for (Span s : mentions) {
        texts.add(text.substring(s.start(), s.end()));
        otherSpans.stream()
            .filter(s::sameAs)
            .forEach(o -> otherIds.add(o.id() == null ? "-" : o.id()));
      }
      Span first = mentions.isEmpty() ? new Span(id.type(), 0, 0, null) : mentions.get(0);
      out.add(
          new MentionError(
              kind,
              d.pmid(),
              id.type(),
              first.start(),
              first.end(),
              String.join("; ", texts),
              id.key(),
              otherIds.isEmpty() ? null : String.join("; ", otherIds)));
    }
  }

  /** The canonical identifiers of a gold or predicted span (gold joins several with "," too). */
  private static List<String> idsOf(Span s) {
    return new PubtatorAnnotation(s.start(), s.end(), "", s.type().name(), s.id())
        .ids().stream().map(id -> EntityIds.canonical(s.type(), id)).toList();
  }

  private static void count(Set<Item> gold, Set<Item> predicted, Map<EntityType, Counts> counts) {
    for (Item p : predicted) {
      Counts c = counts.get(p.type());
      counts.put(
          p.type(),
          gold.contains(p)
              ? new Counts(c.tp() + 1, c.fp(), c.fn())
              : new Counts(c.tp(), c.fp() + 1, c.fn()));
    }
    for (Item g : gold) {
      if (!predicted.contains(g)) {
        Counts c = counts.get(g.type());
        counts.put(g.type(), new Counts(c.tp(), c.fp(), c.fn() + 1));
      }
    }
  }
}
