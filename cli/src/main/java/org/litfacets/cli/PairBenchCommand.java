package org.litfacets.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.litfacets.article.EntityType;
import org.litfacets.embedding.Embedder;
import org.litfacets.enrichment.EnrichmentSteps;
import org.litfacets.entity.EntityPair;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;
import org.litfacets.relation.GoldAbstract;
import org.litfacets.search.EntityReference;
import org.litfacets.search.EntityService;
import org.litfacets.search.Filter;
import org.litfacets.search.FilterField;
import org.litfacets.search.PairResult;
import org.litfacets.search.PairSearchRequest;
import org.litfacets.search.PairSearchService;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchResult;
import org.litfacets.search.SearchService;
import org.litfacets.search.SortOrder;
import org.litfacets.sentence.SentenceSplitter;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Pair search scored as users get it: the file's abstracts go through the indexer (the steps pair
 * search reads: sentences, entities, roles) into the benchmark's collection, and each gold related
 * pair is searched by {@link PairSearchService}, the code behind {@code /api/pairs}, and by the
 * article search with both entities as filters (plain co-mention, the code behind {@code
 * /api/search}) for comparison.
 */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description =
        "Pair search on a PubTator file with document-level relations (BioRED): indexes its abstracts into "
            + "the benchmark's own collection through the indexer (sentences, entities, roles), searches every gold "
            + "related pair as /api/pairs does, and scores the articles whose gold relations hold the pair: MRR, P@1, P@5, "
            + "and how often a related article ranks above one that only mentions both, beside plain co-mention (the "
            + "article search with both entities as filters). Pairs with an entity the recogniser never finds are counted "
            + "apart.")
final class PairBenchCommand implements Callable<Integer> {
  /**
   * The indexer's steps that pair search reads: shared sentences, their entities, their roles for
   * weights, and the relation types its facet and filter show.
   */
  private static final Set<EnrichmentSteps.Step> STEPS =
      EnumSet.of(
          EnrichmentSteps.Step.ENTITIES,
          EnrichmentSteps.Step.RELATIONS,
          EnrichmentSteps.Step.ROLES);

  @Parameters(
      index = "0",
      paramLabel = "PUBTATOR",
      description = "A PubTator file with relations, e.g. " + "../shared/data/biored/Dev.PubTator.")
  Path file;

  @Mixin SolrOptions solr;

  @Mixin DataOptions data;

  @Mixin ModelsOption modelsFolder;

  @Option(
      names = "--dictionary-only",
      description = "Entities from dictionaries and patterns only, without the CRF " + "models.")
  boolean dictionaryOnly;

  @Mixin ResultsOption results;

  @Override
  public Integer call() throws IOException {
    AnalyzerBenchCommands.requireFile(file, "PubTator file");
    List<PubtatorDocument> documents = PubtatorReader.read(file);
    SentenceSplitter splitter = new SentenceSplitter();
    List<GoldAbstract> gold = documents.stream().map(d -> GoldAbstract.of(d, splitter)).toList();
    Optional<MeshVocabulary> mesh = data.loadMesh(System.err);
    if (mesh.isEmpty() && !dictionaryOnly) {
      throw new IllegalArgumentException(
          "bench pairs needs the MeSH vocabulary for the CRF models (or "
              + "--dictionary-only): put the MeSH tables in "
              + data.sharedData.resolve("mesh")
              + ", or run 'litfacets fetch mesh'");
    }
    try (SolrSession session =
        SolrSession.open(solr, BenchCommand.benchCollection(solr), System.err)) {
      session.connection().deleteAll();
      ArticleStore store = new ArticleStore(session.connection());
      // Neither step embeds text: the embedder is never loaded.
      Pipeline pipeline =
          EnrichmentSteps.pipeline(
              STEPS,
              new EnrichmentSteps.Resources(
                  data.sharedData,
                  modelsFolder.models,
                  mesh,
                  store,
                  Embedder::withDefaultModel,
                  Embedder::withDefaultModel,
                  dictionaryOnly),
              System.err::println);
      Path xml = Files.createTempFile("litfacets-bench-pairs", ".xml");
      IndexCounters counters;
      long start = System.nanoTime();
      try {
        writePubmedXml(documents, xml);
        counters =
            new Indexer(store, pipeline, IndexOptions.DEFAULTS, IndexProgress.NONE)
                .index(List.of(xml));
      } finally {
        Files.deleteIfExists(xml);
      }
      double indexSeconds = (System.nanoTime() - start) / 1e9;
      EntityService entities = new EntityService(session.connection());
      Scored scored =
          score(
              gold,
              entities,
              new PairSearchService(session.connection(), entities),
              new SearchService(session.connection(), Optional.empty()));
      Map<String, Object> figures = figures(documents.size(), counters, scored);
      String report = report(figures, scored, pipeline, indexSeconds);
      BenchResults.publish(
          results.folder,
          AnalyzerBenchCommands.resultName("pairs" + (dictionaryOnly ? "-dictionary" : ""), file),
          dictionaryOnly ? "pairs --dictionary-only" : "pairs",
          List.of(file),
          report,
          figures);
    }
    return 0;
  }

