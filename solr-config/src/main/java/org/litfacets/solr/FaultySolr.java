package org.litfacets.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that a Solr client is pointed at to meet one fault of a real node; each kind
 * says what it does with the connections it accepts. Closing it closes every connection it
 * accepted.
 */
public abstract class FaultySolr implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();

  protected FaultySolr(String name) {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::acceptForever, name);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The Solr base URL a client would be given for this server. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/solr";
  }

  /** Called on the accepting thread for each new connection: must not block. */
  protected abstract void accepted(Socket connection) throws IOException;

  private void acceptForever() {
    try {
      while (true) {
        Socket s = server.accept();
        accepted.add(s);
        accepted(s);
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
