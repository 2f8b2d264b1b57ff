package org.litfacets.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litfacets.sentence.Span;
import org.litfacets.sentence.Tokenizer;

/**
 * Turns a term or a stretch of text into the token key that dictionary lookups compare: rule tokens
 * without hyphens, lower-cased, a plural "s" removed ("-ies" becoming "-y") and British spellings
 * folded ("tumours" and "Tumor" both become "tumor"). Dictionary terms and text go through the same
 * steps.
 */
final class TermNormalizer {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  private TermNormalizer() {}

  /** Tokens of {@code text} that take part in matching (hyphens and other dashes are skipped). */
  static List<Span> tokens(String text) {
    List<Span> all = TOKENIZER.tokenize(text);
    List<Span> kept = new ArrayList<>(all.size());
    for (Span s : all) {
      if (s.length() == 1 && isDash(text.charAt(s.start()))) {
        continue;
      }
      kept.add(s);
    }
    return kept;
  }

  static boolean isDash(char c) {
    return c == '-'
        || c == '\u2010'
        || c == '\u2011'
        || c == '\u2012'
        || c == '\u2013'
        || c == '\u2014';
  }

  /** The key of a whole term, or "" when it has no tokens. */
  static String key(String term) {
    List<Span> tokens = tokens(term);
    StringBuilder sb = new StringBuilder(term.length());
    for (Span s : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(token(term, s.start(), s.end()));
    }
    return sb.toString();
  }

  /** The key of hyphenated words joined (see {@link #joinHyphenated}): their dashes dropped. */
  static String joinedToken(String text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!isDash(c)) {
        sb.append(c);
      }
    }
    return token(sb.toString(), 0, sb.length());
  }

  static String token(String text, int start, int end) {
    String t = text.substring(start, end).toLowerCase(Locale.ROOT);
    int n = t.length();
    if (n > 4 && t.endsWith("ies")) {
      // "injuries" is the plural of "injury": MeSH's plural headings ("Spinal Cord Injuries") must
      // match singular text
      t = t.substring(0, n - 3) + "y";
    } else if (n > 4 && t.endsWith("ie")) {
      // and a singular in "-ie" ("calorie") its plural
      t = t.substring(0, n - 2) + "y";
    } else if (n > 3
        && t.charAt(n - 1) == 's'
        && !t.endsWith("ss")
        && !t.endsWith("us")
        && !t.endsWith("is")
        && Character.isLetter(t.charAt(n - 2))) {
      t = t.substring(0, n - 1);
    }
    if (t.length() >= 5) {
      t = foldBritish(t);
    }
    return t;
  }

  /**
   * Joins words hyphenated inside a word ("thrombo-embolism", "beta-blocker"): spans of letters
   * separated by a single dash, without spaces, become one span. Names are often written both ways
   * and the dictionary keeps the form of its source, so a text is matched as written and joined.
   * Returns {@code tokens} itself when nothing is joined.
   */
  static List<Span> joinHyphenated(String text, List<Span> tokens) {
    List<Span> joined = null;
    for (int i = 0; i < tokens.size(); i++) {
      Span s = tokens.get(i);
      Span prev = joined == null || joined.isEmpty() ? null : joined.get(joined.size() - 1);
      Span before = i == 0 ? null : tokens.get(i - 1);
      if (before != null
          && s.start() == before.end() + 1
          && isDash(text.charAt(before.end()))
          && letters(text, before)
          && letters(text, s)) {
        if (joined == null) {
          joined = new ArrayList<>(tokens.subList(0, i));
          prev = joined.get(joined.size() - 1);
        }
        joined.set(joined.size() - 1, new Span(prev.start(), s.end()));
      } else if (joined != null) {
        joined.add(s);
      }
    }
    return joined == null ? tokens : joined;
  }

  private static boolean letters(String text, Span s) {
    for (int k = s.start(); k < s.end(); k++) {
      if (!Character.isLetter(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static String foldBritish(String t) {
    if (t.startsWith("oe")) {
      t = "e" + t.substring(2);
    }
    if (t.indexOf("ae", 1) > 0) {
      t = t.charAt(0) + t.substring(1).replace("ae", "e");
    }
    if (t.indexOf("oe", 1) > 0) {
      t = t.charAt(0) + t.substring(1).replace("oe", "e");
    }
    if (t.endsWith("our")) {
      t = t.substring(0, t.length() - 3) + "or";
    }
    return t;
  }
}
