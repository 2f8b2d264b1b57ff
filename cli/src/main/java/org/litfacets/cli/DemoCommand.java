package org.litfacets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.litfacets.indexing.Checkpoint;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Start Solr (unless --solr-url), index the demo corpus and serve the UI on http://localhost:7070.")
final class DemoCommand implements Callable<Integer> {
  /** Real PubMed XML in ../shared/data that the demo indexes when present. */
  static final List<String> SHARED_CORPUS =
      List.of("pubmed-xml-samples", "pubmed-corpus/medline-sample-2006");

  private static final String BUNDLED = "/demo/demo-articles.xml";

  @Mixin SolrOptions solr;

  @Mixin DataOptions data;

  @Mixin EnrichmentOptions enrichment;

  @Mixin WebServerOptions web;

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      split = ",",
      description = "PubMed XML files or folders to index instead of the default corpus.")
  List<Path> corpus;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "HTTP port of the UI. Default: ${DEFAULT-VALUE}.")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    List<Path> inputs = corpus != null ? corpus : defaultCorpus();
    Optional<MeshVocabulary> mesh = data.loadMesh(System.err);
    SolrSession session = SolrSession.open(solr, System.err);
    try {
      Pipeline pipeline =
          enrichment.pipeline(data, mesh, new ArticleStore(session.connection()), System.err);
      IndexCommand.run(
          session.connection(),
          Indexer.inputFiles(inputs),
          IndexOptions.DEFAULTS,
          pipeline,
          Checkpoint.NONE,
          System.err);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    ServeCommand.serveUntilStopped(
        session,
        mesh,
        ServeCommand.semantics(
            mesh,
            enrichment.modelsFolder.models,
            enrichment.embeddingModel,
            enrichment.articleEmbedding.load(),
            System.err),
        web,
        "localhost",
        port);
    return 0;
  }

  private List<Path> defaultCorpus() {
    List<Path> found = new ArrayList<>();
    for (String name : SHARED_CORPUS) {
      Path p = data.sharedData.resolve(name);
      if (Files.isDirectory(p)) {
        found.add(p);
      }
    }
    if (!found.isEmpty()) {
      System.err.println("Demo corpus: real PubMed records from " + found);
      return found;
    }
    System.err.println(
        "Demo corpus: "
            + data.sharedData
            + " is absent, so the bundled sample articles are used "
            + "(index your own PubMed XML with 'litfacets index', or fetch some with 'litfacets fetch pubmed')");
    return List.of(bundledCorpus());
  }

  private static Path bundledCorpus() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(BUNDLED)) {
      Path file = Files.createTempFile("litfacets-demo", ".xml");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled demo corpus", e);
    }
  }
}
