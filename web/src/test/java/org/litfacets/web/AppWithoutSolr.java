package org.litfacets.web;

import io.javalin.Javalin;
import java.util.Optional;
import org.litfacets.solr.SolrConnection;

/**
 * The web app on a free port with Solr at a closed port: for the answers that come before any
 * search (methods, routes, parameter checks).
 */
final class AppWithoutSolr implements AutoCloseable {
  private final SolrConnection solr = SolrConnection.open("http://127.0.0.1:9/solr", "litfacets");
  final Javalin app = WebApp.create(solr, Optional.empty()).start(0);

  @Override
  public void close() {
    app.stop();
    solr.close();
  }
}
