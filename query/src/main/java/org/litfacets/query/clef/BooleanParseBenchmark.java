package org.litfacets.query.clef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.History;
import org.litfacets.query.MeshResolver;
import org.litfacets.query.Query;
import org.litfacets.query.QuerySyntaxException;
import org.litfacets.query.clef.ClefBooleanQueries.ClefQuery;

/**
 * How much of the CLEF TAR expert queries the query language reads: how many parse, how many have
 * every MeSH heading found in the vocabulary, and why each of the others fails. Topics recur across
 * the collection's years and tasks, so the figures are given per topic file and per distinct query
 * text.
 */
public final class BooleanParseBenchmark {
  /**
   * @param line the line of the query block (1-based) the failure is on
   */
  public record Failure(String topic, List<String> sets, int line, String reason) {}

  public record Report(
      Path folder,
      int queries,
      int parsed,
      int resolved,
      int distinct,
      int distinctParsed,
      int distinctResolved,
      int headings,
      List<Failure> failures) {
    public String text() {
      StringBuilder sb = new StringBuilder();
      sb.append("CLEF TAR Boolean queries under ").append(folder).append('\n');
      sb.append(
          String.format(
              Locale.ROOT,
              "topic files with a query: %d (%d distinct queries)%n",
              queries,
              distinct));
      sb.append(
          String.format(
              Locale.ROOT,
              "parse:                       %d / %d (%s)   distinct %d / %d%n",
              parsed,
              queries,
              percent(parsed, queries),
              distinctParsed,
              distinct));
      sb.append(
          String.format(
              Locale.ROOT,
              "every MeSH heading resolved: %d / %d (%s)   distinct %d / %d%n",
              resolved,
              queries,
              percent(resolved, queries),
              distinctResolved,
              distinct));
      sb.append(String.format(Locale.ROOT, "MeSH headings in the parsed queries: %d%n", headings));
      sb.append("failures (topic, line of the query block: reason [files]):\n");
      for (Failure f : failures) {
        sb.append("  ")
            .append(f.topic())
            .append(" line ")
            .append(f.line())
            .append(": ")
            .append(f.reason())
            .append(" [")
            .append(String.join(", ", f.sets()))
            .append("]\n");
      }
      return sb.toString().stripTrailing();
    }

    private static String percent(int part, int whole) {
      return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
  }

  private BooleanParseBenchmark() {}

  public static Report run(Path folder, MeshVocabulary vocabulary) throws IOException {
    List<ClefQuery> queries = ClefBooleanQueries.find(folder);
    MeshResolver resolver = new MeshResolver(vocabulary);
    Map<String, List<Failure>> failuresByText = new LinkedHashMap<>();
    Map<String, Integer> headingsByText = new LinkedHashMap<>();
    int parsed = 0;
    int resolved = 0;
    Set<String> distinctParsed = new HashSet<>();
    Set<String> distinctResolved = new HashSet<>();
    Map<String, Failure> merged = new LinkedHashMap<>();
    for (ClefQuery q : queries) {
      List<Failure> failures =
          failuresByText.computeIfAbsent(
              q.text(), text -> check(q, text, resolver, headingsByText));
      boolean parses = failures.stream().noneMatch(f -> f.reason().startsWith("syntax"));
      if (parses) {
        parsed++;
        distinctParsed.add(q.text());
      }
      if (failures.isEmpty()) {
        resolved++;
        distinctResolved.add(q.text());
      }
      for (Failure f : failures) {
        String key = q.topic() + "\n" + f.line() + "\n" + f.reason();
        Failure seen = merged.get(key);
        List<String> sets = new ArrayList<>(seen == null ? List.of() : seen.sets());
        sets.add(q.set());
        merged.put(key, new Failure(q.topic(), List.copyOf(sets), f.line(), f.reason()));
      }
    }
    int headings = headingsByText.values().stream().mapToInt(Integer::intValue).sum();
    return new Report(
        folder,
        queries.size(),
        parsed,
        resolved,
        failuresByText.size(),
        distinctParsed.size(),
        distinctResolved.size(),
        headings,
        List.copyOf(merged.values()));
  }

  private static List<Failure> check(
      ClefQuery q, String text, MeshResolver resolver, Map<String, Integer> headingsByText) {
    History history;
    try {
      history = History.parse(text);
    } catch (QuerySyntaxException e) {
      return List.of(
          new Failure(
              q.topic(), List.of(), e.line(), "syntax: column " + e.column() + ": " + e.problem()));
    }
    List<Failure> failures = new ArrayList<>();
    int headings = 0;
    for (History.Line line : history.lines()) {
      headings += countHeadings(line.query());
      if (resolver.resolve(line.query()) instanceof MeshResolver.Failed failed) {
        failed
            .errors()
            .forEach(
                e ->
                    failures.add(
                        new Failure(
                            q.topic(), List.of(), line.lineNumber(), "MeSH: " + e.message())));
      }
    }
    headingsByText.put(text, headings);
    return failures;
  }

  private static int countHeadings(Query q) {
    if (q instanceof Query.Heading) {
      return 1;
    }
    if (q instanceof Query.And and) {
      return and.operands().stream().mapToInt(BooleanParseBenchmark::countHeadings).sum();
    }
    if (q instanceof Query.Or or) {
      return or.operands().stream().mapToInt(BooleanParseBenchmark::countHeadings).sum();
    }
    if (q instanceof Query.Not not) {
      return countHeadings(not.include()) + countHeadings(not.exclude());
    }
    return 0;
  }
}
