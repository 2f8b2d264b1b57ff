package org.litfacets.web;

import io.javalin.http.Context;
import java.util.Map;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchResult;
import org.litfacets.search.SearchService;

/** The search page and {@code GET /api/search}: the same request, as HTML or JSON. */
final class SearchController {
  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  void page(Context ctx) {
    SearchResult result = search.search(request(ctx));
    ctx.render("search", Map.of("result", result, "links", new SearchLinks(result.request())));
  }

  void api(Context ctx) {
    ctx.json(search.search(request(ctx)));
  }

  void health(Context ctx) {
    ctx.json(Map.of("status", "ok", "articles", search.articleCount()));
  }

  private static SearchRequest request(Context ctx) {
    return SearchRequest.fromParams(ctx.queryParam("q"), ctx.queryParams("filter"), ctx.queryParam("page"),
        ctx.queryParam("size"), ctx.queryParam("sort"), ctx.queryParam("mode"));
  }
}
