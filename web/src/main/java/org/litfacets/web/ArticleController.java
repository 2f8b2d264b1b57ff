package org.litfacets.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.litfacets.article.Article;
import org.litfacets.search.SearchService;

/** The article page and {@code GET /api/articles/{pmid}}. */
final class ArticleController {
  private final SearchService search;

  ArticleController(SearchService search) {
    this.search = search;
  }

  void page(Context ctx) {
    Article article = find(ctx);
    ctx.render("article", Map.of("article", article, "pubmedUrl", SearchService.pubmedUrl(article.pmid())));
  }

  void api(Context ctx) {
    Article article = find(ctx);
    ctx.json(Map.of("article", article, "pubmedUrl", SearchService.pubmedUrl(article.pmid())));
  }

  private Article find(Context ctx) {
    String pmid = ctx.pathParam("pmid");
    return search.article(pmid).orElseThrow(() -> new NotFoundResponse("no article with PMID " + pmid + " in the index"));
  }
}
