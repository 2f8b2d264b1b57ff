package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.suggest.DescriptorVectors;
import org.litfacets.mesh.suggest.Evidence;
import org.litfacets.mesh.suggest.MeshSuggester;
import org.litfacets.mesh.suggest.Suggestion;
import org.litfacets.mesh.suggest.SuggestionMethod;
import org.litfacets.solr.SolrConnection;
import org.litfacets.store.ArticleStore;

/**
 * MeSH for the web: headings with their place in the tree, autocomplete, and term suggestion for a
 * query clause.
 */
public final class MeshService {
  private static final int FEEDBACK_ARTICLES = 20;
  private static final int PER_METHOD_DEPTH = 50;
  private static final long COUNT_CACHE_MILLIS = 60_000;

  /**
   * The free text of one query clause; suggestion time grows faster than the text (10,000
   * characters took two minutes), so longer input is refused rather than left to tie up a thread.
   */
  public static final int MAX_KEYWORD_CHARS = 2_000;

  private final SolrConnection solr;
  private final ArticleStore store;
  private final Optional<MeshVocabulary> vocabulary;
  private final Optional<MeshSuggester> suggester;
  private Map<String, Integer> articleCounts = Map.of();
  private long countsAt;

  /**
   * @param embedder embeds keywords for semantic matching, with the model that made {@code
   *     headingVectors}; semantic matching is off without both
   */
  public MeshService(
      SolrConnection solr,
      Optional<MeshVocabulary> vocabulary,
      Optional<QueryEmbedder> embedder,
      Optional<DescriptorVectors> headingVectors) {
    this.solr = solr;
    this.store = new ArticleStore(solr);
    this.vocabulary = vocabulary;
    this.suggester =
        vocabulary.map(
            v -> {
              MeshSuggester.Builder builder =
                  MeshSuggester.builder(v)
                      .exact(true)
                      .lexical(true)
                      .feedback(this::meshOfTopArticles);
              if (embedder.isPresent() && headingVectors.isPresent()) {
                builder.semantic(embedder.get().embed(), headingVectors.get());
              }
              return builder.build();
            });
  }

  /**
   * A heading in the tree (parents, children) with the number of indexed articles that carry it.
   */
  public record Heading(
      String ui,
      String name,
      List<String> entryTerms,
      List<String> treeNumbers,
      List<Ref> parents,
      List<Ref> children,
      List<Ref> pharmacologicalActions,
      int articleCount) {}

  public record Ref(String ui, String name) {}

  /** One suggested heading and why. */
  public record Suggested(
      String ui,
      String name,
      double score,
      List<String> treeNumbers,
      int articleCount,
      List<Evidence> evidence) {}

  /**
   * @param ui a descriptor UI, in any case ({@code d001249} as a hand-typed URL writes it)
   */
  public Optional<Heading> heading(String ui) {
    MeshVocabulary mesh = vocabulary();
    return mesh.byUi(ui.toUpperCase(Locale.ROOT))
        .map(
            d ->
                new Heading(
                    d.ui(),
                    d.name(),
                    d.entryTerms(),
                    d.treeNumbers(),
                    refs(mesh.parents(d.ui())),
                    refs(mesh.children(d.ui())),
                    d.pharmacologicalActionUis().stream()
                        .flatMap(u -> mesh.byUi(u).stream())
                        .map(p -> new Ref(p.ui(), p.name()))
                        .toList(),
                    articleCounts().getOrDefault(d.ui(), 0)));
  }

  /**
   * UIs with their heading names (the UI alone when the vocabulary is not loaded or does not know
   * it).
   */
  public List<Ref> names(List<String> uis) {
    return uis.stream()
        .map(
            ui -> new Ref(ui, vocabulary.flatMap(v -> v.byUi(ui)).map(Descriptor::name).orElse(ui)))
        .toList();
  }

