package org.litfacets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fuzz campaign against a running server: every endpoint of the UI and the API gets parameters
 * that are empty, negative, huge, not numbers, 100 KB long, odd Unicode (lone surrogates, RTL
 * overrides, NUL, stacked combining marks, emoji) and random query syntax, including Solr syntax
 * that must stay text ({@code {!join}}, {@code $param}, {@code _query_}). Every answer must be 2xx
 * or 4xx, within the client's timeout, and JSON on {@code /api/*} (on exports and the E-utilities
 * and PubTator routes when it is an error), with a message when it is an error; never a stack
 * trace.
 *
 * <p>The integration test and {@code litfacets bench reliability} run the same campaign.
 */
public final class HostileRequests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HUNDRED_KB = 100 * 1024;

  /** An endpoint and the parameters it reads; {@code {x}} in the path is a path parameter. */
  private record Endpoint(String method, String path, List<String> params) {
    boolean post() {
      return method.equals("POST");
    }
  }

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          get("/api/search", "q", "filter", "page", "size", "sort", "mode"),
          get("/search", "q", "filter", "page", "size", "sort", "mode"),
          get("/api/articles/{x}"),
          get("/api/articles/{x}/similar"),
          get("/articles/{x}"),
          get("/api/sentences", "q", "kind", "role", "year", "entity", "page", "size"),
          get("/sentences", "q", "kind", "role", "year", "entity", "page", "size"),
          get("/api/mesh/autocomplete", "q", "limit"),
          get("/api/mesh/{x}"),
          get("/mesh", "q"),
          post("/api/mesh/suggest", "keywords", "methods", "limit"),
          get("/api/entities/autocomplete", "q", "type", "limit"),
          get("/api/pairs", "e1", "e2", "relation", "filter", "page", "size", "q"),
          get("/pairs", "e1", "e2", "relation", "filter", "page", "size"),
          get("/api/related", "e", "type", "limit"),
          get("/related", "e", "type"),
          post("/api/boolean/translate", "history"),
          post("/api/boolean/count", "history"),
          post("/api/boolean/search", "history", "line", "page", "size"),
          post("/api/boolean/seeds", "history", "pmids"),
          get("/api/export", "q", "filter", "format"),
          get("/pubtator3-api/search", "text", "page"),
          get("/pubtator3-api/publications/export/pubtator", "pmids"),
          get("/pubtator3-api/publications/export/biocjson", "pmids"),
          get("/pubtator3-api/entity/autocomplete", "query", "concept", "limit"),
          get("/pubtator3-api/relations", "e1", "type", "e2"),
          get("/eutils/esearch.fcgi", "db", "term", "retstart", "retmax", "retmode", "sort"),
          get("/eutils/efetch.fcgi", "db", "id", "retmode", "rettype"));

  /** Query syntax pieces, ours and Solr's, put together at random. */
  private static final String[] SYNTAX = {
    "asthma",
    "child*",
    "\"lung function\"",
    "(",
    ")",
    "title:(",
    "{!lucene}*:*",
    "AND",
    "OR",
    "NOT",
    "[mh]",
    "[tiab]",
    "[au]",
    "[dp]",
    "*",
    "?",
    "~3",
    "#1",
    "adj3",
    "exp",
    "/",
    ".ti,ab.",
    "$q",
    "${q}",
    "_query_:\"{!join from=pmid to=pmid}*:*\"",
    "{!join from=pmid to=pmid}asthma",
    "{!frange l=0}pmid",
    "collection=other",
    "shards=localhost:1/solr",
    "&",
    "\\",
    ":",
    "^10",
    "[1 TO *]",
    "{",
    "}",
    "+",
    "-",
    "!",
    "||",
    "&&",
    "''",
    "'",
    "\"",
    "MESH:D001249",
    "@CHEMICAL",
    "2019:2020[dp]",
    "or/1-3",
    "#0",
    "#999999"
  };

  /** Values percent-encoded by hand: bytes no UTF-8 encoder makes. */
  private static final String[] RAW = {
    "%ED%A0%80", // a lone high surrogate in CESU-8
    "%ED%B0%80abc", // a lone low surrogate
    "%00", // NUL
    "asthma%00%00",
    "%C0%AF", // an overlong "/"
    "%FF%FE",
    "%E2%80%AE%E2%80%ADasthma" // RTL and LTR overrides
  };

  /**
   * The counts of one campaign.
   *
   * @param tried requests sent
   * @param serverErrors answers with a 5xx status (must be 0)
   * @param nonJsonApi answers that should have been JSON (with a message, when an error) and were
   *     not (must be 0)
   * @param hangs requests the server did not answer within the client's timeout (must be 0)
   * @param stackTraces answers that show a Java stack trace (must be 0)
   * @param examples the first failing requests, to reproduce them
   */
  public record Outcome(
      int tried,
      int serverErrors,
      int nonJsonApi,
      int hangs,
      int stackTraces,
      int endpoints,
      List<String> examples) {
    public boolean clean() {
      return serverErrors == 0 && nonJsonApi == 0 && hangs == 0 && stackTraces == 0;
    }
  }

  private final String base;
  private final HttpClient http;
  private final Duration timeout;

  /**
   * @param base the server, e.g. {@code http://localhost:7070}
   * @param timeout how long a request may take before it counts as a hang
   */
  public HostileRequests(String base, Duration timeout) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** Sends {@code perEndpoint} hostile requests to each endpoint, chosen by {@code seed}. */
  public Outcome run(int perEndpoint, long seed) {
    Random random = new Random(seed);
    Counts counts = new Counts();
    for (Endpoint endpoint : ENDPOINTS) {
      for (int i = 0; i < perEndpoint; i++) {
        send(endpoint, random, counts);
      }
    }
    return new Outcome(
        counts.tried,
        counts.serverErrors,
        counts.nonJson,
        counts.hangs,
        counts.stackTraces,
        ENDPOINTS.size(),
        List.copyOf(counts.examples));
  }

  private static final class Counts {
    int tried;
    int serverErrors;
    int nonJson;
    int hangs;
    int stackTraces;
    final List<String> examples = new ArrayList<>();

    void fail(String what, String request) {
      if (examples.size() < 20) {
        String shown = request.length() > 300 ? request.substring(0, 300) + "..." : request;
        examples.add(what + ": " + shown);
      }
    }
  }

  private void send(Endpoint endpoint, Random random, Counts counts) {
    String path = endpoint.path().replace("{x}", encodedValue(random));
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(timeout);
    String described;
    if (endpoint.post()) {
      String body = jsonBody(endpoint, random);
      request
          .uri(URI.create(base + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      described = "POST " + path + " " + body;
    } else {
      StringBuilder query = new StringBuilder();
      List<String> names = new ArrayList<>(endpoint.params());
      int n = names.isEmpty() ? 0 : 1 + random.nextInt(Math.min(3, names.size()));
      for (int k = 0; k < n; k++) {
        String name = names.remove(random.nextInt(names.size()));
        query.append(query.length() == 0 ? "?" : "&").append(name).append('=');
        query.append(encodedValue(random));
      }
      request.uri(URI.create(base + path + query)).GET();
      described = "GET " + path + query;
    }
    counts.tried++;
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      counts.hangs++;
      counts.fail("no answer within " + timeout.toSeconds() + " s", described);
      return;
    } catch (IOException e) {
      counts.hangs++;
      counts.fail("connection failed (" + e + ")", described);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    judge(path, response, described, counts);
  }

  private static void judge(
      String path, HttpResponse<String> response, String described, Counts counts) {
    int status = response.statusCode();
    String body = response.body() == null ? "" : response.body();
    if (status >= 500) {
      counts.serverErrors++;
      counts.fail("status " + status, described);
    }
    if (body.contains("\tat org.") || body.contains("\tat java.") || body.contains("Exception:")) {
      counts.stackTraces++;
      counts.fail("stack trace in the answer", described);
    }
    // Exports and the E-utilities and PubTator routes answer files, XML or text when they succeed,
    // and JSON when they fail; the rest of /api is always JSON.
    boolean files =
        path.startsWith("/api/export")
            || path.startsWith("/eutils/")
            || path.startsWith(PubtatorController.PREFIX + "/");
    boolean api = path.startsWith("/api/") && !files;
    if (api || (files && status >= 400)) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("application/json") || !isJson(body, status >= 400)) {
        counts.nonJson++;
        counts.fail("status " + status + ", " + type + " answer that is not the JSON", described);
      }
    }
  }

  private static boolean isJson(String body, boolean error) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null
          && (!error || (node.hasNonNull("message") && !node.get("message").asText().isBlank()));
    } catch (IOException e) {
      return false;
    }
  }

  /** A hostile value, percent-encoded for a URL. */
  private static String encodedValue(Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return RAW[random.nextInt(RAW.length)];
    }
    return URLEncoder.encode(value(random), StandardCharsets.UTF_8);
  }

  /** A hostile value as text. */
  static String value(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> "";
      case 1 -> "-" + (1 + random.nextInt(1000));
      case 2 -> pick(random, "0", "2147483648", "99999999999999999999999", "1e309", "-0");
      case 3 -> pick(random, "abc", "1.5", "NaN", "0x10", " 12 ", "1,2", "null", "[]", "{}");
      case 4 -> longValue(random);
      case 5 -> oddUnicode(random);
      case 6, 7, 8 -> querySyntax(random);
      case 9 -> pick(random, "asthma", "D001249", "MESH:D004317", "chemical", "70000001");
      case 10 ->
          pick(random, "@CHEMICAL_Doxorubicin", "pubmed", "json", "xml", "date", "relevance");
      default -> querySyntax(random) + oddUnicode(random);
    };
  }

  private static String longValue(Random random) {
    StringBuilder s = new StringBuilder(HUNDRED_KB);
    while (s.length() < HUNDRED_KB) {
      s.append(random.nextBoolean() ? "asthma " : SYNTAX[random.nextInt(SYNTAX.length)] + " ");
    }
    return s.substring(0, HUNDRED_KB);
  }

  private static String oddUnicode(Random random) {
    return pick(
        random,
        "\uD800", // lone high surrogate: the encoder turns it into '?'
        "\u202Easthma\u202C",
        "\u0645\u0631\u0636 \u0627\u0644\u0631\u0628\u0648",
        "a\u0000b",
        "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
        "\uD83E\uDDEC\uD83D\uDC8A",
        "\uFEFF\uFFFE\uFFFF",
        "\u200B\u200D\u2060",
        "Z\u0351\u0356\u0353\u0354\u0330\u034Ealgo");
  }

  private static String querySyntax(Random random) {
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      if (i > 0 && random.nextBoolean()) {
        s.append(' ');
      }
      s.append(SYNTAX[random.nextInt(SYNTAX.length)]);
    }
    return s.toString();
  }

  private String jsonBody(Endpoint endpoint, Random random) {
    int shape = random.nextInt(8);
    if (shape == 0) {
      return pick(random, "", "{", "[]", "null", "\"x\"", "{\"history\": ", "\u0000");
    }
    StringBuilder body = new StringBuilder("{");
    for (String name : endpoint.params()) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      if (body.length() > 1) {
        body.append(',');
      }
      body.append('"').append(name).append("\":").append(jsonValue(random));
    }
    return body.append('}').toString();
  }

  private static String jsonValue(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> pick(random, "null", "-1", "1e400", "true", "{}", "[[]]", "[null]", "\"\\ud800\"");
      case 1 -> "[" + quote(value(random)) + "]";
      case 2 -> "[" + quote(value(random)) + "," + quote(value(random)) + "]";
      default -> quote(value(random));
    };
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static Endpoint get(String path, String... params) {
    return new Endpoint("GET", path, List.of(params));
  }

  private static Endpoint post(String path, String... params) {
    return new Endpoint("POST", path, List.of(params));
  }
}
