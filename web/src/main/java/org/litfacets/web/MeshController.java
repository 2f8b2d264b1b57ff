package org.litfacets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litfacets.mesh.suggest.MeshSuggester;
import org.litfacets.mesh.suggest.SuggestionMethod;
import org.litfacets.search.MeshService;
import org.litfacets.search.Params;

/**
 * MeSH headings, autocomplete and the MeSH suggester: {@code /api/mesh/...} and the {@code /mesh}
 * page.
 */
final class MeshController {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MeshService mesh;

  MeshController(MeshService mesh) {
    this.mesh = mesh;
  }

  void page(Context ctx) {
    ctx.render(
        "mesh",
        Map.of(
            "available",
            mesh.available(),
            "methods",
            mesh.methods().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList()));
  }

  void heading(Context ctx) {
    String ui = ctx.pathParam("ui");
    ctx.json(
        mesh.heading(ui)
            .orElseThrow(() -> new NotFoundResponse("no MeSH descriptor with UI " + ui)));
  }

  void autocomplete(Context ctx) {
    ctx.json(
        Map.of(
            "suggestions",
            mesh.autocomplete(ctx.queryParam("q"), limit(ctx.queryParam("limit"), 10))));
  }

  /**
   * {@code POST /api/mesh/suggest} with {@code {"keywords": "asthma; inhaled steroids" | [...],
   * "methods": [...], "limit": 10}}.
   */
  void suggest(Context ctx) {
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(
          "the body must be JSON such as {\"keywords\": \"asthma; inhaled steroids\"}");
    }
    if (body == null || !body.has("keywords")) {
      throw new IllegalArgumentException(
          "the body needs \"keywords\": a string or a list of strings");
    }
    JsonNode k = body.get("keywords");
    List<String> keywords = new ArrayList<>();
    if (k.isArray()) {
      k.forEach(v -> keywords.add(v.asText()));
    } else {
      keywords.addAll(MeshSuggester.keywords(k.asText()));
    }
    Set<SuggestionMethod> methods = EnumSet.noneOf(SuggestionMethod.class);
    if (body.has("methods")) {
      body.get("methods").forEach(m -> methods.add(method(m.asText())));
    }
    int limit = body.has("limit") ? limit(body.get("limit").asText(), 10) : 10;
    ctx.json(Map.of("keywords", keywords, "suggestions", mesh.suggest(keywords, methods, limit)));
  }

  private static SuggestionMethod method(String name) {
    try {
      return SuggestionMethod.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown method '" + name + "'; use exact, lexical, semantic or feedback");
    }
  }

  private static int limit(String value, int fallback) {
    int n = Params.integer("limit", value, fallback);
    if (n < 1 || n > 100) {
      throw new IllegalArgumentException("limit must be between 1 and 100, got " + n);
    }
    return n;
  }
}
