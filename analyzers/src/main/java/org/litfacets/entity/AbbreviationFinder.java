package org.litfacets.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.litfacets.sentence.Span;

/**
 * Finds "long form (short form)" definitions with the algorithm of Schwartz and Hearst (PSB 2003):
 * the short form is a one- or two-word parenthesised string with a letter; the long form is the
 * shortest run of preceding words whose characters contain the short form's letters and digits in
 * order, the first one starting a word. Thread-safe.
 */
public final class AbbreviationFinder {

  public List<Abbreviation> find(String text) {
    List<Abbreviation> found = new ArrayList<>();
    int open = text.indexOf('(');
    while (open >= 0) {
      int close = closing(text, open);
      if (close < 0) {
        close = separator(text, open);
      }
      if (close > 0) {
        candidate(text, open, close).ifPresent(found::add);
      }
      open = text.indexOf('(', open + 1);
    }
    return found;
  }

  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length() && i < open + 40; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      } else if (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A parenthesis that goes on too long after its short form, "(SJS; chondrodystrophic myotonia;
   * McK 255, 800)", still defines it: the offset of the semicolon that ends the short form, or -1.
   */
  private static int separator(String text, int open) {
    for (int i = open + 1; i < text.length() && i <= open + 11; i++) {
      char c = text.charAt(i);
      if (c == ';') {
        return i;
      }
      if (c == '(' || c == ')' || c == '.') {
        return -1;
      }
    }
    return -1;
  }

  private static java.util.Optional<Abbreviation> candidate(String text, int open, int close) {
    int sfStart = open + 1;
    int sfEnd = close;
    // "(SF; ...)" and "(SF, ...)": the short form is the first part
    for (int i = sfStart; i < sfEnd; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ',') {
        sfEnd = i;
        break;
      }
    }
    while (sfStart < sfEnd && Character.isWhitespace(text.charAt(sfStart))) {
      sfStart++;
    }
    while (sfEnd > sfStart && Character.isWhitespace(text.charAt(sfEnd - 1))) {
      sfEnd--;
    }
    String sf = text.substring(sfStart, sfEnd);
    if (!validShortForm(sf)) {
      return java.util.Optional.empty();
    }
    int lfEnd = open;
    while (lfEnd > 0 && Character.isWhitespace(text.charAt(lfEnd - 1))) {
      lfEnd--;
    }
    int maxWords = Math.min(sf.length() + 5, sf.length() * 2);
    int lfStart = lfEnd;
    int words = 0;
    int i = lfEnd - 1;
    while (i >= 0 && words < maxWords) {
      char c = text.charAt(i);
      if (c == '.' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == ':') {
        break;
      }
      if (Character.isWhitespace(c)) {
        if (i + 1 < lfEnd && !Character.isWhitespace(text.charAt(i + 1))) {
          words++;
        }
      } else {
        lfStart = i;
      }
      i--;
    }
    if (lfStart >= lfEnd) {
      return java.util.Optional.empty();
    }
    int best = bestLongFormStart(sf, text, lfStart, lfEnd);
    if (best < 0) {
      return java.util.Optional.empty();
    }
    String lf = text.substring(best, lfEnd);
    if (lf.length() <= sf.length() || lf.contains(sf)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Abbreviation(new Span(best, lfEnd), new Span(sfStart, sfEnd)));
  }

  /**
   * Two names joined by a slash, "(p62/SQSTM1)" after "p62/sequestosome 1": the corpora annotate
   * each side on its own (in the three training splits, 42 parenthesised slashed forms are
   * annotated in parts, 1 of this shape as a whole), so neither the pair nor its long form is one
   * entity. Short sides stay one form: "CL/P" (cleft lip/palate), "MMP-2/-9", "C57BL/6".
   */
  private static final Pattern TWO_NAMES = Pattern.compile("[A-Za-z][\\w-]+/[A-Za-z][\\w-]+");

  /**
   * A short form has 2 to 10 characters, or is one capital letter ("testosterone (T)"), which
   * callers take only where the long form is sure (the recogniser: a named chemical).
   */
  private static boolean validShortForm(String sf) {
    if (sf.isEmpty()) {
      return false;
    }
    if (sf.length() == 1) {
      return sf.charAt(0) >= 'A' && sf.charAt(0) <= 'Z';
    }
    if (sf.length() > 10
        || !Character.isLetterOrDigit(sf.charAt(0))
        || TWO_NAMES.matcher(sf).matches()) {
      return false;
    }
    int spaces = 0;
    boolean letter = false;
    for (int i = 0; i < sf.length(); i++) {
      char c = sf.charAt(i);
      letter |= Character.isLetter(c);
      if (c == ' ') {
        spaces++;
      }
    }
    return letter && spaces <= 1;
  }

  /** Schwartz–Hearst backward match; the start offset of the long form, or -1. */
  private static int bestLongFormStart(String sf, String text, int lfStart, int lfEnd) {
    int s = sf.length() - 1;
    int l = lfEnd - 1;
    while (s >= 0) {
      char c = Character.toLowerCase(sf.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        s--;
        continue;
      }
      while (l >= lfStart
          && (Character.toLowerCase(text.charAt(l)) != c
              || (s == 0 && l > lfStart && Character.isLetterOrDigit(text.charAt(l - 1))))) {
        l--;
      }
      if (l < lfStart) {
        return -1;
      }
      l--;
      s--;
    }
    int wordStart = l + 1;
    while (wordStart > lfStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return wordStart;
  }
}
