package org.litfacets.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /api/openapi.json}, the description of the JSON routes, and {@code GET /api/docs}, the
 * same description as a page; nothing is fetched from elsewhere.
 */
final class ApiDocsController {
  private final ApiDescription description = ApiDescription.load();

  void openapi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(description.bytes());
  }

  void page(Context ctx) {
    ctx.render(
        "api-docs",
        Map.of(
            "api",
            description,
            "sections",
            description.sections(),
            "schemas",
            description.schemas()));
  }
}
