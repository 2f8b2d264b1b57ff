package org.litfacets.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.OvidPrinter;
import org.litfacets.query.PubMedPrinter;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrRequestRejectedException;

/**
 * The Boolean search builder's server side: a search history (numbered lines that may refer to
 * earlier ones) read line by line, translated, counted, searched and checked against known relevant
 * articles. Also the home of the one request that is not an article search: the index terms a
 * truncated word expands to (Solr's terms component).
 */
public final class BooleanService {
  /** How many of the index terms a truncated word expands to are shown. */
  public static final int SHOWN_EXPANSIONS = 20;

  /** How many terms per field are counted; "more" is a lower bound for words matching more. */
  private static final int COUNTED_EXPANSIONS = 1000;

  private static final int MAX_SEEDS = 10_000;

  private final SolrConnection solr;
  private final SearchService search;
  private final QueryReader reader;
  private final BooleanQueries translator;

  public BooleanService(SolrConnection solr, SearchService search, Optional<MeshVocabulary> mesh) {
    this.solr = solr;
    this.search = search;
    this.reader = new QueryReader(mesh, Optional.of(new EntityService(solr)));
    this.translator = new BooleanQueries(mesh);
  }

  /**
   * One line translated, or why it cannot be searched (then its forms and details are null).
   *
   * @param pubmed the line in PubMed syntax, headings under their current names, references kept
   * @param ovid the same in Ovid syntax
   */
  public record TranslatedLine(
      int number,
      String text,
      String pubmed,
      String ovid,
      SearchDetails details,
      QueryError error) {}

  /**
   * @param count null when the line has an error
   * @param partialResults Solr ran out of its time allowance: the count may be too low
   */
  public record CountedLine(int number, Long count, boolean partialResults, QueryError error) {}

  /** The known relevant articles (seeds) a line finds and misses, among those in the index. */
  public record SeedLine(int number, List<String> found, List<String> missed, QueryError error) {}

  public record SeedCheck(List<String> inIndex, List<String> notInIndex, List<SeedLine> lines) {}

  /**
   * A page of one line's results, as {@code GET /api/search} gives them, and the line's search in
   * PubMed syntax.
   */
  public record LineSearch(SearchResult result, String query) {}

  public List<TranslatedLine> translate(List<String> history) {
    List<TranslatedLine> out = new ArrayList<>();
    for (QueryReader.Line line : reader.history(history)) {
      if (!line.ok()) {
        out.add(new TranslatedLine(line.number(), line.text(), null, null, null, line.error()));
        continue;
      }
      try {
        BooleanQueries.Translation t =
            translator.translate(line.expanded(), BooleanQueries.Target.ARTICLES);
        List<SearchDetails.Truncation> truncations =
            t.truncated().stream().map(this::expand).toList();
        SearchDetails d = t.details();
        out.add(
            new TranslatedLine(
                line.number(),
                line.text(),
                PubMedPrinter.print(line.written()),
                OvidPrinter.print(line.written()),
                d.withTruncations(truncations),
                null));
      } catch (IllegalArgumentException e) {
        out.add(
            new TranslatedLine(
                line.number(), line.text(), null, null, null, untranslatable(line, e)));
      }
    }
    return out;
  }

  public List<CountedLine> count(List<String> history) {
    List<CountedLine> out = new ArrayList<>();
    for (QueryReader.Line line : reader.history(history)) {
      if (!line.ok()) {
        out.add(new CountedLine(line.number(), null, false, line.error()));
        continue;
      }
      try {
        SearchService.Count count = search.count(line.expanded());
        out.add(new CountedLine(line.number(), count.articles(), count.partialResults(), null));
      } catch (IllegalArgumentException e) {
        out.add(new CountedLine(line.number(), null, false, untranslatable(line, e)));
      } catch (SolrRequestRejectedException e) {
        out.add(new CountedLine(line.number(), null, false, refused(line, e)));
      }
    }
    return out;
  }