  public List<Ref> autocomplete(String prefix, int limit) {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("q (the beginning of a MeSH term) is required");
    }
    MeshVocabulary mesh = vocabulary();
    Map<String, Integer> counts = articleCounts();
    return refs(mesh.autocomplete(prefix, limit, ui -> counts.getOrDefault(ui, 0)));
  }

  /**
   * Fused suggestions from the chosen methods (all available ones when {@code methods} is empty).
   */
  public List<Suggested> suggest(List<String> keywords, Set<SuggestionMethod> methods, int limit) {
    MeshSuggester s = suggester.orElseThrow(MeshService::unavailable);
    if (keywords.isEmpty()) {
      throw new IllegalArgumentException(
          "keywords are required: the free-text terms of one query clause");
    }
    int chars = keywords.stream().mapToInt(String::length).sum();
    if (chars > MAX_KEYWORD_CHARS) {
      throw new IllegalArgumentException(
          "keywords may hold at most "
              + MAX_KEYWORD_CHARS
              + " characters in all, got "
              + chars
              + ": suggest headings for one query clause at a time");
    }
    Set<SuggestionMethod> chosen = methods.isEmpty() ? s.methods() : methods;
    for (SuggestionMethod m : chosen) {
      if (!s.methods().contains(m)) {
        throw new IllegalArgumentException(
            "method "
                + m.name().toLowerCase()
                + " is not available here; available: "
                + s.methods().toString().toLowerCase());
      }
    }
    Map<SuggestionMethod, List<Suggestion>> each =
        new EnumMap<>(s.suggestEach(keywords, PER_METHOD_DEPTH));
    each.keySet().retainAll(chosen);
    Map<String, Integer> counts = articleCounts();
    List<Suggested> out = new ArrayList<>();
    for (Suggestion x : s.fuse(each, limit)) {
      Descriptor d = x.descriptor();
      out.add(
          new Suggested(
              d.ui(),
              d.name(),
              x.score(),
              d.treeNumbers(),
              counts.getOrDefault(d.ui(), 0),
              x.evidence()));
    }
    return out;
  }

  public Set<SuggestionMethod> methods() {
    return suggester.map(MeshSuggester::methods).orElse(EnumSet.noneOf(SuggestionMethod.class));
  }

  public boolean available() {
    return vocabulary.isPresent();
  }

  /**
   * MeSH UIs of the articles that best match a clause: the evidence of the corpus-feedback method.
   */
  private List<List<String>> meshOfTopArticles(String clause) {
    return store.meshOfSimilar(clause, FEEDBACK_ARTICLES, null);
  }

  /**
   * How many indexed articles carry each heading, as {@code [mh:noexp]} and the mesh facet find
   * them: by UI, or by name for the records of old MEDLINE files, which name their headings without
   * UIs (counting UIs alone showed such headings with too few articles). The larger of the two
   * counts stands for their union, which is exact unless one heading has both records with a UI and
   * another name and records with the name alone. Refreshed at most once a minute.
   */
  private synchronized Map<String, Integer> articleCounts() {
    if (System.currentTimeMillis() - countsAt > COUNT_CACHE_MILLIS) {
      SolrQuery q =
          new SolrQuery("*:*")
              .addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE)
              .setRows(0)
              .setFacet(true)
              .addFacetField(MESH_UI, MESH)
              .setFacetLimit(-1)
              .setFacetMinCount(1);
      QueryResponse response = solr.call("count MeSH headings", () -> solr.client().query(q));
      Map<String, Integer> counts = new HashMap<>();
      values(response.getFacetField(MESH_UI))
          .forEach(c -> counts.put(c.getName(), (int) c.getCount()));
      vocabulary.ifPresent(
          v ->
              values(response.getFacetField(MESH))
                  .forEach(
                      c ->
                          v.byTerm(c.getName()).stream()
                              .filter(d -> d.name().equals(c.getName()))
                              .forEach(d -> counts.merge(d.ui(), (int) c.getCount(), Math::max))));
      articleCounts = counts;
      countsAt = System.currentTimeMillis();
    }
    return articleCounts;
  }

  private static List<FacetField.Count> values(FacetField facet) {
    return facet == null || facet.getValues() == null ? List.of() : facet.getValues();
  }

  private MeshVocabulary vocabulary() {
    return vocabulary.orElseThrow(MeshService::unavailable);
  }

  private static List<Ref> refs(List<Descriptor> descriptors) {
    return descriptors.stream().map(d -> new Ref(d.ui(), d.name())).toList();
  }

  private static MeshUnavailableException unavailable() {
    return new MeshUnavailableException();
  }

  /** The server runs without the MeSH vocabulary. */
  public static final class MeshUnavailableException extends RuntimeException {
    MeshUnavailableException() {
      super(
          "the MeSH vocabulary is not loaded on this server; start it with --mesh, or get MeSH with 'litfacets fetch mesh'");
    }
  }
}
