package org.litfacets.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EntityType;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.SolrConnection;
import org.litfacets.search.MeshService;
import org.litfacets.search.SearchService;
import org.litfacets.search.QueryEmbedder;
import org.litfacets.mesh.suggest.DescriptorVectors;
import org.litfacets.search.SentenceSearchService;
import org.litfacets.search.EntityService;
import org.litfacets.search.PairSearchService;
import org.litfacets.search.RelatedEntityService;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Builds the web application (UI and JSON API); the caller starts it on a port (0 in tests). */
public final class WebApp {
  private WebApp() {}

  /**
   * @param mesh the MeSH vocabulary; without it the pages and API answer that MeSH features are unavailable
   */
  public static Javalin create(SolrConnection solr, Optional<MeshVocabulary> mesh) {
    return create(solr, mesh, Optional.empty(), Optional.empty());
  }

  /**
   * @param embedder embeds queries for semantic article search and for semantic MeSH matching
   * @param meshHeadingVectors the MeSH headings embedded by the same model, for semantic MeSH matching
   */
  public static Javalin create(SolrConnection solr, Optional<MeshVocabulary> mesh, Optional<QueryEmbedder> embedder,
      Optional<DescriptorVectors> meshHeadingVectors) {
    EntityService entities = new EntityService(solr);
    return create(new SearchService(solr, mesh, embedder), new MeshService(solr, mesh, embedder, meshHeadingVectors),
        new SentenceSearchService(solr), entities, new PairSearchService(solr, entities),
        new RelatedEntityService(solr, entities));
  }

  private static Javalin create(SearchService search, MeshService mesh, SentenceSearchService sentences,
      EntityService entities, PairSearchService pairs, RelatedEntityService related) {
    TemplateEngine templates = templateEngine();
    SearchController searchController = new SearchController(search, entities);
    ArticleController articleController = new ArticleController(search, mesh);
    MeshController meshController = new MeshController(mesh);
    SentenceController sentenceController = new SentenceController(sentences, entities);
    EntityController entityController = new EntityController(entities, related);
    PairController pairController = new PairController(pairs, entities);
    ObjectMapper json = JavalinJackson.defaultMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .registerModule(articleKeys());
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jsonMapper(new JavalinJackson(json, false));
      config.fileRenderer((file, model, ctx) -> templates.process(file, new Context(Locale.ENGLISH, new HashMap<>(model))));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/static";
        files.location = Location.CLASSPATH;
      });
      config.routes.get("/", ctx -> ctx.redirect("/search"));
      config.routes.get("/search", searchController::page);
      config.routes.get("/articles/{pmid}", articleController::page);
      config.routes.get("/api/search", searchController::api);
      config.routes.get("/api/articles/{pmid}", articleController::api);
      config.routes.get("/api/articles/{pmid}/similar", articleController::similar);
      config.routes.get("/api/health", searchController::health);
      config.routes.get("/sentences", sentenceController::page);
      config.routes.get("/api/sentences", sentenceController::api);
      config.routes.get("/mesh", meshController::page);
      config.routes.get("/api/mesh/autocomplete", meshController::autocomplete);
      config.routes.post("/api/mesh/suggest", meshController::suggest);
      config.routes.get("/api/mesh/{ui}", meshController::heading);
      config.routes.get("/api/entities/autocomplete", entityController::autocomplete);
      config.routes.get("/pairs", pairController::page);
      config.routes.get("/api/pairs", pairController::api);
      config.routes.get("/related", entityController::relatedPage);
      config.routes.get("/api/related", entityController::related);
      Errors.register(config.routes);
    });
  }

  /**
   * Entity types and sentence labels appear in the API as the keys that filters and Solr values use ("cell_line",
   * "challenge"), not as Java constant names.
   */
  private static SimpleModule articleKeys() {
    SimpleModule keys = new SimpleModule("article-keys");
    keys.addSerializer(EntityType.class, new ToStringSerializerBase(EntityType.class) {
      @Override
      public String valueToString(Object value) {
        return ((EntityType) value).key();
      }
    });
    keys.addSerializer(ChallengeLabel.class, new ToStringSerializerBase(ChallengeLabel.class) {
      @Override
      public String valueToString(Object value) {
        return ((ChallengeLabel) value).key();
      }
    });
    keys.addKeySerializer(ChallengeLabel.class, new JsonSerializer<ChallengeLabel>() {
      @Override
      public void serialize(ChallengeLabel label, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeFieldName(label.key());
      }
    });
    return keys;
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
