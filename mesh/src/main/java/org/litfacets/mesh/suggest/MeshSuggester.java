package org.litfacets.mesh.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;

/**
 * Suggests MeSH headings for the free-text keywords of a Boolean query clause. Each enabled method
 * ranks headings on its own; the lists are fused by weighted reciprocal rank fusion. Immutable and
 * thread-safe once built (provided the injected embedder and feedback functions are).
 */
public final class MeshSuggester {
  /**
   * Fusion weights chosen on the 48 CLEF TAR 2017 training clauses only (a grid over 0-3 per method
   * and k in 5, 20, 60, maximising F1@5 + R@10); the 2017 and 2018 test clauses were not looked at.
   * Semantic matching earns double weight because it recovers headings no keyword names literally.
   * Corpus feedback is untuned (no corpus here).
   */
  public static final Map<SuggestionMethod, Double> DEFAULT_WEIGHTS =
      Collections.unmodifiableMap(
          new EnumMap<>(
              Map.of(
                  SuggestionMethod.EXACT, 1.0,
                  SuggestionMethod.LEXICAL, 1.0,
                  SuggestionMethod.SEMANTIC, 2.0,
                  SuggestionMethod.FEEDBACK, 1.0)));

  public static final int DEFAULT_RRF_K = 60;

  /** How deep each method's list goes into the fusion. */
  private static final int DEPTH = 100;

  private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("\\s*(?:[\\n;|]|\\bOR\\b)\\s*");
  private static final Pattern FIELD_TAGS = Pattern.compile("\\[[^\\]]*\\]|[\"()*]");

  private final MeshVocabulary vocabulary;
  private final ExactTermMapping exact;
  private final EntryTermIndex lexical;
  private final SemanticMatching semantic;
  private final CorpusFeedback feedback;
  private final Map<SuggestionMethod, Double> weights;
  private final int rrfK;

  private MeshSuggester(Builder b) {
    vocabulary = b.vocabulary;
    exact = b.methods.contains(SuggestionMethod.EXACT) ? new ExactTermMapping(vocabulary) : null;
    lexical = b.methods.contains(SuggestionMethod.LEXICAL) ? new EntryTermIndex(vocabulary) : null;
    semantic = b.vectors == null ? null : new SemanticMatching(b.vectors, b.embedder);
    feedback = b.feedback == null ? null : new CorpusFeedback(vocabulary, b.feedback);
    weights = new EnumMap<>(b.weights);
    rrfK = b.rrfK;
  }

  /**
   * Starts a suggester with the exact and lexical methods on; semantic and feedback need their
   * functions.
   */
  public static Builder builder(MeshVocabulary vocabulary) {
    if (vocabulary == null) {
      throw new IllegalArgumentException("a MeSH vocabulary is required");
    }
    return new Builder(vocabulary);
  }

  public MeshVocabulary vocabulary() {
    return vocabulary;
  }

  /** The methods that run, in a fixed order. */
  public Set<SuggestionMethod> methods() {
    EnumSet<SuggestionMethod> on = EnumSet.noneOf(SuggestionMethod.class);
    if (exact != null) {
      on.add(SuggestionMethod.EXACT);
    }
    if (lexical != null) {
      on.add(SuggestionMethod.LEXICAL);
    }
    if (semantic != null) {
      on.add(SuggestionMethod.SEMANTIC);
    }
    if (feedback != null) {
      on.add(SuggestionMethod.FEEDBACK);
    }
    return on;
  }

  /** The fused ranking for a clause's keywords. */
  public List<Suggestion> suggest(List<String> keywords, int limit) {
    return fuse(suggestEach(keywords, DEPTH), limit);
  }

  /**
   * The fused ranking for keywords typed as one string: separated by new lines, semicolons, bars or
   * OR; quotes, brackets, truncation stars and PubMed field tags such as [tw] are ignored.
   */
  public List<Suggestion> suggest(String keywords, int limit) {
    return suggest(keywords(keywords), limit);
  }