  /**
   * @param lineNumber the line to search, 1-based; null for the last
   * @param paging page, size, sort and facet filters (its query text is ignored)
   * @throws QueryException when that line cannot be searched
   */
  public LineSearch search(List<String> history, Integer lineNumber, SearchRequest paging) {
    List<QueryReader.Line> lines = reader.history(history);
    int n = lineNumber == null ? lines.size() : lineNumber;
    if (n < 1 || n > lines.size()) {
      throw new IllegalArgumentException(
          "line must be between 1 and " + lines.size() + ", got " + n);
    }
    QueryReader.Line line = lines.get(n - 1);
    if (!line.ok()) {
      throw new QueryException(line.error());
    }
    String query = PubMedPrinter.print(line.expanded());
    SearchRequest request =
        new SearchRequest(query, paging.filters(), paging.page(), paging.size(), paging.sort());
    try {
      return new LineSearch(search.search(request, line.expanded()), query);
    } catch (IllegalArgumentException e) {
      throw new QueryException(untranslatable(line, e));
    }
  }

  /** Which seeds each line finds: one request per line, filtered to the seeds in the index. */
  public SeedCheck seeds(List<String> history, List<String> pmids) {
    if (pmids.size() > MAX_SEEDS) {
      throw new IllegalArgumentException(
          "at most " + MAX_SEEDS + " PMIDs can be checked, got " + pmids.size());
    }
    List<String> seeds =
        new ArrayList<>(new LinkedHashSet<>(pmids.stream().map(String::strip).toList()));
    Set<String> indexed = search.indexed(seeds);
    List<String> inIndex = seeds.stream().filter(indexed::contains).toList();
    List<String> notInIndex = seeds.stream().filter(p -> !indexed.contains(p)).toList();
    List<SeedLine> out = new ArrayList<>();
    for (QueryReader.Line line : reader.history(history)) {
      if (!line.ok()) {
        out.add(new SeedLine(line.number(), List.of(), List.of(), line.error()));
        continue;
      }
      try {
        Set<String> found = search.found(line.expanded(), inIndex);
        out.add(
            new SeedLine(
                line.number(),
                inIndex.stream().filter(found::contains).toList(),
                inIndex.stream().filter(p -> !found.contains(p)).toList(),
                null));
      } catch (IllegalArgumentException e) {
        out.add(new SeedLine(line.number(), List.of(), List.of(), untranslatable(line, e)));
      } catch (SolrRequestRejectedException e) {
        out.add(new SeedLine(line.number(), List.of(), List.of(), refused(line, e)));
      }
    }
    return new SeedCheck(inIndex, notInIndex, out);
  }

  /**
   * A line that reads well but cannot be searched here (too many clauses, a proximity search across
   * fields...).
   */
  private static QueryError untranslatable(QueryReader.Line line, IllegalArgumentException e) {
    return new QueryError(line.number(), 1, e.getMessage(), List.of());
  }

  /**
   * A line Solr would not run (a truncation in a phrase matching too many terms): that line's
   * error, so that the other lines still count. Failures that are not the query's pass on.
   */
  private static QueryError refused(QueryReader.Line line, SolrRequestRejectedException e) {
    if (!e.isBadRequest() && !e.isTooManyClauses()) {
      throw e;
    }
    return new QueryError(line.number(), 1, "Solr cannot run this line: " + e.reason(), List.of());
  }

  /** The most frequent index terms a truncated word matches, over the fields it is searched in. */
  private SearchDetails.Truncation expand(BooleanQueries.Truncated word) {
    SolrQuery q = new SolrQuery().setRequestHandler("/terms");
    q.set("terms.fl", word.fields().toArray(String[]::new));
    q.set("terms.prefix", word.prefix());
    q.set("terms.regex", word.regex());
    q.set("terms.limit", COUNTED_EXPANSIONS);
    q.set("terms.sort", "count");
    TermsResponse terms = solr.query("expand " + word.term(), q).getTermsResponse();
    Map<String, Long> counts = new HashMap<>();
    for (String field : word.fields()) {
      List<TermsResponse.Term> list = terms == null ? null : terms.getTerms(field);
      if (list != null) {
        list.forEach(t -> counts.merge(t.getTerm(), t.getFrequency(), Long::sum));
      }
    }
    List<String> byFrequency =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    int shown = Math.min(SHOWN_EXPANSIONS, byFrequency.size());
    return new SearchDetails.Truncation(
        word.term(), byFrequency.subList(0, shown), byFrequency.size() - shown);
  }
}
