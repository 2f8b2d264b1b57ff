package org.litfacets.solr;

import java.io.IOException;
import java.net.Socket;

/**
 * A fault for reliability checks (SOLR-17707): a loopback server that accepts connections as a Solr
 * node would and then never reads a byte of them, so an update's body writer blocks once the socket
 * buffers are full.
 */
public final class StalledSolr extends FaultySolr {
  public StalledSolr() {
    super("never-reads");
  }

  @Override
  protected void accepted(Socket connection) throws IOException {
    // a small buffer fills at once, so the writer blocks early
    connection.setReceiveBufferSize(1024);
  }
}
