package org.litfacets.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EntityType;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.suggest.DescriptorVectors;
import org.litfacets.mesh.suggest.SuggestionMethod;
import org.litfacets.pubtator3.Publications;
import org.litfacets.pubtator3.PubtatorRelations;
import org.litfacets.pubtator3.PubtatorSearch;
import org.litfacets.search.BooleanService;
import org.litfacets.search.EntityService;
import org.litfacets.search.FilterField;
import org.litfacets.search.MeshService;
import org.litfacets.search.PairSearchService;
import org.litfacets.search.QueryEmbedder;
import org.litfacets.search.QueryKind;
import org.litfacets.search.QueryReader;
import org.litfacets.search.RelatedEntityService;
import org.litfacets.search.SearchMode;
import org.litfacets.search.SearchService;
import org.litfacets.search.SentenceSearchService;
import org.litfacets.search.SortOrder;
import org.litfacets.solr.SolrConnection;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Builds the web application (UI and JSON API); the caller starts it on a port (0 in tests). */
public final class WebApp {
  static final int MAX_HEADER_BYTES = 128 * 1024;

  /**
   * Scripts, styles and images from this server only; no inline script or style, no plugins, no
   * framing: a title or abstract that smuggles markup past the escaping still cannot run.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /** No admission limit: every request is served as soon as it arrives. */
  public static final int NO_LIMIT = 0;

  private WebApp() {}

  /**
   * Holds requests beyond {@code max} until one ends, in order of arrival and without a thread
   * (Jetty's QoSHandler). With every request of 32 clients running at once on 2 cores, each takes
   * as long as all of them together, so a search that costs three times the CPU of another waits
   * three times as long, and the slowest kinds make the tail; served a few at a time, a request
   * waits for those before it and then runs at full speed, which evens out the latencies of the
   * kinds of search without changing the CPU each costs ({@code bench/results/search-profile.md}).
   * Health, metrics, static files and exports, which may stream for minutes, pass without a turn.
   */
  static QoSHandler admission(int max) {
    QoSHandler qos = new QoSHandler();
    qos.setMaxRequestCount(max);
    qos.setMaxSuspend(Duration.ofSeconds(60));
    qos.excludePath(
        "/api/health",
        "/metrics",
        "/static/*",
        "/api/export",
        "/eutils/efetch.fcgi",
        "^.*/publications/export/.*$");
    return qos;
  }

  /**
   * @param mesh the MeSH vocabulary; without it the pages and API answer that MeSH features are
   *     unavailable
   */
  public static Javalin create(SolrConnection solr, Optional<MeshVocabulary> mesh) {
    return create(solr, mesh, Optional.empty(), Optional.empty());
  }

  /**
   * @param embedder embeds queries for semantic article search and for semantic MeSH matching
   * @param meshHeadingVectors the MeSH headings embedded by the same model, for semantic MeSH
   *     matching
   */
  public static Javalin create(
      SolrConnection solr,
      Optional<MeshVocabulary> mesh,
      Optional<QueryEmbedder> embedder,
      Optional<DescriptorVectors> meshHeadingVectors) {
    return create(solr, mesh, embedder, embedder, meshHeadingVectors, NO_LIMIT);
  }

  /**
   * @param articleQueries embeds queries for semantic and hybrid article search, with the model of
   *     the indexed article vectors
   * @param meshKeywords embeds query keywords for semantic MeSH matching, with the model of {@code
   *     meshHeadingVectors}
   * @param meshHeadingVectors the MeSH headings embedded by that model
   * @param maxConcurrentRequests requests served at once, the others waiting their turn ({@link
   *     #admission}); {@link #NO_LIMIT} for none
   */
  public static Javalin create(
      SolrConnection solr,
      Optional<MeshVocabulary> mesh,
      Optional<QueryEmbedder> articleQueries,
      Optional<QueryEmbedder> meshKeywords,
      Optional<DescriptorVectors> meshHeadingVectors,
      int maxConcurrentRequests) {
    SearchService search = new SearchService(solr, mesh, articleQueries);
    EntityService entities = new EntityService(solr);
    return create(
        new HealthController(solr, mesh, articleQueries, meshHeadingVectors),
        new Metrics(solr, search::articleCount),
        search,
        new MeshService(solr, mesh, meshKeywords, meshHeadingVectors),
        new SentenceSearchService(solr, mesh),
        new BooleanService(solr, search, mesh),
        entities,
        new PairSearchService(solr, entities),
        new RelatedEntityService(solr, entities),
        maxConcurrentRequests);
  }

