package org.litfacets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.litfacets.embedding.Embedder;
import org.litfacets.enrichment.EnrichmentSteps;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.search.QueryEmbedder;
import org.litfacets.search.QueryKind;
import org.litfacets.search.Ranking;
import org.litfacets.search.SearchMode;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchResult;
import org.litfacets.search.SearchService;
import org.litfacets.search.SortOrder;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Article search scored on a BEIR test collection as users get it: the corpus goes through the
 * indexer (with vectors) into the benchmark's collection, and every query of the split is searched
 * by {@link SearchService}, the code behind {@code /api/search}, as free text in each mode.
 */
@Command(
    name = "retrieval",
    mixinStandardHelpOptions = true,
    description =
        "Article search on a BEIR folder (corpus.jsonl[.gz], queries[.SPLIT].jsonl, qrels.SPLIT.tsv or "
            + "qrels/SPLIT.tsv): indexes the corpus with vectors into the benchmark's own collection through the "
            + "indexer, searches every query of the split as /api/search does (free text, first 100 hits) in "
            + "lexical (Best Match BM25), semantic and hybrid mode, and prints nDCG@10, recall@100 and p95 query "
            + "time of each.")
final class RetrievalBenchCommand implements Callable<Integer> {
  private static final int DEPTH = SearchRequest.MAX_SIZE;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "A BEIR folder.")
  Path folder;

  @Option(
      names = "--split",
      description = "test, train or dev. Default: the folder's only split, else test.")
  String split;

  @Mixin SolrOptions solr;

  @Mixin ModelsOption modelsFolder;

  @Mixin ArticleEmbeddingOption articleEmbedding;

  @Option(
      names = "--title-boost",
      description = "Weight of a title word against an abstract word in Best Match. Default: 1.0.")
  double titleBoost = Ranking.DEFAULT.titleBoost();

  @Option(
      names = "--lexical-weight",
      description =
          "Weight of BM25 (divided by the best) in hybrid search's mix with cosine similarity, the "
              + "rest going to the cosine. Default: the one chosen for the article model, as serve "
              + "uses it (0.3 for all-minilm-l6-v2-q, 0.05 for bge-small-en-v15-q, 0.035 for "
              + "e5-small-v2-q).")
  Double lexicalWeight;

  @Option(
      names = "--knn-depth",
      description =
          "Nearest articles that semantic and hybrid searches consider, and the depth of the lexical list "
              + "hybrid search fuses with them. Default: 100.")
  int knnDepth = Ranking.DEFAULT.knnDepth();

  @Option(
      names = "--queries",
      description =
          "Score only the first N queries of the split (by id), for quick runs on a busy machine. Default: all.")
  int maxQueries = Integer.MAX_VALUE;

  @Option(
      names = "--tune",
      split = ",",
      paramLabel = "WEIGHT",
      description =
          "Also search every query in hybrid mode with these other lexical weights, e.g. 0.2,0.4 (for "
              + "tuning on a training split, not checked against the regression file).")
  List<Double> tune = new ArrayList<>();

  @Option(
      names = "--halves",
      description =
          "Also score the queries with even and with odd numeric ids apart, so that a setting can be "
              + "chosen on one half (e.g. with --tune on the even ids) and reported on the other.")
  boolean halves;

  @Mixin ResultsOption results;

  /** A BEIR document. */
  record Doc(String id, String title, String text) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + " is not a folder");
    }
    String chosenSplit = split == null ? onlySplit() : split;
    List<Doc> corpus = readCorpus(file("corpus.jsonl.gz", "corpus.jsonl"));
    Map<String, String> queries =
        readQueries(file("queries." + chosenSplit + ".jsonl", "queries.jsonl"));
    Map<String, Map<String, Integer>> qrels =
        readQrels(file("qrels." + chosenSplit + ".tsv", "qrels/" + chosenSplit + ".tsv"));
    Embedder embedder = articleEmbedding.load();
    Ranking ranking =
        new Ranking(
            titleBoost,
            lexicalWeight != null
                ? lexicalWeight
                : Ranking.forModel(embedder.modelName()).lexicalWeight(),
            knnDepth);
    try (SolrSession session =
        SolrSession.open(solr, BenchCommand.benchCollection(solr), System.err)) {
      session.connection().deleteAll();
      ArticleStore store = new ArticleStore(session.connection());
      // Article vectors are cached per model between runs; query vectors are not, so that query
      // times include embedding the query as the server does.
      Embedder cached = embedder.cachedIn(modelsFolder.models.resolve("bench-retrieval"));
      Pipeline pipeline =
          EnrichmentSteps.pipeline(
              EnumSet.of(EnrichmentSteps.Step.VECTORS),
              new EnrichmentSteps.Resources(
                  folder,
                  modelsFolder.models,
                  Optional.empty(),
                  store,
                  Embedder::withDefaultModel, // no sentence is embedded
                  () -> cached,
                  false),
              System.err::println);
      Map<String, String> idOfPmid = new HashMap<>();
      Path xml = Files.createTempFile("litfacets-bench-retrieval", ".xml");
      IndexCounters counters;
      long start = System.nanoTime();
      try {
        writePubmedXml(corpus, xml, idOfPmid);
        counters =
            new Indexer(
                    store,
                    pipeline,
                    new IndexOptions(500, true),
                    new ConsoleIndexProgress(System.err))
                .index(List.of(xml));
      } finally {
        Files.deleteIfExists(xml);
      }
      double indexSeconds = (System.nanoTime() - start) / 1e9;
      SearchService search =
          new SearchService(
              session.connection(),
              Optional.empty(),
              Optional.of(new QueryEmbedder(embedder.modelName(), embedder::embedQueries)),
              ranking);
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("documents", corpus.size());
      figures.put("indexed", counters.indexed());
      List<String> evaluated =
          queries.keySet().stream().filter(qrels::containsKey).sorted().limit(maxQueries).toList();
      figures.put("queries", evaluated.size());
      Map<SearchMode, Map<String, List<String>>> runs = new LinkedHashMap<>();
      StringBuilder table = new StringBuilder();
      for (SearchMode mode : List.of(SearchMode.LEXICAL, SearchMode.SEMANTIC, SearchMode.HYBRID)) {
        List<Double> millis = new ArrayList<>();
        runs.put(mode, run(search, mode, queries, evaluated, idOfPmid, millis));
        score(mode.apiName(), runs.get(mode), qrels, millis, figures, table, halves);
      }
      if (!tune.isEmpty()) {
        table.append("  tuning (hybrid search with other lexical weights):\n");
        for (double weight : tune) {
          SearchService other =
              new SearchService(
                  session.connection(),
                  Optional.empty(),
                  Optional.of(new QueryEmbedder(embedder.modelName(), embedder::embedQueries)),
                  ranking.withLexicalWeight(weight));
          score(
              String.format(Locale.ROOT, "  hybrid %.2f", weight),
              run(other, SearchMode.HYBRID, queries, evaluated, idOfPmid, new ArrayList<>()),
              qrels,
              List.of(),
              new LinkedHashMap<>(),
              table,
              halves);
        }
      }
      String report =
          String.format(
                  Locale.ROOT,
                  "bench retrieval: %s, split %s, %d queries with judgements; %s of %d documents indexed in %.1f s "
                      + "(%s, %s reading %d tokens)%n  ranking: title boost %.2f; hybrid: lexical weight %.2f × BM25 / best BM25 + "
                      + "the rest × cosine, KNN depth %d; every query as free text (Best Match), first %d hits%n",
                  folder.getFileName(),
                  chosenSplit,
                  evaluated.size(),
                  counters.indexed(),
                  corpus.size(),
                  indexSeconds,
                  pipeline,
                  embedder.modelName(),
                  embedder.maxTokens(),
                  ranking.titleBoost(),
                  ranking.lexicalWeight(),
                  ranking.knnDepth(),
                  DEPTH)
              + table;
      BenchResults.publish(
          results.folder,
          "retrieval-"
              + AnalyzerBenchCommands.resultName("", folder).substring(1)
              + "-"
              + chosenSplit
              + (maxQueries != Integer.MAX_VALUE ? "-first-" + maxQueries : "")
              + "-"
              + embedder.variantName(),
          benchmarkName(chosenSplit),
          List.of(folder),
          report.stripTrailing(),
          figures);
    }
    return 0;
  }

  /** The first {@value #DEPTH} hits of every query, searched as free text in {@code mode}. */
  private static Map<String, List<String>> run(
      SearchService search,
      SearchMode mode,
      Map<String, String> queries,
      List<String> evaluated,
      Map<String, String> idOfPmid,
      List<Double> millis) {
    Map<String, List<String>> run = new LinkedHashMap<>();
    for (String qid : evaluated) {
      long t = System.nanoTime();
      SearchResult r =
          search.search(
              new SearchRequest(
                  queries.get(qid),
                  List.of(),
                  1,
                  DEPTH,
                  SortOrder.RELEVANCE,
                  mode,
                  QueryKind.TEXT));
      millis.add((System.nanoTime() - t) / 1e6);
      run.put(qid, r.hits().stream().map(h -> idOfPmid.get(h.pmid())).toList());
    }
    return run;
  }

  /** The run's name in regression.tsv: the split and any option that changes the figures. */
  private String benchmarkName(String chosenSplit) {
    StringBuilder name = new StringBuilder("retrieval --split " + chosenSplit);
    name.append(articleEmbedding.nonDefault());
    if (maxQueries != Integer.MAX_VALUE) {
      name.append(" --queries ").append(maxQueries);
    }
    return name.toString();
  }

  private static void score(
      String name,
      Map<String, List<String>> run,
      Map<String, Map<String, Integer>> qrels,
      List<Double> millis,
      Map<String, Object> figures,
      StringBuilder table,
      boolean halves) {
    double[] all = meanFigures(run, qrels, qid -> true);
    figures.put(name + ".ndcg@10", round(all[0]));
    figures.put(name + ".recall@100", round(all[1]));
    String time = "";
    if (!millis.isEmpty()) {
      double p95 = RetrievalMetrics.p95(millis);
      figures.put(name + ".p95_ms", Math.round(p95 * 10) / 10.0);
      time = String.format(Locale.ROOT, "  p95 %.1f ms", p95);
    }
    String byHalf = "";
    if (halves) {
      double[] even = meanFigures(run, qrels, qid -> parity(qid) == 0);
      double[] odd = meanFigures(run, qrels, qid -> parity(qid) == 1);
      byHalf =
          String.format(
              Locale.ROOT,
              "  even ids %.4f / %.4f  odd ids %.4f / %.4f",
              even[0],
              even[1],
              odd[0],
              odd[1]);
    }
    table.append(
        String.format(
            Locale.ROOT,
            "  %-17s nDCG@10 %.4f  recall@100 %.4f%s%s%n",
            name,
            all[0],
            all[1],
            time,
            byHalf));
  }

  /** Mean nDCG@10 and recall@{@value #DEPTH} over the queries of the run that {@code in} keeps. */
  static double[] meanFigures(
      Map<String, List<String>> run,
      Map<String, Map<String, Integer>> qrels,
      Predicate<String> in) {
    double ndcg = 0;
    double recall = 0;
    int n = 0;
    for (Map.Entry<String, List<String>> e : run.entrySet()) {
      if (in.test(e.getKey())) {
        ndcg += RetrievalMetrics.ndcg(e.getValue(), qrels.get(e.getKey()), 10);
        recall += RetrievalMetrics.recall(e.getValue(), qrels.get(e.getKey()), DEPTH);
        n++;
      }
    }
    return new double[] {ndcg / Math.max(1, n), recall / Math.max(1, n)};
  }

  static long parity(String queryId) {
    try {
      return Long.parseLong(queryId) % 2;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--halves needs numeric query ids, and query '" + queryId + "' has none", e);
    }
  }

  private String onlySplit() throws IOException {
    List<String> splits = new ArrayList<>();
    try (var files = Files.list(folder)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("qrels\\.[a-z]+\\.tsv"))
          .forEach(n -> splits.add(n.split("\\.")[1]));
    }
    Path sub = folder.resolve("qrels");
    if (Files.isDirectory(sub)) {
      try (var files = Files.list(sub)) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".tsv"))
            .forEach(n -> splits.add(n.substring(0, n.length() - 4)));
      }
    }
    return splits.size() == 1 ? splits.get(0) : "test";
  }

  private Path file(String... names) {
    for (String n : names) {
      if (Files.isRegularFile(folder.resolve(n))) {
        return folder.resolve(n);
      }
    }
    throw new IllegalArgumentException(
        folder
            + " has none of "
            + String.join(", ", names)
            + " (BEIR's layout; --split picks a split)");
  }

  static List<Doc> readCorpus(Path file) throws IOException {
    List<Doc> docs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode d = json.readTree(line);
          docs.add(
              new Doc(
                  d.get("_id").asText(), d.path("title").asText(""), d.path("text").asText("")));
        }
      }
    }
    return docs;
  }

  static Map<String, String> readQueries(Path file) throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        JsonNode q = json.readTree(line);
        queries.put(q.get("_id").asText(), q.get("text").asText());
      }
    }
    return queries;
  }

  /** query id → document id → judgement; a header line ("query-id ...") is skipped. */
  static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[0].equals("query-id")) {
        continue;
      }
      qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].trim()));
    }
    return qrels;
  }

  /**
   * The corpus as PubMed XML, for the indexer's one reader, numbered as PMIDs 1, 2, ... (BEIR ids
   * need not be numbers); {@code idOfPmid} keeps the way back.
   */
  private static void writePubmedXml(List<Doc> docs, Path out, Map<String, String> idOfPmid)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n");
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        String pmid = Integer.toString(i + 1);
        idOfPmid.put(pmid, d.id());
        w.write(
            "<PubmedArticle><MedlineCitation><PMID>"
                + pmid
                + "</PMID><Article><ArticleTitle>"
                + escape(d.title())
                + "</ArticleTitle><Abstract><AbstractText>"
                + escape(d.text())
                + "</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n");
      }
      w.write("</PubmedArticleSet>\n");
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
