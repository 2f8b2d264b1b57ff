package org.litfacets.role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Features of one sentence in its abstract: its words and word pairs, its opening words (which
 * carry most of the role: "We aimed", "Patients were", "These findings suggest"), its relative
 * position, its length, markers of reported statistics, and the words of its neighbours.
 */
final class RoleFeatures {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
  private static final Pattern P_VALUE = Pattern.compile("\\b[pP]\\s*[<=>≤≥]");
  private static final Pattern CONFIDENCE =
      Pattern.compile("\\b(CI|OR|HR|RR)\\b|confidence interval");
  private static final int POSITION_BINS = 10;

  private RoleFeatures() {}

  /** Feature strings of every sentence of one abstract, in order. */
  static List<String[]> of(List<String> sentences) {
    int n = sentences.size();
    List<List<String>> words = new ArrayList<>(n);
    for (String s : sentences) {
      words.add(words(s));
    }
    List<String[]> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Set<String> f = new LinkedHashSet<>();
      List<String> w = words.get(i);
      String text = sentences.get(i);
      for (int k = 0; k < w.size(); k++) {
        f.add("w=" + w.get(k));
        if (k + 1 < w.size()) {
          f.add("b=" + w.get(k) + "_" + w.get(k + 1));
        }
      }
      f.add("f1=" + (w.isEmpty() ? "" : w.get(0)));
      f.add("f2=" + (w.size() < 2 ? "" : w.get(0) + "_" + w.get(1)));
      f.add("pos=" + (i * POSITION_BINS / n));
      f.add("i=" + Math.min(i, 3));
      f.add("r=" + Math.min(n - 1 - i, 3));
      f.add("len=" + lengthBin(w.size()));
      if (text.indexOf('%') >= 0) {
        f.add("percent");
      }
      if (P_VALUE.matcher(text).find()) {
        f.add("pvalue");
      }
      if (CONFIDENCE.matcher(text).find()) {
        f.add("ratio");
      }
      if (i > 0) {
        for (String x : words.get(i - 1)) {
          f.add("pw=" + x);
        }
      }
      if (i + 1 < n) {
        for (String x : words.get(i + 1)) {
          f.add("nw=" + x);
        }
      }
      result.add(f.toArray(String[]::new));
    }
    return result;
  }

  static List<String> words(String sentence) {
    String normal = DIGITS.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll("0");
    List<String> words = new ArrayList<>();
    for (String w : NON_WORD.split(normal)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static int lengthBin(int words) {
    if (words <= 5) {
      return 0;
    }
    if (words <= 12) {
      return 1;
    }
    if (words <= 25) {
      return 2;
    }
    return words <= 40 ? 3 : 4;
  }
}
