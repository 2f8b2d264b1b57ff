package org.litfacets.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The Boolean query builder page, {@code /boolean}. The page is a shell: {@code boolean.js} keeps the history in the
 * browser and asks the {@code /api/boolean/...} endpoints for counts and translations.
 */
final class BooleanController {
  void page(Context ctx) {
    ctx.render("boolean", Map.of());
  }
}
