package org.litfacets.sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litfacets.pubtator.PubtatorAnnotation;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;

/**
 * Sentence splitting on the abstracts of an annotated PubTator corpus. The corpora have no gold
 * sentences, but every gold entity mention lies inside one sentence, so a boundary that cuts a
 * mention is a certain false split: counted for the raw OpenNLP model and after the post-pass.
 * Abstracts whose sentence ends were checked by hand (hand-checked-sentence-ends.tsv) also get
 * boundary precision and recall.
 */
public final class SentenceBenchmark {

  private static final String HAND_CHECKED = "hand-checked-sentence-ends.tsv";

  public record Result(
      String corpus,
      int documents,
      int mentions,
      int sentencesRaw,
      int sentences,
      int cutMentionsRaw,
      int cutMentions,
      double sentencesPerSecond,
      BoundaryScore boundaries) {

    public Map<String, Double> figures() {
      Map<String, Double> f = new LinkedHashMap<>();
      f.put("documents", (double) documents);
      f.put("mentions", (double) mentions);
      f.put("sentences.raw", (double) sentencesRaw);
      f.put("sentences", (double) sentences);
      f.put("cut_mentions.raw", (double) cutMentionsRaw);
      f.put("cut_mentions", (double) cutMentions);
      f.put("sentences_per_s", sentencesPerSecond);
      if (boundaries.documents() > 0) {
        f.putAll(boundaries.figures());
      }
      return f;
    }

    public String report() {
      return String.format(
              Locale.ROOT,
              "Sentence splitting on %s (%d documents, %d gold mentions)%n"
                  + "%-28s %10s %14s%n%-28s %10d %14d%n%-28s %10d %14d%n"
                  + "speed (with post-pass): %.0f sentences/s on one thread%n",
              corpus,
              documents,
              mentions,
              "",
              "sentences",
              "cut mentions",
              "OpenNLP UD model",
              sentencesRaw,
              cutMentionsRaw,
              "+ abbreviation post-pass",
              sentences,
              cutMentions,
              sentencesPerSecond)
          + (boundaries.documents() > 0 ? boundaries.report() : "");
    }
  }

  /** Sentence ends against hand-checked ones: a boundary is right when its offset is a gold end. */
  public record BoundaryScore(int documents, int gold, int predicted, int correct) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public Map<String, Double> figures() {
      Map<String, Double> f = new LinkedHashMap<>();
      f.put("boundary.documents", (double) documents);
      f.put("boundary.precision", precision());
      f.put("boundary.recall", recall());
      f.put("boundary.gold", (double) gold);
      return f;
    }

    public String report() {
      return String.format(
          Locale.ROOT,
          "Sentence boundaries on %d hand-checked abstracts: P %.4f R %.4f (%d gold, %d found, %d right)%n",
          documents,
          precision(),
          recall(),
          gold,
          predicted,
          correct);
    }
  }

  private SentenceBenchmark() {}

  public static Result run(Path pubtatorFile) {
    return run(
        pubtatorFile.getFileName().toString(),
        PubtatorReader.read(pubtatorFile),
        new SentenceSplitter(),
        handCheckedEnds(pubtatorFile));
  }

  /**
   * {@code handChecked}: gold sentence ends by PMID; the end of the text is not a boundary and is
   * not scored.
   */
  private static Result run(
      String corpus,
      List<PubtatorDocument> documents,
      SentenceSplitter splitter,
      Map<String, Set<Integer>> handChecked) {
    int mentions = 0;
    int rawSentences = 0;
    int sentences = 0;
    int rawCuts = 0;
    int cuts = 0;
    long nanos = 0;
    int checkedDocuments = 0;
    int goldEnds = 0;
    int foundEnds = 0;
    int rightEnds = 0;
    for (PubtatorDocument doc : documents) {
      String text = doc.text();
      int titleEnd = doc.title().length();
      List<Span> raw = new ArrayList<>(splitter.splitWithoutPostPass(doc.title()));
      for (Span s : splitter.splitWithoutPostPass(doc.abstractText())) {
        raw.add(new Span(s.start() + titleEnd + 1, s.end() + titleEnd + 1));
      }
      long t0 = System.nanoTime();
      List<Span> fixed = splitter.split(doc.title(), doc.abstractText());
      nanos += System.nanoTime() - t0;
      rawSentences += raw.size();
      sentences += fixed.size();
      for (PubtatorAnnotation a : doc.annotations()) {
        if (a.end() > text.length()) {
          continue;
        }
        mentions++;
        if (cuts(raw, a)) {
          rawCuts++;
        }
        if (cuts(fixed, a)) {
          cuts++;
        }
      }
      Set<Integer> gold = handChecked.get(doc.pmid());
      if (gold != null) {
        checkedDocuments++;
        int textEnd = text.stripTrailing().length();
        Set<Integer> wanted = new HashSet<>();
        for (int e : gold) {
          if (e < textEnd) {
            wanted.add(e);
          }
        }
        Set<Integer> found = new HashSet<>();
        for (Span s : fixed) {
          if (s.end() < textEnd) {
            found.add(s.end());
          }
        }
        goldEnds += wanted.size();
        foundEnds += found.size();
        found.retainAll(wanted);
        rightEnds += found.size();
      }
    }
    double perSecond = nanos == 0 ? 0 : sentences / (nanos / 1e9);
    return new Result(
        corpus,
        documents.size(),
        mentions,
        rawSentences,
        sentences,
        rawCuts,
        cuts,
        perSecond,
        new BoundaryScore(checkedDocuments, goldEnds, foundEnds, rightEnds));
  }

  /**
   * The hand-checked sentence ends of {@code pubtatorFile}'s abstracts, by PMID: the rows of
   * hand-checked-sentence-ends.tsv ("corpus file TAB PMID TAB comma-separated end offsets") whose
   * corpus file the path ends with, e.g. bc5cdr/CDR_DevelopmentSet.PubTator.txt.
   */
  private static Map<String, Set<Integer>> handCheckedEnds(Path pubtatorFile) {
    Path file = pubtatorFile.toAbsolutePath().normalize();
    Map<String, Set<Integer>> ends = new HashMap<>();
    try (InputStream in = SentenceBenchmark.class.getResourceAsStream(HAND_CHECKED);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3) {
          throw new IllegalArgumentException(
              HAND_CHECKED + ": expected 3 tab-separated columns in: " + line);
        }
        if (file.endsWith(cols[0])) {
          Set<Integer> offsets = new HashSet<>();
          for (String e : cols[2].split(",")) {
            offsets.add(Integer.parseInt(e.trim()));
          }
          ends.put(cols[1], offsets);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + HAND_CHECKED, e);
    }
    return ends;
  }

  private static boolean cuts(List<Span> sentences, PubtatorAnnotation a) {
    Span mention = new Span(a.start(), a.end());
    for (Span s : sentences) {
      if (s.contains(mention)) {
        return false;
      }
    }
    return true;
  }
}
