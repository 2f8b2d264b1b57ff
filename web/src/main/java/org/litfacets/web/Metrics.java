package org.litfacets.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.litfacets.solr.SolrConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code GET /metrics} shows in Prometheus' text format: requests per route and status with
 * their latency, requests to Solr and their failures, and the articles in the index (whose rate of
 * change is the indexing rate, whichever process indexes).
 */
public final class Metrics {
  private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  Metrics(SolrConnection solr, LongSupplier indexedArticles) {
    solr.observe(
        (request, nanos, failure) -> {
          String path = request.getPath() == null ? "" : request.getPath();
          Timer.builder("litfacets.solr.requests")
              .description("Requests sent to Solr")
              .tag("path", path)
              .tag("outcome", failure == null ? "ok" : "error")
              .register(registry)
              .record(nanos, TimeUnit.NANOSECONDS);
          if (failure != null) {
            Counter.builder("litfacets.solr.errors")
                .description("Solr requests that failed or were refused")
                .tag("path", path)
                .tag("exception", failure.getClass().getSimpleName())
                .register(registry)
                .increment();
          }
        });
    Gauge.builder("litfacets.index.articles", () -> count(indexedArticles))
        .description(
            "Articles in the index, read from Solr at each scrape; its rate is the indexing rate")
        .register(registry);
  }

  private static double count(LongSupplier indexedArticles) {
    try {
      return indexedArticles.getAsLong();
    } catch (RuntimeException e) {
      // Solr down: the gauge has no value, and the error counter says why.
      LOG.debug("cannot count the index for /metrics: {}", e.getMessage());
      return Double.NaN;
    }
  }

  /** Counts one answered request by its route template, method and status. */
  void record(Context ctx, Float ms) {
    Timer.builder("litfacets.http.requests")
        .description("HTTP requests answered, by route template")
        .tag("method", ctx.method().name())
        .tag("route", RequestLog.route(ctx))
        .tag("status", Integer.toString(ctx.statusCode()))
        .register(registry)
        .record((long) (ms * 1_000_000L), TimeUnit.NANOSECONDS);
  }

  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
    ctx.result(registry.scrape());
  }
}
