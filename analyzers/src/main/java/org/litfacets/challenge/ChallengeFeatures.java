package org.litfacets.challenge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.article.Role;

/**
 * Features of a sentence in context: its embedding (the first {@code dimensions} indexes) and
 * hashed lexical features: words and word pairs of the sentence, hits of the corpus's challenge
 * keywords (Lahav et al.'s candidate filter: "however", "lack", "need for", "?"), the section name
 * and the rhetorical {@link Role} it stands for, and the words of the neighbouring sentences, which
 * often carry the "however"/"future work" cue of a two-sentence statement.
 *
 * <p>The role matters because label rates differ several-fold by section in the training corpus
 * (methods: 6% challenges, 4% directions; discussion: 54% and 44%), and because it is what an
 * abstract's sentences have in place of a section name: paper headings ("2. Materials and methods",
 * "Discussion") and predicted sentence roles ("METHODS", "CONCLUSIONS") both map to the same
 * feature.
 */
final class ChallengeFeatures {

  static final int HASH_BITS = 18;
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|[^\\s\\p{L}\\p{N}]");

  /** Neighbours cue the label less than the sentence itself. */
  private static final float CONTEXT_WEIGHT = 0.5f;

  /**
   * The unit-length embedding against the unit-length lexical block: weighted up, it is worth more
   * than the words (cross-validated F1 on the training set rose by 0.01-0.03 over equal weights).
   */
  private static final float DENSE_WEIGHT = 4f;

  private final int dimensions;
  private final Set<String> keywords;
  private final int longestKeyword;

  ChallengeFeatures(int dimensions, List<String> keywords) {
    this.dimensions = dimensions;
    Set<String> normal = new HashSet<>();
    int longest = 1;
    for (String k : keywords) {
      List<String> tokens = tokens(k);
      if (!tokens.isEmpty()) {
        normal.add(String.join(" ", tokens));
        longest = Math.max(longest, tokens.size());
      }
    }
    this.keywords = normal;
    this.longestKeyword = longest;
  }

  int size() {
    return dimensions + (1 << HASH_BITS);
  }

  FeatureVector of(ChallengeSentence s, float[] embedding) {
    if (embedding.length != dimensions) {
      throw new IllegalArgumentException(
          "embedding has " + embedding.length + " dimensions, model expects " + dimensions);
    }
    Map<String, Float> lexical = new LinkedHashMap<>();
    List<String> words = tokens(s.text());
    for (int i = 0; i < words.size(); i++) {
      lexical.put("w:" + words.get(i), 1f);
      if (i + 1 < words.size()) {
        lexical.put("b:" + words.get(i) + " " + words.get(i + 1), 1f);
      }
    }
    List<String> hits = keywordHits(words);
    for (String k : hits) {
      lexical.put("k:" + k, 1f);
    }
    lexical.put("hits:" + Math.min(hits.size(), 4), 1f);
    for (String w : tokens(s.section())) {
      if (Character.isLetter(w.charAt(0))) {
        lexical.put("sec:" + w, 1f);
      }
    }
    if (s.section().isBlank()) {
      lexical.put("sec:none", 1f);
    }
    lexical.put("role:" + Role.ofLabel(s.section()).map(Role::name).orElse("none"), 1f);
    for (String w : tokens(s.previous())) {
      lexical.putIfAbsent("p:" + w, CONTEXT_WEIGHT);
    }
    for (String w : tokens(s.next())) {
      lexical.putIfAbsent("n:" + w, CONTEXT_WEIGHT);
    }
    double norm = 0;
    for (float v : lexical.values()) {
      norm += v * v;
    }
    float scale = (float) (1 / Math.sqrt(Math.max(norm, 1)));
    // Hash collisions add up rather than overwrite, so no feature is silently lost.
    Map<Integer, Float> hashed = new LinkedHashMap<>();
    for (Map.Entry<String, Float> f : lexical.entrySet()) {
      hashed.merge(dimensions + hash(f.getKey()), f.getValue() * scale, Float::sum);
    }
    int[] index = new int[dimensions + hashed.size()];
    float[] value = new float[index.length];
    for (int i = 0; i < dimensions; i++) {
      index[i] = i;
      value[i] = embedding[i] * DENSE_WEIGHT;
    }
    int k = dimensions;
    for (Map.Entry<Integer, Float> f : hashed.entrySet()) {
      index[k] = f.getKey();
      value[k++] = f.getValue();
    }
    return new FeatureVector(index, value);
  }

  /** Keywords found in the sentence's words, once per occurrence, in order. */
  List<String> keywordHits(List<String> words) {
    List<String> hits = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 1; n <= longestKeyword && i + n <= words.size(); n++) {
        if (n > 1) {
          phrase.append(' ');
        }
        phrase.append(words.get(i + n - 1));
        if (keywords.contains(phrase.toString())) {
          hits.add(phrase.toString());
        }
      }
    }
    return hits;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static int hash(String feature) {
    int h = feature.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & ((1 << HASH_BITS) - 1);
  }
}
