package org.litfacets.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fault for reliability checks (SOLR-17707): a loopback server that accepts connections as a Solr
 * node would and then never reads a byte of them, so an update's body writer blocks once the socket
 * buffers are full. Closing it closes every connection it accepted.
 */
public final class StalledSolr implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();

  public StalledSolr() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::acceptForever, "never-reads");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The Solr base URL a client would be given for this server. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/solr";
  }

  private void acceptForever() {
    try {
      while (true) {
        Socket s = server.accept();
        // a small buffer fills at once, so the writer blocks early
        s.setReceiveBufferSize(1024);
        accepted.add(s);
      }
    } catch (IOException closed) {
      // the server was closed: nothing more to accept
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : accepted) {
      s.close();
    }
  }
}
