package org.litfacets.entity.learned;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.sentence.Span;

/**
 * Dictionary-membership features for the CRF: the longest terms of each category (diseases,
 * chemicals, proteins, organisms) found in a token sequence. Terms are compared token by token
 * after {@link SubwordTokenizer}, lower-cased, with hyphens ignored and a crude singular, so that
 * "Non-small cell lung carcinomas" meets "non small cell lung carcinoma". Short and all-capital
 * terms ("ALL", "CO", "MS") only match with the same case, since in lower case they are common
 * words. Immutable and thread-safe.
 */
public final class TermDictionary {

  /** What a dictionary term names; each has a one-letter feature code. */
  public enum Category {
    DISEASE('D'),
    CHEMICAL('C'),
    PROTEIN('P'),
    ORGANISM('S');

    final char code;

    Category(char code) {
      this.code = code;
    }
  }

  public static final TermDictionary EMPTY = new TermDictionary(Map.of());

  private static final int PREFIX = 1 << 8;
  private static final int MAX_TOKENS = 12;
  private static final String EXACT_CASE = "=";

  /**
   * Token-key of a term or term prefix to the bits of the categories of complete terms, plus
   * PREFIX.
   */
  private final Map<String, Integer> keys;

  private TermDictionary(Map<String, Integer> keys) {
    this.keys = keys;
  }

  public int size() {
    return keys.size();
  }

  /**
   * Entry terms of MeSH descriptors by tree: C and F03 diseases, D12 and D08 proteins and enzymes,
   * the rest of D chemicals, B organisms.
   */
  public static TermDictionary fromMesh(MeshVocabulary mesh) {
    Builder builder = new Builder();
    for (Descriptor d : mesh.descriptors()) {
      int bits = 0;
      for (String tree : d.treeNumbers()) {
        if (tree.startsWith("C") || tree.startsWith("F03")) {
          bits |= bit(Category.DISEASE);
        } else if (tree.startsWith("D12") || tree.startsWith("D08")) {
          bits |= bit(Category.PROTEIN);
        } else if (tree.startsWith("D")) {
          bits |= bit(Category.CHEMICAL);
        } else if (tree.startsWith("B")) {
          bits |= bit(Category.ORGANISM);
        }
      }
      if (bits == 0) {
        continue;
      }
      for (String term : d.entryTerms()) {
        builder.add(term, bits);
        int comma = term.indexOf(", ");
        // MeSH inverts many terms ("Leukemia, Myeloid"); abstracts use natural order.
        if (comma > 0 && term.indexOf(", ", comma + 2) < 0) {
          builder.add(term.substring(comma + 2) + " " + term.substring(0, comma), bits);
        }
      }
    }
    return builder.build();
  }

  /** Builds a dictionary from terms and categories (for tests and other vocabularies). */
  public static final class Builder {
    private final Map<String, Integer> keys = new HashMap<>();

    public Builder add(String term, Category category) {
      return add(term, bit(category));
    }

    Builder add(String term, int bits) {
      String trimmed = term.strip();
      List<Span> tokens = SubwordTokenizer.tokenize(trimmed);
      if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
        return this;
      }
      boolean exactCase =
          trimmed.length() <= 3
              || (trimmed.length() <= 6 && trimmed.equals(trimmed.toUpperCase(Locale.ROOT)));
      List<String> words = new ArrayList<>(tokens.size());
      for (Span t : tokens) {
        String normal = normal(t.of(trimmed), exactCase);
        if (normal != null) {
          words.add(normal);
        }
      }
      if (words.isEmpty()) {
        return this;
      }
      String marker = exactCase ? EXACT_CASE : "";
      for (int k = 1; k < words.size(); k++) {
        keys.merge(marker + String.join(" ", words.subList(0, k)), PREFIX, (a, b) -> a | b);
      }
      keys.merge(marker + String.join(" ", words), bits, (a, b) -> a | b);
      return this;
    }

    public TermDictionary build() {
      return new TermDictionary(Map.copyOf(keys));
    }
  }

  /**
   * For every category, the BIO position of each token in the longest dictionary term covering it:
   * marks[category.ordinal()][token] is 0 (outside), 'B' or 'I'.
   */
  char[][] match(String text, List<Span> tokens) {
    int n = tokens.size();
    char[][] marks = new char[Category.values().length][n];
    if (keys.isEmpty()) {
      return marks;
    }
    String[] lower = new String[n];
    String[] exact = new String[n];
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i).of(text);
      lower[i] = normal(w, false);
      exact[i] = normal(w, true);
    }
    int[] coveredUntil = new int[Category.values().length];
    for (int i = 0; i < n; i++) {
      if (lower[i] == null) {
        continue;
      }
      int[] longest = new int[Category.values().length];
      longestFrom(i, lower, "", longest);
      longestFrom(i, exact, EXACT_CASE, longest);
      for (Category c : Category.values()) {
        int end = longest[c.ordinal()];
        if (end > 0 && i >= coveredUntil[c.ordinal()]) {
          marks[c.ordinal()][i] = 'B';
          for (int k = i + 1; k < end; k++) {
            marks[c.ordinal()][k] = 'I';
          }
          coveredUntil[c.ordinal()] = end;
        }
      }
    }
    return marks;
  }

  private void longestFrom(int start, String[] words, String marker, int[] longest) {
    StringBuilder key = new StringBuilder(marker);
    for (int j = start; j < words.length && j < start + 3 * MAX_TOKENS; j++) {
      if (words[j] == null) {
        continue;
      }
      if (j > start) {
        key.append(' ');
      }
      key.append(words[j]);
      Integer bits = keys.get(key.toString());
      if (bits == null) {
        return;
      }
      for (Category c : Category.values()) {
        if ((bits & bit(c)) != 0) {
          longest[c.ordinal()] = j + 1;
        }
      }
      if ((bits & PREFIX) == 0) {
        return;
      }
    }
  }

  /** The comparison form of a token; null for hyphens, which spellings use or drop freely. */
  private static String normal(String token, boolean exactCase) {
    if (token.length() == 1
        && (token.charAt(0) == '-' || token.charAt(0) == '\u2010' || token.charAt(0) == '\u2013')) {
      return null;
    }
    String w = exactCase ? token : token.toLowerCase(Locale.ROOT);
    if (!exactCase
        && w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static int bit(Category c) {
    return 1 << c.ordinal();
  }
}
