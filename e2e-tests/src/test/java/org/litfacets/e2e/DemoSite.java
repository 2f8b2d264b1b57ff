package org.litfacets.e2e;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.litfacets.enrichment.MeshTrees;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleStore;
import org.litfacets.web.WebApp;

/**
 * The site the browser tests open: the demo's bundled articles (the corpus a new user sees without
 * ../shared) indexed with their MeSH tree numbers, served with the mesh module's NLM-format fixture
 * (a small real slice of MeSH: diabetes, reflexes, ...). Closing it stops the app.
 */
final class DemoSite implements AutoCloseable {
  private final SolrConnection solr;
  private final Javalin app;

  private DemoSite(SolrConnection solr, Javalin app) {
    this.solr = solr;
    this.app = app;
  }

  static DemoSite start() throws IOException {
    SolrConnection solr = TestSolr.connect();
    MeshVocabulary mesh =
        MeshVocabulary.load(Paths.get("../mesh/src/test/resources/mesh-fixture/desc-fixture.xml"));
    new Indexer(
            new ArticleStore(solr),
            Pipeline.of(List.of(new MeshTrees(mesh))),
            IndexOptions.DEFAULTS,
            IndexProgress.NONE)
        .index(List.of(demoCorpus()));
    return new DemoSite(solr, WebApp.create(solr, Optional.of(mesh)).start(0));
  }

  /** The address of {@code path} (starting with a slash) on this site. */
  String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  /** The bundled articles as a file the indexer reads. */
  private static Path demoCorpus() throws IOException {
    Path corpus = Files.createTempFile("e2e", ".xml");
    corpus.toFile().deleteOnExit();
    try (var in = DemoSite.class.getResourceAsStream("/demo/demo-articles.xml")) {
      Files.copy(in, corpus, StandardCopyOption.REPLACE_EXISTING);
    }
    return corpus;
  }

  @Override
  public void close() {
    app.stop();
    solr.close();
  }
}
