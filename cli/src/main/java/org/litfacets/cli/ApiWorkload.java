package org.litfacets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.litfacets.article.EntityType;
import org.litfacets.solr.SolrConnection;
import org.litfacets.store.ArticleFields;

/**
 * The searches users send, as HTTP requests to the JSON API, by search type: the benchmarks' query
 * set as keyword, semantic and hybrid article searches and as challenge/direction sentence
 * searches; the index's most frequent chemicals and diseases as entity pairs and related-entity
 * lookups; and 10-line Boolean histories built from the queries.
 */
record ApiWorkload(Map<ApiWorkload.Kind, List<ApiWorkload.Call>> calls) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ENTITIES = 20;

  /** A search type, as the API serves it. */
  enum Kind {
    KEYWORD("keyword (/api/search?mode=lexical)"),
    SEMANTIC("semantic (/api/search?mode=semantic)"),
    HYBRID("hybrid (/api/search?mode=hybrid)"),
    PAIR("entity pair (/api/pairs)"),
    RELATED("related entities (/api/related)"),
    SENTENCE("sentence challenge/direction (/api/sentences)"),
    BOOLEAN("Boolean history, 10 lines (/api/boolean/search)");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One request: a GET of {@code path}, or a POST of {@code body} (JSON) when it is not null. */
  record Call(Kind kind, String path, String body) {}

  /**
   * The outcome of one request: HTTP status (0 when none came), milliseconds, and what was wrong
   * (null when nothing).
   */
  record Answer(int status, double millis, String error) {
    boolean ok() {
      return status == 200 && error == null;
    }
  }

  static List<String> queries(Path file) throws IOException {
    List<String> lines =
        Files.readAllLines(file).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("no queries in " + file);
    }
    return lines;
  }

  /** Every search type; the pairs and related entities are the index's most frequent ones. */
  static ApiWorkload build(SolrConnection solr, List<String> queries) {
    Map<Kind, List<Call>> calls = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      calls.put(k, new ArrayList<>());
    }
    for (String q : queries) {
      calls
          .get(Kind.KEYWORD)
          .add(new Call(Kind.KEYWORD, "/api/search?mode=lexical&q=" + enc(q), null));
      calls
          .get(Kind.SEMANTIC)
          .add(new Call(Kind.SEMANTIC, "/api/search?mode=semantic&q=" + enc(q), null));
      calls
          .get(Kind.HYBRID)
          .add(new Call(Kind.HYBRID, "/api/search?mode=hybrid&q=" + enc(q), null));
    }
    // Sentence search takes free text: the queries without PubMed operators.
    for (int i = 0; i < queries.size(); i++) {
      String text = queries.get(i).replaceAll("\\b(AND|OR|NOT)\\b|\"", " ").strip();
      String kind = i % 2 == 0 ? "challenge" : "direction";
      calls
          .get(Kind.SENTENCE)
          .add(new Call(Kind.SENTENCE, "/api/sentences?kind=" + kind + "&q=" + enc(text), null));
    }
    List<String> chemicals = frequent(solr, EntityType.CHEMICAL);
    List<String> diseases = frequent(solr, EntityType.DISEASE);
    for (int i = 0; i < Math.min(chemicals.size(), diseases.size()); i++) {
      String e1 = "chemical:" + chemicals.get(i);
      String e2 = "disease:" + diseases.get((i * 7) % diseases.size());
      calls
          .get(Kind.PAIR)
          .add(new Call(Kind.PAIR, "/api/pairs?e1=" + enc(e1) + "&e2=" + enc(e2), null));
      calls
          .get(Kind.RELATED)
          .add(new Call(Kind.RELATED, "/api/related?type=disease&e=" + enc(e1), null));
      calls
          .get(Kind.RELATED)
          .add(
              new Call(
                  Kind.RELATED,
                  "/api/related?type=chemical&e=" + enc("disease:" + diseases.get(i)),
                  null));
    }
    for (int i = 0; i + 1 < queries.size(); i += 2) {
      calls
          .get(Kind.BOOLEAN)
          .add(
              new Call(
                  Kind.BOOLEAN,
                  "/api/boolean/search",
                  history(queries.get(i), queries.get(i + 1))));
    }
    return new ApiWorkload(calls);
  }

  /** A systematic-review style history of 10 lines around two topics; the last line is searched. */
  static String history(String first, String second) {
    ObjectNode body = JSON.createObjectNode();
    var lines = body.putArray("history");
    for (String line :
        List.of(
            "(" + first + ")",
            "(" + second + ")",
            "#1 OR #2",
            "randomized controlled trial[pt] OR randomised[tiab] OR placebo[tiab]",
            "cohort[tiab] OR follow-up[tiab]",
            "#4 OR #5",
            "#3 AND #6",
            "humans[mh] OR patients[tiab]",
            "#7 AND #8",
            "#9 NOT (review[pt] OR editorial[pt])")) {
      lines.add(line);
    }
    return body.toString();
  }

  private static List<String> frequent(SolrConnection solr, EntityType type) {
    String field = ArticleFields.entityIds(type);
    SolrQuery q =
        new SolrQuery("*:*")
            .setRows(0)
            .setFacet(true)
            .addFacetField(field)
            .setFacetLimit(ENTITIES)
            .setFacetMinCount(1);
    q.addFilterQuery(ArticleFields.DOC_TYPE + ":" + ArticleFields.ARTICLE_TYPE);
    FacetField f =
        solr.call("read frequent entities", () -> solr.client().query(q)).getFacetField(field);
    return f == null || f.getValues() == null
        ? List.of()
        : f.getValues().stream().map(FacetField.Count::getName).toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Sends calls to one server and times them, each from request sent to body read. */
  static final class Client {
    private final HttpClient http;
    private final String base;

    Client(String base) {
      this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
      this.http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    Answer send(Call call) {
      return send(call.path(), call.body());
    }

    Answer send(String path, String body) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
      if (body != null) {
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
      }
      long start = System.nanoTime();
      try {
        HttpResponse<byte[]> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        byte[] b = response.body();
        String error =
            response.statusCode() != 200
                ? start(b)
                : jsonObject(b) ? null : "not a JSON object: " + start(b);
        return new Answer(response.statusCode(), ms, error);
      } catch (IOException e) {
        return new Answer(0, (System.nanoTime() - start) / 1e6, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer(0, (System.nanoTime() - start) / 1e6, "interrupted");
      }
    }
  }

  /**
   * True when a body is one JSON object, as every API answer is; its ends only, so that the load
   * generator, which shares the cores with the server, does not parse what it times (an error page
   * in HTML or an empty body fails it).
   */
  static boolean jsonObject(byte[] body) {
    int first = 0;
    int last = body.length - 1;
    while (first <= last && Character.isWhitespace(body[first])) {
      first++;
    }
    while (last >= first && Character.isWhitespace(body[last])) {
      last--;
    }
    return first < last && body[first] == '{' && body[last] == '}';
  }

  /** The first 300 characters of an error body, for the report. */
  private static String start(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.substring(0, Math.min(300, text.length()));
  }

  /** Percentiles of a list of latencies. */
  record Latencies(int count, double p50, double p95, double p99, double mean) {
    static Latencies of(List<Double> millis) {
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (sorted.length == 0) {
        return new Latencies(0, 0, 0, 0, 0);
      }
      return new Latencies(
          sorted.length,
          BenchCommand.round(BenchCommand.percentile(sorted, 50), 2),
          BenchCommand.round(BenchCommand.percentile(sorted, 95), 2),
          BenchCommand.round(BenchCommand.percentile(sorted, 99), 2),
          BenchCommand.round(Arrays.stream(sorted).average().orElse(0), 2));
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  mean %7.2f ms",
          p50,
          p95,
          p99,
          mean);
    }
  }
}