  /**
   * The file's abstracts as PubMed XML, for the indexer's one reader: PMID, title and the abstract
   * as one part, so that the indexed text is the file's title, a space and its abstract.
   */
  static void writePubmedXml(List<PubtatorDocument> documents, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n");
      for (PubtatorDocument d : documents) {
        w.write(
            "<PubmedArticle><MedlineCitation><PMID>"
                + escape(d.pmid())
                + "</PMID><Article><ArticleTitle>"
                + escape(d.title())
                + "</ArticleTitle><Abstract><AbstractText>"
                + escape(d.abstractText())
                + "</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n");
      }
      w.write("</PubmedArticleSet>\n");
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * The scores of the pairs searched, those of the same articles as the article search lists them
   * when both entities are its filters (plain co-mention, newest first), and the gold pairs and
   * entities the index does not know.
   */
  record Scored(
      PairScores scores,
      PairScores cooccurrence,
      int pairs,
      int unfoundPairs,
      Map<EntityType, int[]> entities) {}

  /**
   * Searches every distinct gold related pair of the file. An entity is known when the index
   * resolves its identifier (gold identifiers brought to ours by {@link
   * org.litfacets.entity.EntityIds} when the file is read), as {@code /api/pairs} resolves it; a
   * pair with an unknown entity is a query the API refuses, counted apart.
   */
  static Scored score(
      List<GoldAbstract> gold,
      EntityService entities,
      PairSearchService pairs,
      SearchService articles) {
    Map<EntityPair, Set<String>> related = new LinkedHashMap<>();
    Map<String, Set<String>> mentioned = new HashMap<>();
    for (GoldAbstract g : gold) {
      g.relations().keySet().stream()
          .filter(p -> !(p.type1() == p.type2() && p.id1().equals(p.id2())))
          .forEach(p -> related.computeIfAbsent(p, k -> new HashSet<>()).add(g.pmid()));
      Set<String> inAbstract = new HashSet<>();
      g.mentions().forEach(m -> inAbstract.add(key(m.type(), m.id())));
      mentioned.put(g.pmid(), inAbstract);
    }
    Map<String, Boolean> known = new HashMap<>();
    // Per type: gold entities of related pairs, and those the index does not know.
    Map<EntityType, int[]> entityCounts = new TreeMap<>();
    PairScores scores = new PairScores();
    PairScores cooccurrence = new PairScores();
    int unfound = 0;
    for (Map.Entry<EntityPair, Set<String>> e : related.entrySet()) {
      EntityPair p = e.getKey();
      boolean first =
          known.computeIfAbsent(
              key(p.type1(), p.id1()), k -> knows(entities, p.type1(), p.id1(), entityCounts));
      boolean second =
          known.computeIfAbsent(
              key(p.type2(), p.id2()), k -> knows(entities, p.type2(), p.id2(), entityCounts));
      if (!first || !second) {
        unfound++;
        continue;
      }
      Set<String> mentionOnly = new HashSet<>();
      mentioned.forEach(
          (pmid, keys) -> {
            if (!e.getValue().contains(pmid)
                && keys.contains(key(p.type1(), p.id1()))
                && keys.contains(key(p.type2(), p.id2()))) {
              mentionOnly.add(pmid);
            }
          });
      scores.add(ranked(pairs, p), e.getValue(), mentionOnly);
      cooccurrence.add(ranked(articles, p), e.getValue(), mentionOnly);
    }
    return new Scored(scores, cooccurrence, related.size(), unfound, entityCounts);
  }

  private static boolean knows(
      EntityService entities, EntityType type, String id, Map<EntityType, int[]> counts) {
    int[] count = counts.computeIfAbsent(type, t -> new int[2]);
    count[0]++;
    try {
      entities.resolve(new EntityReference(type, id, true));
      return true;
    } catch (IllegalArgumentException unknown) {
      count[1]++;
      return false;
    }
  }

  /**
   * Every article the pair search returns, best first, page by page as a client would read them.
   */
  private static List<String> ranked(PairSearchService pairs, EntityPair p) {
    List<String> pmids = new ArrayList<>();
    for (int page = 1; page <= SearchRequest.MAX_PAGE; page++) {
      PairResult result =
          pairs.search(
              new PairSearchRequest(
                  new EntityReference(p.type1(), p.id1(), true),
                  new EntityReference(p.type2(), p.id2(), true),
                  null,
                  List.of(),
                  page,
                  SearchRequest.MAX_SIZE));
      result.hits().forEach(h -> pmids.add(h.pmid()));
      if (pmids.size() >= result.total() || result.hits().isEmpty()) {
        break;
      }
    }
    return pmids;
  }

  /**
   * Every article the article search returns with both entities as filters, as a client would read
   * them.
   */
  private static List<String> ranked(SearchService articles, EntityPair p) {
    List<Filter> filters =
        List.of(
            new Filter(FilterField.byApiName(p.type1().key()).orElseThrow(), p.id1()),
            new Filter(FilterField.byApiName(p.type2().key()).orElseThrow(), p.id2()));
    List<String> pmids = new ArrayList<>();
    for (int page = 1; page <= SearchRequest.MAX_PAGE; page++) {
      SearchResult result =
          articles.search(
              new SearchRequest("", filters, page, SearchRequest.MAX_SIZE, SortOrder.RELEVANCE));
      result.hits().forEach(h -> pmids.add(h.pmid()));
      if (pmids.size() >= result.total() || result.hits().isEmpty()) {
        break;
      }
    }
    return pmids;
  }

  private static String key(EntityType type, String id) {
    return type.key() + ":" + id;
  }

  private static Map<String, Object> figures(int documents, IndexCounters counters, Scored s) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("abstracts", documents);
    f.put("indexed", counters.indexed());
    f.put("pairs", s.pairs());
    f.put("pairs.searched", s.scores().queries());
    f.put("pairs.unfound", s.unfoundPairs());
    f.put("mrr", round(s.scores().mrr()));
    f.put("p@1", round(s.scores().precisionAt1()));
    f.put("p@5", round(s.scores().precisionAt5()));
    f.put("p@5.best", round(s.scores().bestPrecisionAt5()));
    f.put("related_found", round(s.scores().relatedFound()));
    // Over every gold pair, those the API refuses scoring 0: what a user with the gold pairs in
    // hand would get.
    f.put(
        "mrr.all_pairs",
        round(s.pairs() == 0 ? 0 : s.scores().mrr() * s.scores().queries() / s.pairs()));
    f.put("mention_only.queries", s.scores().contests());
    f.put("mention_only.related_first", round(s.scores().relatedFirst()));
    f.put("cooccurrence.mrr", round(s.cooccurrence().mrr()));
    f.put("cooccurrence.p@1", round(s.cooccurrence().precisionAt1()));
    f.put("cooccurrence.mention_only.queries", s.cooccurrence().contests());
    f.put("cooccurrence.mention_only.related_first", round(s.cooccurrence().relatedFirst()));
    s.entities()
        .forEach(
            (type, count) -> {
              f.put("entities." + type.key(), count[0]);
              f.put("entities." + type.key() + ".unfound", count[1]);
            });
    return f;
  }

