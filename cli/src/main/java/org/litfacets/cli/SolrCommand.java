package org.litfacets.cli;

import java.util.concurrent.Callable;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "Run the local Solr node (with the litfacets collection) until Ctrl-C.")
final class SolrCommand implements Callable<Integer> {
  @Mixin SolrOptions solr;

  @Override
  public Integer call() throws InterruptedException {
    if (solr.url != null) {
      throw new IllegalArgumentException(
          "'litfacets solr' runs the local node; --solr-url makes no sense here");
    }
    SolrSession session = SolrSession.open(solr, System.err);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("Stopping Solr ...");
                  session.close();
                },
                "solr-stop"));
    System.err.printf(
        "Solr is running at %s with %,d articles. Ctrl-C stops it.%n",
        session.connection().baseUrl(), new ArticleStore(session.connection()).count());
    Thread.currentThread().join();
    return 0;
  }
}
