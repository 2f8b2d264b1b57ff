package org.litfacets.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litfacets.search.EntityReference;
import org.litfacets.search.EntityService;
import org.litfacets.search.PairResult;
import org.litfacets.search.PairSearchRequest;
import org.litfacets.search.PairSearchService;
import org.litfacets.search.UnknownEntityException;

/**
 * Pair search: the {@code /pairs} page and {@code GET /api/pairs}, the articles that mention two
 * entities, those where they share a sentence first.
 */
final class PairController {
  private final PairSearchService pairs;
  private final EntityService entities;

  PairController(PairSearchService pairs, EntityService entities) {
    this.pairs = pairs;
    this.entities = entities;
  }

  /**
   * The form, and once both inputs name known entities, the articles. Input that names no entity,
   * or a pair search the service refuses, is explained on the page with the form kept, rather than
   * on an error page.
   */
  void page(Context ctx) {
    PairSlot first = slot("e1", ctx.queryParam("e1"));
    PairSlot second = slot("e2", ctx.queryParam("e2"));
    String relation = ctx.queryParam("relation");
    List<String> filters = ctx.queryParams("filter");
    Map<String, Object> model =
        new HashMap<>(
            Map.of(
                "first",
                first,
                "second",
                second,
                "links",
                new PairLinks(first.value(), second.value(), relation, filters)));
    if (first.entity() != null && second.entity() != null) {
      // By identifier: the names were resolved above.
      try {
        PairResult result =
            pairs.search(
                PairSearchRequest.fromParams(
                    null,
                    first.value(),
                    second.value(),
                    relation,
                    filters,
                    ctx.queryParam("page"),
                    null));
        model.put("result", result);
        model.put("view", PairView.of(result));
      } catch (IllegalArgumentException e) {
        model.put("error", e.getMessage());
      }
    }
    if (first.error() != null || second.error() != null || model.containsKey("error")) {
      ctx.status(HttpStatus.BAD_REQUEST);
    }
    ctx.render("pairs", model);
  }

  void api(Context ctx) {
    ctx.json(
        pairs.search(
            PairSearchRequest.fromParams(
                ctx.queryParam("q"),
                ctx.queryParam("e1"),
                ctx.queryParam("e2"),
                ctx.queryParam("relation"),
                ctx.queryParams("filter"),
                ctx.queryParam("page"),
                ctx.queryParam("size"))));
  }

  private PairSlot slot(String param, String text) {
    if (text == null || text.isBlank()) {
      return new PairSlot(param, "", null, null, List.of());
    }
    try {
      return new PairSlot(
          param,
          text.strip(),
          entities.resolve(EntityReference.parse(param, text)),
          null,
          List.of());
    } catch (UnknownEntityException e) {
      return new PairSlot(param, text.strip(), null, e.reason(), e.suggestions());
    } catch (IllegalArgumentException e) {
      return new PairSlot(param, text.strip(), null, e.getMessage(), List.of());
    }
  }
}
