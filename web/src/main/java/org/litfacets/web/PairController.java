package org.litfacets.web;

import io.javalin.http.Context;
import org.litfacets.search.PairSearchRequest;
import org.litfacets.search.PairSearchService;

/** {@code GET /api/pairs}: the articles that mention two entities, those where they share a sentence first. */
final class PairController {
  private final PairSearchService pairs;

  PairController(PairSearchService pairs) {
    this.pairs = pairs;
  }

  void api(Context ctx) {
    ctx.json(pairs.search(PairSearchRequest.fromParams(ctx.queryParam("q"), ctx.queryParam("e1"), ctx.queryParam("e2"),
        ctx.queryParam("relation"), ctx.queryParams("filter"), ctx.queryParam("page"), ctx.queryParam("size"))));
  }
}
