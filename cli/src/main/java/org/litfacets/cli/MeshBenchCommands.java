package org.litfacets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.solr.common.SolrInputDocument;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.MeshHeading;
import org.litfacets.embedding.Embedder;
import org.litfacets.enrichment.SimilarArticles;
import org.litfacets.enrichment.SuggestedMesh;
import org.litfacets.enrichment.Vectors;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshTerms;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.indexing.ArticleMeshSuggester;
import org.litfacets.mesh.indexing.MeshIndexScores;
import org.litfacets.mesh.suggest.DescriptorVectors;
import org.litfacets.mesh.suggest.MeshSuggestBenchmark;
import org.litfacets.mesh.suggest.MeshSuggester;
import org.litfacets.mesh.suggest.SuggestionMethod;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;
import org.litfacets.pubmedqa.PubmedQaReader;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The MeSH benchmarks: term suggestion for query clauses (CLEF TAR) and for articles (hidden NLM
 * headings).
 */
final class MeshBenchCommands {
  private MeshBenchCommands() {}

  @Command(
      name = "mesh-suggest",
      mixinStandardHelpOptions = true,
      description =
          "MeSH suggestion for Boolean query clauses on a CLEF TAR MeSH-suggestion folder: P/R/F1 at 1, 3, 5 "
              + "and 10 per method, for the fusion and for the baseline runs shipped in the folder.")
  static final class Suggest implements Callable<Integer> {
    private static final String DEFAULT_METHODS = "exact,lexical,semantic";

    @Mixin DataOptions data;

    @Parameters(
        index = "0",
        paramLabel = "FOLDER",
        description =
            "A CLEF TAR MeSH-suggestion folder (split/topic/clause/keywords + mesh), e.g. "
                + "../shared/data/clef-tar-mesh-suggestion.")
    Path folder;

    @Option(
        names = "--methods",
        split = ",",
        defaultValue = DEFAULT_METHODS,
        description =
            "Methods to run and fuse: exact, lexical, semantic (feedback needs an index and is not part of "
                + "this benchmark). Default: ${DEFAULT-VALUE}.")
    List<String> methods;

    @Mixin ModelsOption modelsFolder;

    @Mixin ResultsOption results;

    @Override
    public Integer call() {
      Set<SuggestionMethod> chosen = methods();
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException(
            "CLEF TAR MeSH-suggestion folder " + folder + " does not exist");
      }
      MeshVocabulary mesh = data.requireMesh("this benchmark");
      MeshSuggester.Builder builder =
          MeshSuggester.builder(mesh)
              .exact(chosen.contains(SuggestionMethod.EXACT))
              .lexical(chosen.contains(SuggestionMethod.LEXICAL));
      if (chosen.contains(SuggestionMethod.SEMANTIC)) {
        Embedder embedder = Embedder.withDefaultModel();
        // as the server does: headings and the clause's keywords each embedded alone
        builder.semantic(
            embedder::embedQueries,
            DescriptorVectors.loadOrCompute(
                mesh,
                embedder::embedEach,
                embedder.modelName(),
                TrainCommand.MeshVectors.file(modelsFolder.models, embedder.modelName()),
                System.err));
      }
      long start = System.nanoTime();
      MeshSuggestBenchmark.Result result = new MeshSuggestBenchmark(builder.build()).run(folder);
      double seconds = (System.nanoTime() - start) / 1e9;
      String report =
          result.report().stripTrailing()
              + String.format(
                  Locale.ROOT,
                  "%n%nmethods fused: %s (fusion = weighted reciprocal rank fusion); corpus feedback is not measured here: it "
                      + "needs the articles indexed in Solr.%n%.1f s",
                  String.join(", ", names(chosen)),
                  seconds);
      String fused = String.join(",", names(chosen));
      Map<String, Object> figures = new LinkedHashMap<>(result.figures());
      figures.put("methods", fused);
      BenchResults.publish(
          results.folder,
          "mesh-suggest",
          fused.equals(DEFAULT_METHODS) ? "mesh-suggest" : "mesh-suggest --methods " + fused,
          List.of(folder),
          report,
          figures);
      return 0;
    }

    private Set<SuggestionMethod> methods() {
      Set<SuggestionMethod> chosen = EnumSet.noneOf(SuggestionMethod.class);
      for (String m : methods) {
        String name = m.strip().toUpperCase(Locale.ROOT);
        if (name.equals(SuggestionMethod.FEEDBACK.name())) {
          throw new IllegalArgumentException(
              "method feedback needs articles indexed in Solr and is not part of this "
                  + "benchmark; use exact, lexical and semantic");
        }
        try {
          chosen.add(SuggestionMethod.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown method '" + m + "'; use exact, lexical or semantic");
        }
      }
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException(
            "--methods names no method; use exact, lexical or semantic");
      }
      return chosen;
    }

