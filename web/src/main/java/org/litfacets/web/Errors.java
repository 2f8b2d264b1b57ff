package org.litfacets.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litfacets.search.EmbeddingModelMismatchException;
import org.litfacets.search.MeshService;
import org.litfacets.search.QueryError;
import org.litfacets.search.QueryException;
import org.litfacets.solr.SolrRequestRejectedException;
import org.litfacets.solr.SolrUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error a user can meet, as JSON {@code {"error": ..., "message": ...}} under /api and
 * PubTator's routes and as a page elsewhere; never a stack trace.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void register(RoutesConfig routes) {
    routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> respond(ctx, HttpStatus.BAD_REQUEST, "bad_request", e.getMessage()));
    routes.exception(
        QueryException.class,
        (e, ctx) -> {
          QueryError error = e.error();
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("error", "invalid_query");
          body.put("message", error.describe());
          body.put("line", error.line());
          body.put("column", error.column());
          body.put("suggestions", error.suggestions());
          respond(ctx, HttpStatus.BAD_REQUEST, body, QueryCorrections.of(ctx, error));
        });
    routes.exception(
        SolrRequestRejectedException.class,
        (e, ctx) -> {
          // Solr blames the request for a query it cannot run; anything else it refuses is ours to
          // fix, but for a query
          // that expands to more clauses than Lucene allows (a short truncation inside a phrase),
          // which Solr answers 500.
          if (e.isTooManyClauses()) {
            respond(
                ctx,
                HttpStatus.BAD_REQUEST,
                "too_many_clauses",
                "the search expands to more terms than Solr allows ("
                    + e.reason()
                    + "): a truncated word in a phrase or proximity search matches too many index terms; make "
                    + "it longer or search it on its own");
          } else if (e.isTooComplexTerm()) {
            respond(
                ctx,
                HttpStatus.BAD_REQUEST,
                "invalid_query",
                "a truncated or wildcard word is longer or more complex than Solr can search ("
                    + e.reason()
                    + "): shorten it");
          } else if (e.isBadRequest()) {
            respond(
                ctx,
                HttpStatus.BAD_REQUEST,
                "invalid_query",
                "the query could not be run: " + e.reason());
          } else {
            internalError(e, ctx);
          }
        });
    routes.exception(
        SolrUnavailableException.class,
        (e, ctx) -> {
          LOG.warn("search backend failed: {}", e.getMessage());
          respond(
              ctx,
              HttpStatus.SERVICE_UNAVAILABLE,
              "search_unavailable",
              "the search index is not available right now: " + e.getMessage());
        });
    routes.exception(
        EmbeddingModelMismatchException.class,
        (e, ctx) -> respond(ctx, HttpStatus.CONFLICT, "embedding_model_mismatch", e.getMessage()));
    routes.exception(
        MeshService.MeshUnavailableException.class,
        (e, ctx) ->
            respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, "mesh_unavailable", e.getMessage()));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          HttpStatus status = HttpStatus.forStatus(e.getStatus());
          if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            // Javalin names the methods the path takes under one of two keys, by content type
            String allowed =
                e.getDetails()
                    .getOrDefault(
                        "availableMethods", e.getDetails().getOrDefault("Available methods", ""))
                    .replace("[", "")
                    .replace("]", "");
            ctx.header("Allow", allowed);
            respond(
                ctx,
                status,
                "method_not_allowed",
                ctx.method() + " is not allowed on " + ctx.path() + "; use " + allowed);
            return;
          }
          respond(
              ctx,
              status,
              status == HttpStatus.NOT_FOUND ? "not_found" : "http_" + e.getStatus(),
              e.getMessage());
        });
    routes.exception(Exception.class, Errors::internalError);
    routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            respond(ctx, HttpStatus.NOT_FOUND, "not_found", "no page at " + ctx.path());
          }
        });
  }

  private static void internalError(Exception e, Context ctx) {
    String id = RequestLog.id(ctx);
    LOG.error("request {}: unexpected error on {}", id, ctx.path(), e);
    respond(
        ctx,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal_error",
        "something went wrong on our side; it has been logged as request " + id);
  }

  private static void respond(Context ctx, HttpStatus status, String error, String message) {
    respond(ctx, status, Map.of("error", error, "message", message));
  }

  /**
   * @param body {@code error} and {@code message}, and maybe more for the API
   */
  private static void respond(Context ctx, HttpStatus status, Map<String, Object> body) {
    respond(ctx, status, body, List.of());
  }

  /**
   * @param corrections the page's search with a mistake corrected, offered as links on a page
   */
  private static void respond(
      Context ctx,
      HttpStatus status,
      Map<String, Object> body,
      List<QueryCorrections.Link> corrections) {
    if (ctx.res().isCommitted()) {
      // A streamed export failed half-way: its status and headers are sent, and an error appended
      // would corrupt it.
      LOG.error("{} failed after its answer started: {}", ctx.path(), body.get("message"));
      return;
    }
    ctx.status(status);
    // Scripts (E-utilities and PubTator clients) get JSON, not a page.
    if (ctx.path().startsWith("/api/")
        || ctx.path().startsWith("/eutils/")
        || PubtatorController.isApiPath(ctx.path())) {
      ctx.json(body);
    } else {
      ctx.render(
          "error",
          Map.of(
              "status",
              status.getCode(),
              "title",
              status.getMessage(),
              "message",
              body.get("message"),
              "corrections",
              corrections));
    }
  }
}