  /** Splits a typed clause into keywords (see {@link #suggest(String, int)}). */
  public static List<String> keywords(String text) {
    if (text == null) {
      throw new IllegalArgumentException("keywords must not be null");
    }
    List<String> out = new ArrayList<>();
    for (String part : KEYWORD_SEPARATORS.split(FIELD_TAGS.matcher(text).replaceAll(" "))) {
      String k = part.trim().replaceAll("\\s+", " ");
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  /** Each enabled method's own ranking, before fusion. */
  public Map<SuggestionMethod, List<Suggestion>> suggestEach(List<String> keywords, int limit) {
    if (keywords == null) {
      throw new IllegalArgumentException("keywords must not be null");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    List<String> clean = keywords.stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
    Map<SuggestionMethod, List<Suggestion>> out = new EnumMap<>(SuggestionMethod.class);
    if (clean.isEmpty()) {
      return out;
    }
    if (exact != null) {
      out.put(SuggestionMethod.EXACT, exact.suggest(clean, limit));
    }
    if (lexical != null) {
      out.put(SuggestionMethod.LEXICAL, lexical.suggest(clean, limit));
    }
    if (semantic != null) {
      out.put(SuggestionMethod.SEMANTIC, semantic.suggest(clean, limit));
    }
    if (feedback != null) {
      out.put(SuggestionMethod.FEEDBACK, feedback.suggest(clean, limit));
    }
    return out;
  }

  /**
   * Weighted reciprocal rank fusion: a heading scores the sum over methods of weight / (k + rank).
   * Ties go to the heading proposed by more methods, then to the earlier method's order.
   */
  public List<Suggestion> fuse(Map<SuggestionMethod, List<Suggestion>> perMethod, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    Map<Descriptor, double[]> scores = new LinkedHashMap<>();
    Map<Descriptor, List<Evidence>> evidence = new LinkedHashMap<>();
    for (Map.Entry<SuggestionMethod, List<Suggestion>> e : perMethod.entrySet()) {
      double weight = weights.getOrDefault(e.getKey(), 0.0);
      if (weight <= 0) {
        continue;
      }
      List<Suggestion> list = e.getValue();
      for (int rank = 0; rank < list.size(); rank++) {
        Suggestion s = list.get(rank);
        double[] score = scores.computeIfAbsent(s.descriptor(), d -> new double[2]);
        score[0] += weight / (rrfK + rank + 1);
        score[1]++;
        evidence.computeIfAbsent(s.descriptor(), d -> new ArrayList<>()).addAll(s.evidence());
      }
    }
    List<Descriptor> order = new ArrayList<>(scores.keySet());
    order.sort(
        Comparator.comparingDouble((Descriptor d) -> -scores.get(d)[0])
            .thenComparingDouble(d -> -scores.get(d)[1]));
    List<Suggestion> out = new ArrayList<>();
    for (Descriptor d : order.subList(0, Math.min(limit, order.size()))) {
      out.add(new Suggestion(d, scores.get(d)[0], evidence.get(d)));
    }
    return out;
  }

  /** Chooses the methods and fusion weights. */
  public static final class Builder {
    private final MeshVocabulary vocabulary;
    private final EnumSet<SuggestionMethod> methods =
        EnumSet.of(SuggestionMethod.EXACT, SuggestionMethod.LEXICAL);
    private final Map<SuggestionMethod, Double> weights = new EnumMap<>(DEFAULT_WEIGHTS);
    private Function<List<String>, List<float[]>> embedder;
    private DescriptorVectors vectors;
    private Function<String, List<List<String>>> feedback;
    private int rrfK = DEFAULT_RRF_K;

    private Builder(MeshVocabulary vocabulary) {
      this.vocabulary = vocabulary;
    }

    public Builder exact(boolean on) {
      return toggle(SuggestionMethod.EXACT, on);
    }

    public Builder lexical(boolean on) {
      return toggle(SuggestionMethod.LEXICAL, on);
    }

    private Builder toggle(SuggestionMethod method, boolean on) {
      if (on) {
        methods.add(method);
      } else {
        methods.remove(method);
      }
      return this;
    }

    /**
     * Turns semantic matching on with heading vectors already loaded (shared between suggesters).
     */
    public Builder semantic(
        Function<List<String>, List<float[]>> embedder, DescriptorVectors vectors) {
      if (embedder == null || vectors == null) {
        throw new IllegalArgumentException(
            "semantic matching needs an embedder and heading vectors");
      }
      this.embedder = embedder;
      this.vectors = vectors;
      methods.add(SuggestionMethod.SEMANTIC);
      return this;
    }

    /**
     * Turns corpus feedback on.
     *
     * @param meshOfTopArticles for a query string (keywords ORed, phrases quoted), the MeSH UI
     *     lists of the top retrieved articles, best first
     */
    public Builder feedback(Function<String, List<List<String>>> meshOfTopArticles) {
      if (meshOfTopArticles == null) {
        throw new IllegalArgumentException("corpus feedback needs a function");
      }
      this.feedback = meshOfTopArticles;
      methods.add(SuggestionMethod.FEEDBACK);
      return this;
    }

    /** The fusion weight of a method; 0 keeps it out of the fused list while still computing it. */
    public Builder weight(SuggestionMethod method, double weight) {
      if (weight < 0 || Double.isNaN(weight)) {
        throw new IllegalArgumentException("weight of " + method + " must be >= 0, was " + weight);
      }
      weights.put(method, weight);
      return this;
    }

    public Builder rrfK(int k) {
      if (k < 0) {
        throw new IllegalArgumentException("RRF k must be >= 0, was " + k);
      }
      this.rrfK = k;
      return this;
    }

    public MeshSuggester build() {
      if (methods.isEmpty()) {
        throw new IllegalArgumentException("enable at least one suggestion method");
      }
      if (!methods.contains(SuggestionMethod.SEMANTIC)) {
        vectors = null;
      }
      return new MeshSuggester(this);
    }
  }
}
