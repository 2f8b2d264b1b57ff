package org.litfacets.web;

import io.javalin.http.Context;
import java.util.Map;
import org.litfacets.search.EntityReference;
import org.litfacets.search.EntityService;
import org.litfacets.search.SentenceResult;
import org.litfacets.search.SentenceSearchRequest;
import org.litfacets.search.SentenceSearchService;

/**
 * Challenge/direction and role-restricted sentence search: the {@code /sentences} page and {@code
 * GET /api/sentences}.
 */
final class SentenceController {
  private final SentenceSearchService sentences;
  private final EntityService entities;

  SentenceController(SentenceSearchService sentences, EntityService entities) {
    this.sentences = sentences;
    this.entities = entities;
  }

  /**
   * The results page; entity filters show as chips in the sentence box, so a new query keeps them.
   */
  void page(Context ctx) {
    SentenceResult result = sentences.search(request(ctx));
    SentenceLinks links = new SentenceLinks(result.request());
    ctx.render(
        "sentences",
        Map.of(
            "result",
            result,
            "links",
            links,
            "sentenceChips",
            EntityChip.of(
                "entity",
                result.request().entities(),
                entities,
                f -> links.toggle(f.field().apiName(), f.value()))));
  }

  void api(Context ctx) {
    ctx.json(sentences.search(request(ctx)));
  }

  /**
   * An entity as the entity APIs take it, PubTator's {@code @CHEMICAL_Aspirin} too, as the filter
   * of its identifier ({@code chemical:MESH:D001241}); other values are filters as they are.
   */
  private String byIdentifier(String entity) {
    return entity.strip().startsWith("@")
        ? entities.resolve(EntityReference.parse("entity", entity)).asParam()
        : entity;
  }

  private SentenceSearchRequest request(Context ctx) {
    return SentenceSearchRequest.fromParams(
        ctx.queryParam("q"),
        ctx.queryParam("kind"),
        ctx.queryParam("role"),
        ctx.queryParams("entity").stream().map(this::byIdentifier).toList(),
        ctx.queryParams("year"),
        ctx.queryParam("page"),
        ctx.queryParam("size"));
  }
}