  private String report(Map<String, Object> f, Scored s, Pipeline pipeline, double indexSeconds) {
    StringBuilder r = new StringBuilder();
    r.append(String.format(Locale.ROOT, "bench pairs: %s%n", file.getFileName()));
    r.append(
        String.format(
            Locale.ROOT,
            "  indexed %s of %s abstracts in %.1f s (%s; %s); pair search ranks by shared "
                + "sentences and their roles, the relations only filter and count%n",
            f.get("indexed"),
            f.get("abstracts"),
            indexSeconds,
            pipeline,
            dictionaryOnly ? "dictionaries" : "dictionaries + CRF"));
    r.append(
        String.format(
            Locale.ROOT,
            "  gold related pairs %d: searched %d, with an entity the index never found %d "
                + "(refused as /api/pairs refuses them)%n",
            s.pairs(),
            s.scores().queries(),
            s.unfoundPairs()));
    StringBuilder types = new StringBuilder();
    s.entities()
        .forEach(
            (type, count) ->
                types.append(
                    String.format(Locale.ROOT, " %s %d/%d", type.key(), count[1], count[0])));
    r.append("  gold entities never found, by type (unfound/all):").append(types).append('\n');
    r.append(
        String.format(
            Locale.ROOT,
            "  searched pairs: MRR %.4f  P@1 %.4f  P@5 %.4f (%.4f at best: few pairs are "
                + "related in 5 articles)  related articles found %.4f%n",
            s.scores().mrr(),
            s.scores().precisionAt1(),
            s.scores().precisionAt5(),
            s.scores().bestPrecisionAt5(),
            s.scores().relatedFound()));
    r.append(
        String.format(
            Locale.ROOT, "  all gold pairs (refused ones 0): MRR %.4f%n", f.get("mrr.all_pairs")));
    r.append(
        String.format(
            Locale.ROOT,
            "  related vs mention-only: in %d searches returning both a related article "
                + "and one that only mentions the pair, a related one ranks first in %.4f%n",
            s.scores().contests(),
            s.scores().relatedFirst()));
    r.append(
        String.format(
            Locale.ROOT,
            "  plain co-mention (article search, both entities as filters, newest first): "
                + "MRR %.4f  P@1 %.4f  related first in %.4f of %d",
            s.cooccurrence().mrr(),
            s.cooccurrence().precisionAt1(),
            s.cooccurrence().relatedFirst(),
            s.cooccurrence().contests()));
    return r.toString();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
