package org.litfacets.entity.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litfacets.sentence.Span;

/**
 * CRF observation features of each subword token, in the tradition of BANNER, tmChem and TaggerOne:
 * the token and its lower case, character shape, affixes, character classes (Greek letters, Roman
 * numerals, element symbols, amino acids), whether it is glued to its neighbours without a space,
 * the whitespace-delimited chunk it sits in, its place in dictionary terms ({@link
 * TermDictionary}), and the same for the neighbours within two tokens.
 *
 * <p>A feature is a template name and a value; CRFsuite sees "template=value". Tagging looks the
 * value up per template instead of building that string, so the lower-cased word, computed once per
 * token, serves all five window positions with its hash code cached. Changing any feature
 * invalidates trained models: bump {@link #VERSION}, which is part of the model file names.
 */
public final class TokenFeatures {

  /** Part of model file names so that a model trained with other features is never loaded. */
  public static final int VERSION = 2;

  private static final Set<String> GREEK =
      Set.of(
          "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
          "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi",
          "chi", "psi", "omega");
  private static final Set<String> ROMAN =
      Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
  private static final Set<String> ELEMENTS =
      Set.of(
          "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S",
          "Cl", "Ar", "K", "Ca", "Ti", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "As", "Se",
          "Br", "Sr", "Ag", "Cd", "Sn", "Sb", "I", "Ba", "Pt", "Au", "Hg", "Pb", "Bi", "Gd", "Tc");
  private static final Set<String> AMINO_ACIDS =
      Set.of(
          "ala", "arg", "asn", "asp", "cys", "gln", "glu", "gly", "his", "ile", "leu", "lys", "met",
          "phe", "pro", "ser", "thr", "trp", "tyr", "val", "ter");

  private static final String[] PREFIX = {null, "p1", "p2", "p3", "p4"};
  private static final String[] SUFFIX = {null, "s1", "s2", "s3", "s4"};
  private static final String[] LENGTH = {"0", "1", "2", "3", "4", "5", "6", "7", "8"};

  /** Window templates by offset + 2. */
  private static final String[] LW = {"lw[-2]", "lw[-1]", null, "lw[1]", "lw[2]"};

  private static final String[] SS = {"ss[-2]", "ss[-1]", null, "ss[1]", "ss[2]"};
  private static final String[] S3 = {null, "s3[-1]", null, "s3[1]", null};
  private static final String[] DICTIONARY = new String[TermDictionary.Category.values().length];
  private static final String[] DICTIONARY_BEFORE =
      new String[TermDictionary.Category.values().length];
  private static final String[] DICTIONARY_AFTER =
      new String[TermDictionary.Category.values().length];
  private static final String YES = "1";

  static {
    for (TermDictionary.Category c : TermDictionary.Category.values()) {
      DICTIONARY[c.ordinal()] = "d" + c.code;
      DICTIONARY_BEFORE[c.ordinal()] = "d" + c.code + "[-1]";
      DICTIONARY_AFTER[c.ordinal()] = "d" + c.code + "[1]";
    }
  }

  private TokenFeatures() {}

  /** The features of all tokens of a text: parallel arrays of token index, template and value. */
  public static final class Table {
    private int[] token = new int[256];
    private String[] template = new String[256];
    private String[] value = new String[256];
    private int size;

    void add(int i, String t, String v) {
      if (size == token.length) {
        token = Arrays.copyOf(token, size * 2);
        template = Arrays.copyOf(template, size * 2);
        value = Arrays.copyOf(value, size * 2);
      }
      token[size] = i;
      template[size] = t;
      value[size] = v;
      size++;
    }

    int size() {
      return size;
    }

    int token(int k) {
      return token[k];
    }

    String template(int k) {
      return template[k];
    }

    String value(int k) {
      return value[k];
    }

    /** The features as CRFsuite attribute strings, per token. */
    List<List<String>> attributes(int tokenCount) {
      List<List<String>> out = new ArrayList<>(tokenCount);
      for (int i = 0; i < tokenCount; i++) {
        out.add(new ArrayList<>(48));
      }
      for (int k = 0; k < size; k++) {
        out.get(token[k]).add(template[k] + "=" + value[k]);
      }
      return out;
    }
  }

