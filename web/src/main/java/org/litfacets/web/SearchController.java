package org.litfacets.web;

import io.javalin.http.Context;
import java.util.Map;
import org.litfacets.search.EntityService;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchResult;
import org.litfacets.search.SearchService;

/** The search page and {@code GET /api/search}: the same request, as HTML or JSON. */
final class SearchController {
  private final SearchService search;
  private final EntityService entities;

  SearchController(SearchService search, EntityService entities) {
    this.search = search;
    this.entities = entities;
  }

  /**
   * The results page; entity filters show as chips in the search box (the top bar's), so a new
   * query keeps them.
   */
  void page(Context ctx) {
    SearchResult result = search.search(request(ctx));
    SearchLinks links = new SearchLinks(result.request());
    ctx.render(
        "search",
        Map.of(
            "result",
            result,
            "links",
            links,
            "histogram",
            YearHistogram.of(result, links),
            "searchChips",
            EntityChip.of(
                "filter",
                result.request().filters(),
                entities,
                f -> links.toggle(f.field().apiName(), f.value()))));
  }

  void api(Context ctx) {
    ctx.json(search.search(request(ctx)));
  }

  private static SearchRequest request(Context ctx) {
    return SearchRequest.fromParams(
        ctx.queryParam("q"),
        ctx.queryParams("filter"),
        ctx.queryParam("page"),
        ctx.queryParam("size"),
        ctx.queryParam("sort"),
        ctx.queryParam("mode"),
        ctx.queryParam("kind"));
  }
}