    private static List<String> names(Set<SuggestionMethod> methods) {
      return methods.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
    }
  }

  @Command(
      name = "mesh-index",
      mixinStandardHelpOptions = true,
      description =
          "MeSH suggestion for articles: hides NLM's headings of articles that have an abstract and MeSH, "
              + "suggests headings from title and abstract (text only) and scores them against NLM's: micro P/R/F1 at 5 "
              + "and 10.")
  static final class Index implements Callable<Integer> {
    private static final int DEPTH = 10;
    private static final String PUBMEDQA = "ori_pqal.json";

    @Mixin DataOptions data;

    @Parameters(
        arity = "1..*",
        paramLabel = "CORPUS",
        description =
            "PubMed XML files (.xml, .xml.gz), PubMedQA's "
                + "ori_pqal.json, or folders holding them, e.g. ../shared/data/pubmed-xml-samples ../shared/data/pubmedqa.")
    List<Path> corpora;

    @Option(
        names = "--limit",
        description = "At most this many scored articles from each corpus. Default: all.")
    Integer limit;

    @Option(
        names = "--neighbours",
        description =
            "Also let the headings of the most similar other articles vote, as "
                + "the indexer does: bm25 (over title and abstract) or knn (nearest article vectors). The corpora are indexed "
                + "into the benchmark's own collection first.")
    String neighbours;

    @Mixin ArticleEmbeddingOption articleEmbedding;

    @Mixin SolrOptions solr;

    @Mixin ResultsOption results;

    @Override
    public Integer call() throws IOException {
      if (limit != null && limit <= 0) {
        throw new IllegalArgumentException("--limit must be positive, was " + limit);
      }
      Map<Path, List<Path>> files = new LinkedHashMap<>();
      for (Path corpus : corpora) {
        List<Path> found = corpusFiles(corpus);
        if (found.isEmpty()) {
          throw new IllegalArgumentException(
              corpus + " holds no PubMed XML (.xml, .xml.gz) and no PubMedQA " + PUBMEDQA);
        }
        files.put(corpus, found);
      }
      if (neighbours != null && !neighbours.equals("bm25") && !neighbours.equals("knn")) {
        throw new IllegalArgumentException(
            "--neighbours must be bm25 or knn, got '" + neighbours + "'");
      }
      boolean knn = "knn".equals(neighbours);
      if (!knn && articleEmbedding.given()) {
        throw new IllegalArgumentException(
            "--article-embedding-model and --article-max-tokens go with --neighbours knn");
      }
      // Loaded before Solr starts, so that an unknown model name fails at once.
      Optional<Embedder> embedder = knn ? Optional.of(articleEmbedding.load()) : Optional.empty();
      // Another model's run keeps the default model's results file.
      String resultName =
          neighbours == null
              ? "mesh-index"
              : "mesh-index-neighbours-"
                  + neighbours
                  + (articleEmbedding.nonDefault().isEmpty()
                      ? ""
                      : "-" + embedder.orElseThrow().variantName());
      MeshVocabulary mesh = data.requireMesh("this benchmark");
      SolrSession session =
          neighbours != null
              ? SolrSession.open(solr, BenchCommand.BENCH_COLLECTION, System.err)
              : null;
      try {
        return score(files, mesh, embedder.map(Vectors::new), session, resultName);
      } finally {
        if (session != null) {
          session.close();
        }
      }
    }

    private Integer score(
        Map<Path, List<Path>> files,
        MeshVocabulary mesh,
        Optional<Vectors> vectors,
        SolrSession session,
        String resultName)
        throws IOException {
      SuggestedMesh enricher;
      if (session == null) {
        enricher = new SuggestedMesh(new ArticleMeshSuggester(mesh), DEPTH);
      } else {
        ArticleStore store = indexCorpora(files, mesh, vectors, session);
        enricher =
            new SuggestedMesh(
                mesh,
                new SimilarArticles(store, SimilarArticles.DEFAULT_COUNT, vectors.isPresent()),
                DEPTH);
      }
      MeshIndexScores all = new MeshIndexScores();
      Map<String, Object> figures = new LinkedHashMap<>();
      StringBuilder report =
          new StringBuilder(
              "MeSH suggestion for articles (NLM's headings hidden; title + abstract, "
                  + (session == null
                      ? "text matching only"
                      : "text matching fused with the headings of the "
                          + SimilarArticles.DEFAULT_COUNT
                          + " most similar other articles ("
                          + neighbours
                          + ")")
                  + "; micro-averaged)\n");
      int cap = limit == null ? Integer.MAX_VALUE : limit;
      long start = System.nanoTime();
      for (Map.Entry<Path, List<Path>> corpus : files.entrySet()) {
        MeshIndexScores scores = new MeshIndexScores();
        Gold gold = new Gold(mesh);
        for (Path file : corpus.getValue()) {
          if (scores.articles() >= cap) {
            break;
          }
          for (Article article : isPubmedQa(file) ? PubmedQaReader.read(file) : readXml(file)) {
            if (scores.articles() >= cap) {
              break;
            }
            Set<String> goldUis = gold.uis(article);
            if (!article.hasAbstract() || goldUis.isEmpty()) {
              continue;
            }
            EnrichedArticle hidden = new EnrichedArticle(article.withMeshHeadings(List.of()));
            vectors.ifPresent(v -> v.enrich(List.of(hidden)));
            enricher.enrich(List.of(hidden));
            scores.add(hidden.suggestedMeshUis(), goldUis);
            all.add(hidden.suggestedMeshUis(), goldUis);
          }
        }
        String name = corpus.getKey().toAbsolutePath().normalize().getFileName().toString();
        report
            .append(
                String.format(
                    Locale.ROOT,
                    "%n%s (%d gold headings not found in MeSH, left out)%n",
                    name,
                    gold.unmapped))
            .append(scores.report("  " + name));
        scores.figures(key(name) + ".").forEach((k, v) -> figures.put(k, round(v)));
        figures.put(key(name) + ".articles", scores.articles());
      }
      if (files.size() > 1) {
        report.append(String.format(Locale.ROOT, "%nall corpora%n")).append(all.report("  all"));
        all.figures("all.").forEach((k, v) -> figures.put(k, round(v)));
        figures.put("all.articles", all.articles());
      }
      report.append(String.format(Locale.ROOT, "%n%.1f s", (System.nanoTime() - start) / 1e9));
      String benchmark =
          "mesh-index"
              + (neighbours == null ? "" : " --neighbours " + neighbours)
              + articleEmbedding.nonDefault()
              + (limit == null ? "" : " --limit " + limit);
      BenchResults.publish(
          results.folder, resultName, benchmark, corpora, report.toString(), figures);
      return 0;
    }

    /**
     * Indexes every article of the corpora with its NLM headings (names mapped to UIs) as the
     * neighbours to vote.
     */
    private static ArticleStore indexCorpora(
        Map<Path, List<Path>> files,
        MeshVocabulary mesh,
        Optional<Vectors> vectors,
        SolrSession session)
        throws IOException {
      session.connection().deleteAll();
      ArticleStore store = new ArticleStore(session.connection());
      Gold gold = new Gold(mesh);
      List<SolrInputDocument> docs = new ArrayList<>();
      for (List<Path> corpus : files.values()) {
        for (Path file : corpus) {
          for (Article a : isPubmedQa(file) ? PubmedQaReader.read(file) : readXml(file)) {
            List<MeshHeading> headings =
                gold.uis(a).stream().map(ui -> new MeshHeading(ui, ui, false, List.of())).toList();
            EnrichedArticle indexed = new EnrichedArticle(a.withMeshHeadings(headings));
            vectors.ifPresent(v -> v.enrich(List.of(indexed)));
            docs.add(ArticleDocuments.toSolr(indexed));
          }
        }
      }
      store.upsert(docs);
      store.commit();
      return store;
    }

    private static List<Path> corpusFiles(Path corpus) {
      if (Files.isRegularFile(corpus)) {
        return List.of(corpus);
      }
      if (!Files.isDirectory(corpus)) {
        throw new IllegalArgumentException("no such file or folder: " + corpus);
      }
      try (Stream<Path> walk = Files.walk(corpus)) {
        return walk.filter(Files::isRegularFile)
            .filter(p -> isXml(p) || isPubmedQa(p))
            .sorted()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + corpus, e);
      }
    }

    private static boolean isXml(Path p) {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".xml") || name.endsWith(".xml.gz");
    }

    private static boolean isPubmedQa(Path p) {
      return p.getFileName().toString().equals(PUBMEDQA);
    }

    private static List<Article> readXml(Path file) throws IOException {
      List<Article> out = new ArrayList<>();
      try (PubmedXmlReader reader = PubmedXmlReader.open(file)) {
        for (PubmedRecord r = reader.next(); r != null; r = reader.next()) {
          if (r instanceof PubmedRecord.Citation c) {
            out.add(c.article());
          }
        }
      }
      return out;
    }

    private static String key(String name) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static double round(double v) {
      return Math.round(v * 10000) / 10000.0;
    }
  }

  /**
   * NLM's headings of an article as descriptor UIs; headings given by name only are looked up, and
   * counted if absent.
   */
  private static final class Gold {
    private final MeshVocabulary mesh;
    int unmapped;

    Gold(MeshVocabulary mesh) {
      this.mesh = mesh;
    }

    Set<String> uis(Article article) {
      Set<String> uis = new LinkedHashSet<>();
      for (MeshHeading h : article.meshHeadings()) {
        Optional<String> ui = h.ui() != null ? Optional.of(h.ui()) : byName(mesh, h.name());
        ui.ifPresentOrElse(uis::add, () -> unmapped++);
      }
      return uis;
    }
  }

  /** The heading whose name is {@code name}, else the only heading with that entry term. */
  private static Optional<String> byName(MeshVocabulary mesh, String name) {
    List<Descriptor> found = mesh.byTerm(name);
    String key = MeshTerms.key(name);
    return found.stream()
        .filter(d -> MeshTerms.key(d.name()).equals(key))
        .findFirst()
        .or(() -> found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty())
        .map(Descriptor::ui);
  }
}
