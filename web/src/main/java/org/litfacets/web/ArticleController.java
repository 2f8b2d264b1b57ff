package org.litfacets.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.search.MeshService;
import org.litfacets.search.SearchService;

/** The article page and {@code GET /api/articles/{pmid}}. */
final class ArticleController {
  private static final int SIMILAR = 5;
  private final SearchService search;
  private final MeshService mesh;

  ArticleController(SearchService search, MeshService mesh) {
    this.search = search;
    this.mesh = mesh;
  }

  void page(Context ctx) {
    AnnotatedArticle found = find(ctx);
    ctx.render(
        "article",
        Map.of(
            "view",
            ArticleView.of(found),
            "article",
            found.article(),
            "relations",
            ArticleView.relations(found),
            "suggestedMesh",
            mesh.names(found.suggestedMeshUis()),
            "similar",
            search.similar(found.article().pmid(), SIMILAR),
            "pubmedUrl",
            SearchService.pubmedUrl(found.article().pmid())));
  }

  /** {@code GET /api/articles/{pmid}/similar}: the nearest articles by vector. */
  void similar(Context ctx) {
    String pmid = find(ctx).article().pmid();
    ctx.json(Map.of("pmid", pmid, "similar", search.similar(pmid, SIMILAR)));
  }

  /**
   * The record with its sentences (offsets, role, labels), entity mentions (offsets in title + " "
   * + abstract) and the relations between its entities.
   */
  void api(Context ctx) {
    AnnotatedArticle found = find(ctx);
    ctx.json(
        Map.of(
            "article",
            found.article(),
            "sentences",
            found.sentences(),
            "entities",
            found.mentions(),
            "relations",
            ArticleView.relations(found),
            "suggestedMesh",
            mesh.names(found.suggestedMeshUis()),
            "pubmedUrl",
            SearchService.pubmedUrl(found.article().pmid())));
  }

  private AnnotatedArticle find(Context ctx) {
    String pmid = ctx.pathParam("pmid");
    return search
        .article(pmid)
        .orElseThrow(() -> new NotFoundResponse("no article with PMID " + pmid + " in the index"));
  }
}
