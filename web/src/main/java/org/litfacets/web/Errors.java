package org.litfacets.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.litfacets.search.EmbeddingModelMismatchException;
import org.litfacets.search.MeshService;
import org.litfacets.solr.SolrRequestRejectedException;
import org.litfacets.solr.SolrUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error a user can meet, as JSON {@code {"error": ..., "message": ...}} under /api and PubTator's routes and as a
 * page elsewhere; never a stack trace.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void register(RoutesConfig routes) {
    routes.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, HttpStatus.BAD_REQUEST, "bad_request", e.getMessage()));
    routes.exception(SolrRequestRejectedException.class, (e, ctx) -> {
      // Solr blames the request for a query it cannot run; anything else it refuses is ours to fix.
      if (e.isBadRequest()) {
        respond(ctx, HttpStatus.BAD_REQUEST, "invalid_query", "the query could not be run: " + e.reason());
      } else {
        internalError(e, ctx);
      }
    });
    routes.exception(SolrUnavailableException.class, (e, ctx) -> {
      LOG.warn("search backend failed: {}", e.getMessage());
      respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, "search_unavailable",
          "the search index is not available right now: " + e.getMessage());
    });
    routes.exception(EmbeddingModelMismatchException.class,
        (e, ctx) -> respond(ctx, HttpStatus.CONFLICT, "embedding_model_mismatch", e.getMessage()));
    routes.exception(MeshService.MeshUnavailableException.class,
        (e, ctx) -> respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, "mesh_unavailable", e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      HttpStatus status = HttpStatus.forStatus(e.getStatus());
      respond(ctx, status, status == HttpStatus.NOT_FOUND ? "not_found" : "http_" + e.getStatus(), e.getMessage());
    });
    routes.exception(Exception.class, Errors::internalError);
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        respond(ctx, HttpStatus.NOT_FOUND, "not_found", "no page at " + ctx.path());
      }
    });
  }

  private static void internalError(Exception e, Context ctx) {
    LOG.error("unexpected error on {}", ctx.path(), e);
    respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "something went wrong on our side; it has been logged");
  }

  private static void respond(Context ctx, HttpStatus status, String error, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || PubtatorController.isApiPath(ctx.path())) {
      ctx.json(Map.of("error", error, "message", message));
    } else {
      ctx.render("error", Map.of("status", status.getCode(), "title", status.getMessage(), "message", message));
    }
  }
}