  private static Javalin create(
      HealthController health,
      Metrics metrics,
      SearchService search,
      MeshService mesh,
      SentenceSearchService sentences,
      BooleanService booleanSearch,
      EntityService entities,
      PairSearchService pairs,
      RelatedEntityService related,
      int maxConcurrentRequests) {
    TemplateEngine templates = templateEngine();
    SearchController searchController = new SearchController(search, entities);
    BooleanController booleanController = new BooleanController(booleanSearch);
    ExportController exportController = new ExportController(search);
    EutilsController eutilsController = new EutilsController(search);
    ArticleController articleController = new ArticleController(search, mesh);
    MeshController meshController = new MeshController(mesh);
    SentenceController sentenceController = new SentenceController(sentences, entities);
    EntityController entityController = new EntityController(entities, related);
    PairController pairController = new PairController(pairs, entities);
    ApiDocsController apiDocs = new ApiDocsController();
    PubtatorController pubtator =
        new PubtatorController(
            new Publications(search),
            entities,
            new PubtatorSearch(search, entities, pairs),
            new PubtatorRelations(related));
    ObjectMapper json = jsonMapper();
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          // Room for a query of the longest allowed length even when every character is
          // percent-encoded UTF-8 (9 bytes), with filters beside it; longer URLs answer 414 JSON.
          config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
          config.jetty.modifyServer(
              server -> {
                server.setErrorHandler(new JsonErrorHandler(MAX_HEADER_BYTES));
                if (maxConcurrentRequests != NO_LIMIT) {
                  server.setHandler(admission(maxConcurrentRequests));
                }
              });
          config.requestLogger.http(
              (ctx, ms) -> {
                RequestLog.write(ctx, ms);
                metrics.record(ctx, ms);
              });
          config.routes.before(
              ctx -> {
                RequestLog.assignId(ctx);
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
              });
          // A Boolean history may hold 200 lines of 10,000 characters, which JSON may escape to 6
          // bytes each.
          config.http.maxRequestSize =
              (long) QueryReader.MAX_LINES * QueryReader.MAX_LINE_CHARS * 6 + 100_000;
          // A route asked with a method it does not take is 405, not "no such endpoint".
          config.http.prefer405over404 = true;
          config.jsonMapper(new JavalinJackson(json, false));
          config.fileRenderer(
              (file, model, ctx) ->
                  templates.process(file, new Context(Locale.ENGLISH, new HashMap<>(model))));
          config.staticFiles.add(
              files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
              });
          // Javalin answers HEAD itself with an empty 200 for any path that has a GET route,
          // without running it; a HEAD must get the status and headers of the GET (a 404 for an
          // unknown article, a 400 for a bad parameter), Jetty leaving the body out.
          BiConsumer<String, Handler> get =
              (path, handler) -> {
                config.routes.get(path, handler);
                config.routes.head(path, handler);
              };
          get.accept("/", ctx -> ctx.redirect("/search"));
          get.accept("/search", searchController::page);
          get.accept("/articles/{pmid}", articleController::page);
          get.accept("/api/search", searchController::api);
          get.accept("/api/articles/{pmid}", articleController::api);
          get.accept("/api/articles/{pmid}/similar", articleController::similar);
          get.accept("/api/health", health::health);
          get.accept("/metrics", metrics::scrape);
          get.accept("/api/openapi.json", apiDocs::openapi);
          get.accept("/api/docs", apiDocs::page);
          get.accept("/sentences", sentenceController::page);
          get.accept("/api/sentences", sentenceController::api);
          get.accept("/mesh", meshController::page);
          get.accept("/api/mesh/autocomplete", meshController::autocomplete);
          config.routes.post("/api/mesh/suggest", meshController::suggest);
          get.accept("/api/mesh/{ui}", meshController::heading);
          get.accept("/api/entities/autocomplete", entityController::autocomplete);
          get.accept("/pairs", pairController::page);
          get.accept("/api/pairs", pairController::api);
          get.accept("/related", entityController::relatedPage);
          get.accept("/api/related", entityController::related);
          get.accept("/boolean", booleanController::page);
          for (String prefix : List.of("", PubtatorController.PREFIX)) {
            get.accept(prefix + "/publications/export/pubtator", pubtator::exportPubtator);
            get.accept(prefix + "/publications/export/biocjson", pubtator::exportBiocJson);
            get.accept(prefix + "/entity/autocomplete", pubtator::autocomplete);
            get.accept(prefix + "/relations", pubtator::relations);
          }
          // At the root, /search is the search page: PubTator's search is served under its prefix
          // only.
          get.accept(PubtatorController.PREFIX + "/search", pubtator::search);
          config.routes.post("/api/boolean/translate", booleanController::translate);
          config.routes.post("/api/boolean/count", booleanController::count);
          config.routes.post("/api/boolean/search", booleanController::search);
          config.routes.post("/api/boolean/seeds", booleanController::seeds);
          get.accept("/api/export", exportController::export);
          get.accept("/eutils/esearch.fcgi", eutilsController::esearch);
          config.routes.post("/eutils/esearch.fcgi", eutilsController::esearch);
          get.accept("/eutils/efetch.fcgi", eutilsController::efetch);
          config.routes.post("/eutils/efetch.fcgi", eutilsController::efetch);
          Errors.register(config.routes);
        });
  }

  /** How every JSON answer is written. */
  static ObjectMapper jsonMapper() {
    return JavalinJackson.defaultMapper()
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .registerModule(articleKeys());
  }

  /**
   * Entity types and sentence labels appear in the API as the keys that filters and Solr values use
   * ("cell_line", "challenge"), and a search's sort, mode, kind and filter fields and a MeSH
   * suggestion's methods as the parameters write them ("newest", "lexical", "text", "type",
   * "exact"), not as Java constant names.
   */
  private static SimpleModule articleKeys() {
    SimpleModule keys = new SimpleModule("article-keys");
    byApiName(keys, SortOrder.class, SortOrder::apiName);
    byApiName(keys, SearchMode.class, SearchMode::apiName);
    byApiName(keys, QueryKind.class, QueryKind::apiName);
    byApiName(keys, FilterField.class, FilterField::apiName);
    byApiName(keys, SuggestionMethod.class, m -> m.name().toLowerCase(Locale.ROOT));
    keys.addSerializer(
        EntityType.class,
        new ToStringSerializerBase(EntityType.class) {
          @Override
          public String valueToString(Object value) {
            return ((EntityType) value).key();
          }
        });
    keys.addSerializer(
        ChallengeLabel.class,
        new ToStringSerializerBase(ChallengeLabel.class) {
          @Override
          public String valueToString(Object value) {
            return ((ChallengeLabel) value).key();
          }
        });
    keys.addKeySerializer(
        ChallengeLabel.class,
        new JsonSerializer<ChallengeLabel>() {
          @Override
          public void serialize(
              ChallengeLabel label, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            out.writeFieldName(label.key());
          }
        });
    return keys;
  }

  private static <E> void byApiName(SimpleModule keys, Class<E> type, Function<E, String> name) {
    keys.addSerializer(
        type,
        new ToStringSerializerBase(type) {
          @Override
          public String valueToString(Object value) {
            return name.apply(type.cast(value));
          }
        });
  }

  private static TemplateEngine templateEngine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
