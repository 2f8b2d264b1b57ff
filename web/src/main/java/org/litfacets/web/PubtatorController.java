package org.litfacets.web;

import io.javalin.http.Context;
import org.litfacets.pubtator3.BiocJson;
import org.litfacets.pubtator3.Publications;
import org.litfacets.pubtator3.PubtatorJson;
import org.litfacets.pubtator3.PubtatorRelations;
import org.litfacets.pubtator3.PubtatorSearch;
import org.litfacets.pubtator3.PubtatorText;
import org.litfacets.search.EntityService;
import org.litfacets.search.Params;

/**
 * PubTator 3.0's API (issue #15) under its own routes and shapes, so that its clients work against
 * litfacets by changing the base URL: {@code publications/export/pubtator}, {@code
 * publications/export/biocjson}, {@code entity/autocomplete/}, {@code search/} and {@code
 * relations}.
 */
final class PubtatorController {
  /** PubTator's API prefix (after the host's /research): every route is served under it too. */
  static final String PREFIX = "/pubtator3-api";

  private final Publications publications;
  private final EntityService entities;
  private final PubtatorSearch search;
  private final PubtatorRelations relations;

  PubtatorController(
      Publications publications,
      EntityService entities,
      PubtatorSearch search,
      PubtatorRelations relations) {
    this.publications = publications;
    this.entities = entities;
    this.search = search;
    this.relations = relations;
  }

  /** Paths whose errors are JSON, as under /api. */
  static boolean isApiPath(String path) {
    return path.startsWith(PREFIX + "/")
        || path.startsWith("/publications/")
        || path.startsWith("/entity/")
        || path.equals("/relations")
        || path.startsWith("/relations/");
  }

  /** {@code ?pmids=1,2,3}: PubTator's text format. */
  void exportPubtator(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8")
        .result(PubtatorText.write(publications.get(ctx.queryParam("pmids"))));
  }

  /** {@code ?pmids=1,2,3}: BioC JSON as PubTator 3.0 writes it. */
  void exportBiocJson(Context ctx) {
    ctx.json(BiocJson.write(publications.get(ctx.queryParam("pmids"))));
  }

  /** {@code ?query=doxo&concept=CHEMICAL&limit=10}. */
  void autocomplete(Context ctx) {
    String query = ctx.queryParam("query");
    // The service names its own parameter (q) when the text is missing; PubTator's is query.
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException(
          "query is required: the beginning of an entity name, e.g. doxo");
    }
    ctx.json(
        PubtatorJson.autocomplete(
            entities.autocomplete(
                query,
                Params.entityType("concept", ctx.queryParam("concept")),
                Params.integer("limit", ctx.queryParam("limit"), 10))));
  }

  /** {@code ?text=...&page=2}: free text, @TYPE_name references, or relations:TYPE|@A|@B. */
  void search(Context ctx) {
    ctx.json(PubtatorJson.search(search.search(ctx.queryParam("text"), ctx.queryParam("page"))));
  }

  /** {@code ?e1=@CHEMICAL_Doxorubicin&type=treat&e2=DISEASE}. */
  void relations(Context ctx) {
    ctx.json(
        PubtatorJson.relations(
            relations.find(ctx.queryParam("e1"), ctx.queryParam("type"), ctx.queryParam("e2"))));
  }
}
