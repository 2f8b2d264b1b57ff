package org.litfacets.web;

import io.javalin.http.Context;
import java.util.Map;
import org.litfacets.article.EntityType;
import org.litfacets.search.EntityReference;
import org.litfacets.search.EntityService;
import org.litfacets.search.Params;
import org.litfacets.search.RelatedEntityService;

/** Entities: {@code GET /api/entities/autocomplete} and {@code GET /api/related}. */
final class EntityController {
  private final EntityService entities;
  private final RelatedEntityService related;

  EntityController(EntityService entities, RelatedEntityService related) {
    this.entities = entities;
    this.related = related;
  }

  /** {@code ?q=her&type=gene&limit=10}: names and synonyms starting so, one row per identifier. */
  void autocomplete(Context ctx) {
    ctx.json(Map.of("suggestions", entities.autocomplete(ctx.queryParam("q"),
        Params.entityType("type", ctx.queryParam("type")), Params.integer("limit", ctx.queryParam("limit"), 10))));
  }

  /** {@code ?e=@CHEMICAL_Doxorubicin&type=disease&limit=20}: the entities of a type most associated with e. */
  void related(Context ctx) {
    EntityType type = Params.entityType("type", ctx.queryParam("type")).orElseThrow(() -> new IllegalArgumentException(
        "type is required: the type of the related entities, e.g. disease"));
    ctx.json(related.related(EntityReference.parse("e", ctx.queryParam("e")), type,
        Params.integer("limit", ctx.queryParam("limit"), 20)));
  }
}
