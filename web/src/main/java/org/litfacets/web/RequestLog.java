package org.litfacets.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: its id, method, route, status and milliseconds. The id is the client's
 * {@value #HEADER} when it is a sane token (so a proxy's id follows the request through), else a
 * new one; either way it is sent back in the same header.
 */
final class RequestLog {
  static final String HEADER = "X-Request-Id";
  private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final String ATTRIBUTE = "litfacets.requestId";

  private RequestLog() {}

  /** Gives the request its id; runs before every handler. */
  static void assignId(Context ctx) {
    String given = ctx.header(HEADER);
    String id =
        given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  static String id(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "-" : id;
  }

  /**
   * The route template ({@code /api/articles/{pmid}}), not the raw path, so that logs and metrics
   * group requests by endpoint and a client cannot grow the metrics with made-up paths.
   */
  static String route(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    if (matched != null) {
      return matched.path;
    }
    return ctx.path().startsWith("/static/") ? "/static/*" : "unmatched";
  }

  /**
   * Milliseconds with one decimal, as {@code %.1f} gives them, without String.format: it parses its
   * pattern on every call, which was a visible share of the web server's CPU per search.
   */
  static String millis(float ms) {
    return Double.toString(Math.round(ms * 10.0) / 10.0);
  }

  static void write(Context ctx, Float ms) {
    LOG.info("{} {} {} {} {}ms", id(ctx), ctx.method(), route(ctx), ctx.statusCode(), millis(ms));
  }
}
