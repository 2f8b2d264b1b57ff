package org.litfacets.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.ConfigSet;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The latency benchmarks' server: the benchmark collection ({@link BenchCollection}, built once and
 * reused) served by the real web application, started in this process on a free port, as {@code
 * litfacets serve} starts it.
 */
final class BenchServer implements AutoCloseable {
  static final String COLLECTION = "litfacets_bench_100k";

  /** What the latency benchmarks take. */
  static final class Options {
    @Mixin SolrOptions solr;

    @Mixin DataOptions data;

    @Mixin EnrichmentOptions enrichment;

    @Mixin WebServerOptions web;

    @Parameters(
        arity = "0..1",
        paramLabel = "DATA",
        description =
            "The folder whose real abstracts fill the benchmark collection, laid out as the shared data "
                + "(pubmed-xml-samples, pubmed-corpus, bc5cdr, ...). Default: the --shared-data folder.")
    Path abstractsFolder;

    /** The folder of real abstracts: DATA, or the shared data. */
    Path abstracts() {
      return abstractsFolder != null ? abstractsFolder : data.sharedData;
    }

    @Option(
        names = "--docs",
        defaultValue = "100000",
        description =
            "Articles in the benchmark collection: every real abstract of the shared data, enriched once, "
                + "then copied under new PMIDs up to this number. Default: ${DEFAULT-VALUE}.")
    int docs;

    @Option(
        names = "--abstracts",
        defaultValue = "0",
        description =
            "Enrich only this many of the real abstracts (spread evenly over the sources) and copy "
                + "those, when enriching all of them would take too long; 0 for all. Default: ${DEFAULT-VALUE}.")
    int abstractSample;

    @Option(
        names = "--rebuild",
        description =
            "Build the benchmark collection again even when it already holds --docs articles.")
    boolean rebuild;

    String collection() {
      return solr.collection.equals(ConfigSet.COLLECTION) ? COLLECTION : solr.collection;
    }
  }

  final SolrSession session;
  final BenchCollection.Built collection;
  final Optional<MeshVocabulary> mesh;
  private final Javalin app;

  private BenchServer(
      SolrSession session,
      BenchCollection.Built collection,
      Optional<MeshVocabulary> mesh,
      Javalin app) {
    this.session = session;
    this.collection = collection;
    this.mesh = mesh;
    this.app = app;
  }

  static BenchServer start(Options o, PrintStream log) throws IOException {
    Optional<MeshVocabulary> mesh = o.data.loadMesh(log);
    SolrSession session = SolrSession.open(o.solr, o.collection(), log);
    try {
      BenchCollection.Built built =
          BenchCollection.ensure(
              new ArticleStore(session.connection()),
              session.connection()::deleteAll,
              session.connection()::mergeSegments,
              o.abstracts(),
              o.abstractSample,
              o.docs,
              o.rebuild,
              store -> o.enrichment.pipeline(o.data, mesh, store, log),
              log);
      ServeCommand.Semantics semantics =
          ServeCommand.semantics(
              mesh,
              o.enrichment.modelsFolder.models,
              o.enrichment.embeddingModel,
              // a reused collection keeps the vectors it was built with
              o.enrichment.articleEmbedding.loadForIndex(
                  new ArticleStore(session.connection()).embeddingModels(), log),
              log);
      Javalin app = semantics.app(session.connection(), mesh, o.web).start("127.0.0.1", 0);
      return new BenchServer(session, built, mesh, app);
    } catch (IOException | RuntimeException e) {
      session.close();
      throw e;
    }
  }

  String url() {
    return "http://127.0.0.1:" + app.port();
  }

  @Override
  public void close() {
    app.stop();
    session.close();
  }
}
