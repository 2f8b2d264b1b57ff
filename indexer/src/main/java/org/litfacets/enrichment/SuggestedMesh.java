package org.litfacets.enrichment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.indexing.ArticleMeshSuggester;

/**
 * Suggests MeSH headings for articles that NLM has not indexed (no MeSH headings yet: new records,
 * preprints), from their title and abstract, into a field of their own. Articles that carry NLM's
 * headings are left alone, so that suggestions are never mixed with, or mistaken for, NLM's
 * indexing.
 */
public final class SuggestedMesh implements Enricher {
  /**
   * NLM assigns about a dozen headings to an article; ten keeps most of the right ones (see bench
   * mesh-index).
   */
  public static final int DEFAULT_HEADINGS = 10;

  private static final Pattern CONCLUDING =
      Pattern.compile("CONCLUSIONS?|INTERPRETATIONS?|IMPLICATIONS?");

  private final Function<EnrichedArticle, ArticleMeshSuggester> suggesterFor;
  private final int headings;

  public SuggestedMesh(ArticleMeshSuggester suggester) {
    this(suggester, DEFAULT_HEADINGS);
  }

  /**
   * Text matching fused with the headings of the most similar indexed articles (the MTI way).
   *
   * @param neighbours for an article and its text, the MeSH UI lists of the most similar other
   *     indexed articles, best first (see {@link SimilarArticles})
   */
  public SuggestedMesh(
      MeshVocabulary vocabulary,
      BiFunction<EnrichedArticle, String, List<List<String>>> neighbours,
      int headings) {
    this(
        article -> new ArticleMeshSuggester(vocabulary, text -> neighbours.apply(article, text)),
        headings);
  }

  /**
   * @param headings how many suggested headings an article keeps, best first
   */
  public SuggestedMesh(ArticleMeshSuggester suggester, int headings) {
    this(checked(suggester), headings);
  }

  private static Function<EnrichedArticle, ArticleMeshSuggester> checked(
      ArticleMeshSuggester suggester) {
    if (suggester == null) {
      throw new IllegalArgumentException("an article MeSH suggester is required");
    }
    return article -> suggester;
  }

  private SuggestedMesh(
      Function<EnrichedArticle, ArticleMeshSuggester> suggesterFor, int headings) {
    if (headings <= 0) {
      throw new IllegalArgumentException(
          "the number of suggested headings must be positive, was " + headings);
    }
    this.suggesterFor = suggesterFor;
    this.headings = headings;
  }

  @Override
  public String name() {
    return "suggest-mesh";
  }

  @Override
  public Set<Part> uses() {
    return Set.of(Part.VECTOR);
  }

  @Override
  public Set<Part> sets() {
    return Set.of(Part.SUGGESTED_MESH);
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    for (EnrichedArticle enriched : batch) {
      Article article = enriched.article();
      String abstractText = suggesterText(article);
      if (!article.meshHeadings().isEmpty()
          || (article.title() == null || article.title().isBlank()) && abstractText.isBlank()) {
        enriched.setSuggestedMeshUis(List.of());
        continue;
      }
      enriched.setSuggestedMeshUis(
          suggesterFor.apply(enriched).suggest(article.title(), abstractText, headings).stream()
              .map(s -> s.descriptor().ui())
              .toList());
    }
  }

  /**
   * The abstract as the suggester reads it: parts joined, and a concluding part led by
   * "CONCLUSIONS:" because the suggester weighs conclusion sentences like the title. Other labels
   * are left out: "Methods" or "Results" would match headings of those names in every structured
   * abstract.
   */
  static String suggesterText(Article article) {
    return article.sections().stream()
        .filter(s -> !s.text().isBlank())
        .map(s -> concludes(s) ? "CONCLUSIONS: " + s.text().strip() : s.text().strip())
        .collect(Collectors.joining(" "));
  }

  private static boolean concludes(AbstractSection section) {
    String name = section.category() != null ? section.category() : section.label();
    return name != null && CONCLUDING.matcher(name.strip().toUpperCase(Locale.ROOT)).matches();
  }
}
