package org.litfacets.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.litfacets.article.Article;

/**
 * Splits text into sentences with OpenNLP's English UD sentence model, then re-joins the splits the
 * model makes after abbreviations common in biomedical abstracts ("e.g.", "vs.", "et al.", "Fig.",
 * genus initials as in "E. coli") and before a lower-case continuation.
 *
 * <p>The model is loaded once per JVM; the splitter is thread-safe (OpenNLP's detector is not, so
 * each thread gets its own detector over the shared model).
 */
public final class SentenceSplitter {

  private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Lower-cased abbreviations after which a period does not end the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g.", "i.e.", "vs.", "cf.", "al.", "fig.", "figs.", "approx.", "u.s.", "ca.", "no.",
          "nos.", "ref.", "refs.", "eq.", "dr.", "prof.", "mr.", "mrs.", "ms.", "st.", "spp.",
          "sp.", "var.", "subsp.", "resp.", "incl.", "etc.,", "viz.", "vol.", "p.", "pp.", "tab.",
          "suppl.", "jr.", "approx", "inc.", "ltd.", "co.", "corp.", "mol.", "wt.", "conc.", "vs",
          "e.g", "i.e", "u.k.", "n.s.", "s.d.", "s.e.m.", "a.m.", "p.m.", "gen.", "nov.", "chr.");

  /**
   * A continuation in plain lower-case letters ("coli" after "E.", "and" after "approx.") is never
   * a new sentence; "mRNA" or "p53" may start one.
   */
  private static final Pattern LOWER_WORD_START = Pattern.compile("^\\p{Ll}+(?![\\p{L}\\p{N}])");

  private static final SentenceModel MODEL = loadModel();

  private final ThreadLocal<SentenceDetectorME> detector =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

  private static SentenceModel loadModel() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP sentence model "
                + MODEL_RESOURCE
                + " is not on the classpath (dependency opennlp-models-sentdetect-en)");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + MODEL_RESOURCE, e);
    }
  }

  /** Sentence spans of {@code text}, trimmed of surrounding white space, in order. */
  public List<Span> split(String text) {
    return split(text, 0, text.length());
  }

  /**
   * Sentences of an article's title and abstract, offsets in its {@link Article#analysisText()}:
   * the split the indexer stores, and the one the role model learns and is scored on.
   */
  public List<Span> split(Article article) {
    return split(article.title() == null ? "" : article.title(), article.abstractText());
  }

  /**
   * Sentences of a PubTator-style document whose text is {@code title + " " + abstractText}: the
   * title always ends a sentence even when it has no final period.
   */
  public List<Span> split(String title, String abstractText) {
    String text = title + " " + abstractText;
    List<Span> spans = new ArrayList<>(split(text, 0, title.length()));
    spans.addAll(split(text, title.length() + 1, text.length()));
    return spans;
  }

  /** Sentence spans of {@code text[from, to)}, offsets relative to {@code text}. */
  public List<Span> split(String text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "range [" + from + ", " + to + ") is outside a text of length " + text.length());
    }
    String part = text.substring(from, to);
    List<Span> result = new ArrayList<>();
    if (part.isBlank()) {
      return result;
    }
    Span previous = null;
    for (Span span : splitMissed(part, detector.get().sentPosDetect(part))) {
      if (previous != null && wrongSplit(part, previous, span)) {
        previous = new Span(previous.start(), span.end());
      } else {
        if (previous != null) {
          result.add(new Span(previous.start() + from, previous.end() + from));
        }
        previous = span;
      }
    }
    if (previous != null) {
      result.add(new Span(previous.start() + from, previous.end() + from));
    }
    return result;
  }

  /**
   * Raw OpenNLP sentence spans, without the abbreviation post-pass (for measuring what the pass
   * fixes).
   */
  public List<Span> splitWithoutPostPass(String text) {
    List<Span> result = new ArrayList<>();
    for (opennlp.tools.util.Span s : detector.get().sentPosDetect(text)) {
      Span span = trim(text, s.getStart(), s.getEnd());
      if (span != null) {
        result.add(span);
      }
    }
    return result;
  }

  /**
   * A period after a lower-case word, a number or a closing bracket, followed by a capitalised
   * word, ends a sentence even where the model does not split ("... (p.Y67X) in exon 4. The
   * premature ..."), unless the word before it is a known abbreviation.
   */
  private static final Pattern MISSED_END =
      Pattern.compile("(?<=[\\p{Ll}\\d)\\]%])\\.\\s+(?=\\p{Lu}\\p{Ll}+\\b)");

  private static List<Span> splitMissed(String text, opennlp.tools.util.Span[] detected) {
    List<Span> spans = new ArrayList<>(detected.length + 2);
    for (opennlp.tools.util.Span s : detected) {
      Span span = trim(text, s.getStart(), s.getEnd());
      if (span == null) {
        continue;
      }
      java.util.regex.Matcher m = MISSED_END.matcher(text).region(span.start(), span.end());
      int start = span.start();
      while (m.find()) {
        int end = m.start() + 1;
        int wordStart = end - 1;
        while (wordStart > start
            && !Character.isWhitespace(text.charAt(wordStart - 1))
            && text.charAt(wordStart - 1) != '(') {
          wordStart--;
        }
        String word = text.substring(wordStart, end).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)
            || word.length() <= 2 && Character.isLetter(word.charAt(0))
            || word.indexOf('.') < word.length() - 1
            || unbalanced(text.substring(start, end))) {
          continue;
        }
        spans.add(new Span(start, end));
        start = m.end();
      }
      spans.add(new Span(start, span.end()));
    }
    return spans;
  }

  private static boolean wrongSplit(String text, Span before, Span after) {
    String head = text.substring(before.start(), before.end());
    String next = text.substring(after.start(), after.end());
    if (LOWER_WORD_START.matcher(next).find()) {
      return true;
    }
    // "day 7. 5 of embryogenesis": a decimal number broken by a space (NCBI-disease's tokenisation)
    if (head.length() >= 2
        && head.charAt(head.length() - 1) == '.'
        && Character.isDigit(head.charAt(head.length() - 2))
        && Character.isDigit(next.charAt(0))) {
      return true;
    }
    // a split that leaves brackets open (e.g. inside "(Fig. 2. A)") is never a sentence end
    if (unbalanced(head)) {
      return true;
    }
    int lastSpace =
        Math.max(head.lastIndexOf(' '), Math.max(head.lastIndexOf('('), head.lastIndexOf('[')));
    String lastWord = head.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lastWord)) {
      return true;
    }
    return false;
  }

  private static boolean unbalanced(String s) {
    int round = 0;
    int square = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '(' -> round++;
        case ')' -> round--;
        case '[' -> square++;
        case ']' -> square--;
        default -> {}
      }
    }
    return round > 0 || square > 0;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? new Span(start, end) : null;
  }
}
