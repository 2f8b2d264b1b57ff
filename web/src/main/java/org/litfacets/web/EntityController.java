package org.litfacets.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.litfacets.article.EntityType;
import org.litfacets.search.EntityReference;
import org.litfacets.search.EntityService;
import org.litfacets.search.Params;
import org.litfacets.search.RelatedEntityService;
import org.litfacets.search.UnknownEntityException;

/**
 * Entities: {@code GET /api/entities/autocomplete}, {@code GET /api/related} and the {@code
 * /related} page.
 */
final class EntityController {
  /** Partners the page lists: a screenful that still reaches the weak associations. */
  private static final int RELATED_ON_PAGE = 50;

  private final EntityService entities;
  private final RelatedEntityService related;

  EntityController(EntityService entities, RelatedEntityService related) {
    this.entities = entities;
    this.related = related;
  }

  /** {@code ?q=her&type=gene&limit=10}: names and synonyms starting so, one row per identifier. */
  void autocomplete(Context ctx) {
    ctx.json(
        Map.of(
            "suggestions",
            entities.autocomplete(
                ctx.queryParam("q"),
                Params.entityType("type", ctx.queryParam("type")),
                Params.integer("limit", ctx.queryParam("limit"), 10))));
  }

  /**
   * {@code /related?e=chemical:MESH:D004317&type=disease}: the form, and once it names a known
   * entity, the entities of the type most associated with it. Input that names no entity is
   * explained on the page, with the closest names.
   */
  void relatedPage(Context ctx) {
    String e = ctx.queryParam("e");
    Map<String, Object> model =
        new HashMap<>(
            Map.of(
                "text",
                e == null ? "" : e.strip(),
                "types",
                EntityType.values(),
                "type",
                Objects.toString(ctx.queryParam("type"), "")));
    if (e != null && !e.isBlank()) {
      try {
        EntityReference ref = EntityReference.parse("e", e);
        EntityType type =
            Params.entityType("type", ctx.queryParam("type")).orElse(partnerType(ref.type()));
        model.put("type", type.key());
        model.put("related", related.related(ref, type, RELATED_ON_PAGE));
      } catch (UnknownEntityException ex) {
        model.put("error", ex.reason());
        model.put("didYouMean", ex.suggestions());
      } catch (IllegalArgumentException ex) {
        model.put("error", ex.getMessage());
      }
    }
    if (model.containsKey("error")) {
      ctx.status(HttpStatus.BAD_REQUEST);
    }
    ctx.render("related", model);
  }

  /**
   * The partners shown when the page is opened without a type: diseases, or chemicals for a
   * disease; chemical-disease and gene-disease pairs are what the relation corpora (and most
   * readers) are about.
   */
  private static EntityType partnerType(EntityType type) {
    return type == EntityType.DISEASE ? EntityType.CHEMICAL : EntityType.DISEASE;
  }

  /**
   * {@code ?e=@CHEMICAL_Doxorubicin&type=disease&limit=20}: the entities of a type most associated
   * with e.
   */
  void related(Context ctx) {
    // e first: the message for a request without either names the entity, then the type
    EntityReference entity = EntityReference.parse("e", ctx.queryParam("e"));
    EntityType type =
        Params.entityType("type", ctx.queryParam("type"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "type is required: the type of the related entities, e.g. disease"));
    ctx.json(related.related(entity, type, Params.integer("limit", ctx.queryParam("limit"), 20)));
  }
}
