package org.litfacets.cli;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.litfacets.embedding.Embedder;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.suggest.DescriptorVectors;
import org.litfacets.search.QueryEmbedder;
import org.litfacets.solr.SolrConnection;
import org.litfacets.store.ArticleStore;
import org.litfacets.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search UI and the JSON API until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @Mixin SolrOptions solr;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "HTTP port of the UI. Default: ${DEFAULT-VALUE}.")
  int port;

  @Mixin DataOptions data;

  @Mixin ModelsOption modelsFolder;

  @Mixin EmbeddingModelOption embeddingModel;

  @Mixin ArticleEmbeddingOption articleEmbedding;

  @Mixin WebServerOptions web;

  @Option(
      names = "--host",
      defaultValue = "localhost",
      description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    Optional<MeshVocabulary> mesh = data.loadMesh(System.err);
    SolrSession session = SolrSession.open(solr, System.err);
    Embedder articles;
    try {
      articles =
          articleEmbedding.loadForIndex(
              new ArticleStore(session.connection()).embeddingModels(), System.err);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    serveUntilStopped(
        session,
        mesh,
        semantics(mesh, modelsFolder.models, embeddingModel, articles, System.err),
        web,
        host,
        port);
    return 0;
  }

  /**
   * The query embedder of semantic and hybrid article search ({@code articles}, the article
   * vectors' model), and the MeSH heading vectors with the sentence model that embeds query
   * keywords for semantic MeSH matching, when they were built ('litfacets train mesh-vectors'):
   * computing those takes minutes, too long to do while a server starts.
   */
  static Semantics semantics(
      Optional<MeshVocabulary> mesh,
      Path models,
      EmbeddingModelOption embeddingModel,
      Embedder articles,
      PrintStream log) {
    Optional<QueryEmbedder> articleQueries =
        Optional.of(new QueryEmbedder(articles.modelName(), articles::embedQueries));
    if (mesh.isEmpty()) {
      return new Semantics(articleQueries, Optional.empty(), Optional.empty());
    }
    Embedder sentences = embeddingModel.load();
    Path vectors = TrainCommand.MeshVectors.file(models, sentences.modelName());
    if (!Files.isRegularFile(vectors)) {
      log.println(
          "MeSH: semantic suggestion off (no heading vectors at "
              + vectors
              + "; build them with "
              + "'litfacets train mesh-vectors')");
      return new Semantics(articleQueries, Optional.empty(), Optional.empty());
    }
    return new Semantics(
        articleQueries,
        Optional.of(new QueryEmbedder(sentences.modelName(), sentences::embedQueries)),
        Optional.of(
            DescriptorVectors.loadOrCompute(
                mesh.get(), sentences::embedEach, sentences.modelName(), vectors, log)));
  }

  /** What semantic article search and semantic MeSH matching need. */
  record Semantics(
      Optional<QueryEmbedder> articleQueries,
      Optional<QueryEmbedder> meshKeywords,
      Optional<DescriptorVectors> meshHeadingVectors) {

    /** The web app over {@code solr} with these embedders (not yet started). */
    Javalin app(SolrConnection solr, Optional<MeshVocabulary> mesh, WebServerOptions web) {
      return WebApp.create(
          solr,
          mesh,
          articleQueries,
          meshKeywords,
          meshHeadingVectors,
          web.maxConcurrentRequests());
    }
  }

  /** Serves the UI over {@code session} and blocks; Ctrl-C stops the web server, then Solr. */
  static void serveUntilStopped(
      SolrSession session,
      Optional<MeshVocabulary> mesh,
      Semantics semantics,
      WebServerOptions web,
      String host,
      int port)
      throws InterruptedException {
    SolrConnection solr = session.connection();
    Javalin app;
    try {
      app = semantics.app(solr, mesh, web).start(host, port);
    } catch (RuntimeException e) {
      session.close();
      throw new IllegalStateException(
          "cannot serve on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); is the port in use? Choose another with --port",
          e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("Stopping ...");
                  app.stop();
                  session.close();
                },
                "serve-stop"));
    System.err.printf(
        "litfacets is serving %,d articles at http://%s:%d/ (Ctrl-C stops it)%n",
        new ArticleStore(solr).count(), host, app.port());
    Thread.currentThread().join();
  }
}
