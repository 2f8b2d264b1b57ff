package org.litfacets.mesh;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation shared by every term lookup, so that "Reflexes, Stretch", "reflex stretch" and
 * "Stretch-Reflex" meet: case, diacritics, punctuation and hyphens are dropped and each word is
 * reduced to a crude singular.
 */
public final class MeshTerms {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private MeshTerms() {}

  /** The normalised words of a term, in order. */
  public static List<String> tokens(String text) {
    return words(text, true);
  }

  /**
   * The key for prefix search: like {@link #key} but without singulars, because a word being typed
   * is often incomplete ("studi" must still reach "studies").
   */
  static String prefixKey(String text) {
    return String.join(" ", words(text, false));
  }

  private static List<String> words(String text, boolean singular) {
    List<String> raw = rawWords(text);
    if (singular) {
      raw.replaceAll(MeshTerms::singular);
    }
    return raw;
  }

  /**
   * Lower-cased words without diacritics, split at anything that is not a letter or digit.
   * Hand-written rather than a regex split because loading MeSH runs it on a million strings.
   */
  static List<String> rawWords(String text) {
    String folded = text;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        out.add(folded.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }

  /** The lookup key of words already split by {@link #rawWords}. */
  static String keyOfRawWords(List<String> raw) {
    StringBuilder key = new StringBuilder();
    for (String word : raw) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(singular(word));
    }
    return key.toString();
  }

  /** The lookup key of a term: its normalised words joined by single spaces. */
  public static String key(String text) {
    return String.join(" ", tokens(text));
  }

  /**
   * The key with hyphens closed up instead of opened ("anti-bacterial" as "antibacterial"), or null
   * when the term has no hyphen; both spellings occur in queries and in MeSH.
   */
  static String closedHyphenKey(String text) {
    if (text.indexOf('-') < 0) {
      return null;
    }
    return key(text.replace("-", ""));
  }

  /**
   * A deliberately crude English singular: enough to match "studies"/"study" and
   * "reflexes"/"reflex".
   */
  static String singular(String word) {
    int n = word.length();
    if (n <= 3 || Character.isDigit(word.charAt(n - 1))) {
      return word;
    }
    if (word.endsWith("ies") && n > 4) {
      return word.substring(0, n - 3) + "y";
    }
    if (word.endsWith("sses")
        || word.endsWith("xes")
        || word.endsWith("ches")
        || word.endsWith("shes")) {
      return word.substring(0, n - 2);
    }
    if (word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, n - 1);
    }
    return word;
  }
}
