package org.litfacets.web;

import io.javalin.http.Context;
import java.util.Map;
import org.litfacets.search.SentenceResult;
import org.litfacets.search.SentenceSearchRequest;
import org.litfacets.search.SentenceSearchService;

/** Challenge/direction and role-restricted sentence search: the {@code /sentences} page and {@code GET /api/sentences}. */
final class SentenceController {
  private final SentenceSearchService sentences;

  SentenceController(SentenceSearchService sentences) {
    this.sentences = sentences;
  }

  void page(Context ctx) {
    SentenceResult result = sentences.search(request(ctx));
    ctx.render("sentences", Map.of("result", result, "links", new SentenceLinks(result.request())));
  }

  void api(Context ctx) {
    ctx.json(sentences.search(request(ctx)));
  }

  private static SentenceSearchRequest request(Context ctx) {
    return SentenceSearchRequest.fromParams(ctx.queryParam("q"), ctx.queryParam("kind"), ctx.queryParam("role"),
        ctx.queryParams("entity"), ctx.queryParams("year"), ctx.queryParam("page"), ctx.queryParam("size"));
  }
}
