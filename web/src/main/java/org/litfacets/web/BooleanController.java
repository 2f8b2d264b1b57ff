package org.litfacets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litfacets.search.BooleanService;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchResult;

/**
 * The Boolean search builder: its page ({@code /boolean}, a shell whose {@code boolean.js} keeps
 * the history in the browser) and its API, JSON in and out: {@code POST /api/boolean/translate},
 * {@code count}, {@code search} and {@code seeds}, each with {@code {"history": ["line 1", "line
 * 2", ...]}}.
 */
final class BooleanController {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final BooleanService service;

  BooleanController(BooleanService service) {
    this.service = service;
  }

  void page(Context ctx) {
    ctx.render("boolean", Map.of());
  }

  void translate(Context ctx) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (BooleanService.TranslatedLine line : service.translate(history(body(ctx)))) {
      Map<String, Object> out = line(line.number(), line.text());
      if (line.error() == null) {
        out.put("pubmed", line.pubmed());
        out.put("ovid", line.ovid());
        out.put("details", line.details());
      }
      out.put("error", line.error());
      lines.add(out);
    }
    ctx.json(Map.of("lines", lines));
  }

  void count(Context ctx) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (BooleanService.CountedLine line : service.count(history(body(ctx)))) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("number", line.number());
      if (line.error() == null) {
        out.put("count", line.count());
        out.put("partialResults", line.partialResults());
      }
      out.put("error", line.error());
      lines.add(out);
    }
    ctx.json(Map.of("lines", lines));
  }

  /**
   * {@code {"history": [...], "line": n, "page": 1, "size": 20, "filters": ["year:2020"], "sort":
   * "relevance"}}.
   */
  void search(Context ctx) {
    JsonNode body = body(ctx);
    List<String> filters = new ArrayList<>();
    if (body.has("filters")) {
      strings(body.get("filters"), "filters").forEach(filters::add);
    }
    SearchRequest paging =
        SearchRequest.fromParams(
            null, filters, text(body, "page"), text(body, "size"), text(body, "sort"));
    Integer line = null;
    if (body.hasNonNull("line")) {
      if (!body.get("line").canConvertToInt()) {
        throw new IllegalArgumentException("line must be a line number, got " + body.get("line"));
      }
      line = body.get("line").asInt();
    }
    BooleanService.LineSearch found = service.search(history(body), line, paging);
    SearchResult result = found.result();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("request", result.request());
    out.put("total", result.total());
    out.put("hits", result.hits());
    out.put("facets", result.facets());
    out.put("tookMs", result.tookMs());
    out.put("query", found.query());
    ctx.json(out);
  }

  /**
   * {@code {"history": [...], "pmids": ["123", ...]}}: which known relevant articles each line
   * finds.
   */
  void seeds(Context ctx) {
    JsonNode body = body(ctx);
    if (!body.has("pmids")) {
      throw new IllegalArgumentException("the body needs \"pmids\": an array of PMIDs");
    }
    BooleanService.SeedCheck check =
        service.seeds(history(body), strings(body.get("pmids"), "pmids"));
    ctx.json(check);
  }

  private static Map<String, Object> line(int number, String text) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("number", number);
    out.put("text", text);
    return out;
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode body = JSON.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new IllegalArgumentException(
            "the body must be a JSON object such as {\"history\": [\"asthma[mh]\"]}");
      }
      return body;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the body must be JSON such as {\"history\": [\"asthma[mh]\"]}");
    }
  }

  private static List<String> history(JsonNode body) {
    if (!body.has("history")) {
      throw new IllegalArgumentException(
          "the body needs \"history\": an array of lines, such as [\"asthma[mh]\", "
              + "\"#1 AND child*[tiab]\"]");
    }
    return strings(body.get("history"), "history");
  }

  /** An array of strings; PMIDs may also come as numbers. */
  private static List<String> strings(JsonNode node, String name) {
    if (!node.isArray()) {
      throw new IllegalArgumentException(name + " must be an array");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual() && !(item.isIntegralNumber() && name.equals("pmids"))) {
        throw new IllegalArgumentException(name + " must hold strings, got " + item);
      }
      out.add(item.asText());
    }
    return out;
  }

  private static String text(JsonNode body, String field) {
    return body.hasNonNull(field) ? body.get(field).asText() : null;
  }
}