  /** The features of every token of {@code text}. */
  public static Table of(String text, List<Span> tokens, TermDictionary dictionary) {
    int n = tokens.size();
    Table f = new Table();
    char[][] terms = dictionary.match(text, tokens);
    String[] word = new String[n];
    String[] lower = new String[n];
    String[] shortShape = new String[n];
    boolean[] gluedLeft = new boolean[n];
    for (int i = 0; i < n; i++) {
      Span t = tokens.get(i);
      word[i] = t.of(text);
      lower[i] = word[i].toLowerCase(Locale.ROOT);
      shortShape[i] = shape(word[i], true);
      gluedLeft[i] = i > 0 && tokens.get(i - 1).end() == t.start();
    }
    int[] chunkStart = new int[n];
    int[] chunkEnd = new int[n];
    for (int i = 0; i < n; i++) {
      chunkStart[i] = gluedLeft[i] ? chunkStart[i - 1] : i;
    }
    for (int i = n - 1; i >= 0; i--) {
      chunkEnd[i] = i + 1 < n && gluedLeft[i + 1] ? chunkEnd[i + 1] : i + 1;
    }

    for (int i = 0; i < n; i++) {
      String w = word[i];
      String lw = lower[i];
      f.add(i, "w", w);
      f.add(i, "lw", lw);
      f.add(i, "sh", shape(w, false));
      f.add(i, "ss", shortShape[i]);
      for (int k = 1; k <= 4 && k < lw.length(); k++) {
        f.add(i, PREFIX[k], lw.substring(0, k));
        f.add(i, SUFFIX[k], lw.substring(lw.length() - k));
      }
      f.add(i, "len", LENGTH[Math.min(lw.length(), 8)]);
      classes(i, w, lw, f);
      f.add(
          i,
          "gl",
          gluedLeft[i]
              ? (i + 1 < n && gluedLeft[i + 1] ? "11" : "10")
              : (i + 1 < n && gluedLeft[i + 1] ? "01" : "00"));
      for (TermDictionary.Category c : TermDictionary.Category.values()) {
        char mark = terms[c.ordinal()][i];
        if (mark != 0) {
          f.add(i, DICTIONARY[c.ordinal()], mark == 'B' ? "B" : "I");
        }
        // Neighbours' dictionary marks help with boundaries (BC5CDR dev disease F1 +0.003).
        if (i > 0 && terms[c.ordinal()][i - 1] != 0) {
          f.add(i, DICTIONARY_BEFORE[c.ordinal()], terms[c.ordinal()][i - 1] == 'B' ? "B" : "I");
        }
        if (i + 1 < n && terms[c.ordinal()][i + 1] != 0) {
          f.add(i, DICTIONARY_AFTER[c.ordinal()], terms[c.ordinal()][i + 1] == 'B' ? "B" : "I");
        }
      }

      int cs = chunkStart[i];
      int ce = chunkEnd[i];
      if (ce - cs > 1) {
        String chunk = text.substring(tokens.get(cs).start(), tokens.get(ce - 1).end());
        f.add(i, "ck", chunk.toLowerCase(Locale.ROOT));
        f.add(i, "cks", shape(chunk, true));
        f.add(i, "ckp", i == cs ? "B" : i == ce - 1 ? "E" : "I");
        f.add(i, "ckl", lower[ce - 1]);
        f.add(i, "ckf", lower[cs]);
      }

      for (int d = -2; d <= 2; d++) {
        if (d == 0) {
          continue;
        }
        int j = i + d;
        if (j < 0) {
          f.add(i, LW[d + 2], "<S>");
        } else if (j >= n) {
          f.add(i, LW[d + 2], "</S>");
        } else {
          f.add(i, LW[d + 2], lower[j]);
          f.add(i, SS[d + 2], shortShape[j]);
          if (S3[d + 2] != null && lower[j].length() > 3) {
            f.add(i, S3[d + 2], lower[j].substring(lower[j].length() - 3));
          }
        }
      }
      if (i > 0) {
        f.add(i, "lw[-1,0]", lower[i - 1] + "|" + lw);
      }
      if (i + 1 < n) {
        f.add(i, "lw[0,1]", lw + "|" + lower[i + 1]);
      }
      if (i > 0 && i + 1 < n) {
        f.add(i, "ss[-1,0,1]", shortShape[i - 1] + "|" + shortShape[i] + "|" + shortShape[i + 1]);
      }
    }
    return f;
  }

  private static void classes(int i, String w, String lw, Table f) {
    char first = w.charAt(0);
    if (Character.isLetter(first)) {
      boolean allUpper = true;
      boolean anyUpper = false;
      boolean greekChar = false;
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        allUpper &= Character.isUpperCase(c);
        anyUpper |= Character.isUpperCase(c);
        greekChar |= c >= '\u0370' && c <= '\u03ff';
      }
      if (greekChar) {
        f.add(i, "GRC", YES);
      }
      if (allUpper) {
        f.add(i, "AC", YES);
      } else if (Character.isUpperCase(first)) {
        f.add(i, "IC", YES);
      } else if (anyUpper) {
        f.add(i, "MC", YES);
      }
      if (GREEK.contains(lw)) {
        f.add(i, "GR", YES);
      }
      if (ROMAN.contains(w)) {
        f.add(i, "RN", YES);
      }
      if (ELEMENTS.contains(w)) {
        f.add(i, "EL", YES);
      }
      if (AMINO_ACIDS.contains(lw) && w.length() == 3 && Character.isUpperCase(first)) {
        f.add(i, "AA", YES);
      }
    } else if (Character.isDigit(first)) {
      f.add(i, "D", YES);
    } else {
      f.add(i, "P", w);
    }
  }

  /** Letters become A or a, digits 0, other characters stay; {@code collapse} merges repeats. */
  static String shape(String s, boolean collapse) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), 16));
    char last = 0;
    for (int k = 0; k < s.length() && b.length() < 16; k++) {
      char c = s.charAt(k);
      char m =
          Character.isUpperCase(c)
              ? 'A'
              : Character.isLetter(c)
                  ? 'a'
                  : Character.isDigit(c) ? '0' : Character.isWhitespace(c) ? '_' : c;
      if (!collapse || m != last) {
        b.append(m);
      }
      last = m;
    }
    return b.toString();
  }
}
