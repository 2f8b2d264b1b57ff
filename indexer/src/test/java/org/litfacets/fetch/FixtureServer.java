package org.litfacets.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for NLM's HTTP server: serves byte arrays by path, answers Range requests (or
 * ignores them, like some proxies), and can cut a response short or corrupt it, so that resume and
 * checksum handling meet real HTTP.
 */
final class FixtureServer implements AutoCloseable {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, byte[]> nextResponse = new ConcurrentHashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean rangeSupport = true;
  private final Map<String, Integer> cutAfter = new ConcurrentHashMap<>();
  private final Map<String, Integer> stallAfter = new ConcurrentHashMap<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    // A stalled response must not hold up the others.
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  static FixtureServer start() throws IOException {
    return new FixtureServer();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  void put(String path, byte[] content) {
    files.put(path, content);
  }

  void putResource(String path, String resource) {
    put(path, resource(resource));
  }

  /** The next GET of {@code path} gets these bytes instead, e.g. a corrupted copy. */
  void corruptNext(String path, byte[] content) {
    nextResponse.put(path, content);
  }

  void rangeSupport(boolean on) {
    rangeSupport = on;
  }

  /**
   * Every response for {@code path} is cut after this many bytes while announcing its full length;
   * -1 to stop.
   */
  void cutAfter(String path, int bytes) {
    if (bytes < 0) {
      cutAfter.remove(path);
    } else {
      cutAfter.put(path, bytes);
    }
  }

  /**
   * Every response for {@code path} stops sending after this many bytes and hangs until the server
   * closes.
   */
  void stallAfter(String path, int bytes) {
    stallAfter.put(path, bytes);
  }

  /** "GET /path", with " Range:bytes=N-" when the client asked for a range. */
  List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  long count(String request) {
    return requests().stream().filter(r -> r.startsWith(request)).count();
  }

  static byte[] resource(String name) {
    try (InputStream in = FixtureServer.class.getResourceAsStream("/fetch/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /fetch/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String range = exchange.getRequestHeaders().getFirst("Range");
      String method = exchange.getRequestMethod();
      requests.add(method + " " + path + (range == null ? "" : " Range:" + range));
      byte[] content = files.get(path);
      if (content == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (method.equals("GET")) {
        byte[] replaced = nextResponse.remove(path);
        content = replaced != null ? replaced : content;
      }
      int status = 200;
      int from = 0;
      Matcher m = range == null ? null : RANGE.matcher(range);
      if (rangeSupport && m != null && m.matches()) {
        from = Integer.parseInt(m.group(1));
        if (from >= content.length) {
          exchange.getResponseHeaders().add("Content-Range", "bytes */" + content.length);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        status = 206;
        exchange
            .getResponseHeaders()
            .add(
                "Content-Range",
                "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
      }
      byte[] body = Arrays.copyOfRange(content, from, content.length);
      if (method.equals("HEAD")) {
        exchange.getResponseHeaders().add("Content-Length", Integer.toString(body.length));
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      exchange.sendResponseHeaders(status, body.length);
      OutputStream out = exchange.getResponseBody();
      int cut = cutAfter.getOrDefault(path, -1);
      if (cut >= 0 && cut < body.length) {
        out.write(body, 0, cut);
        out.flush();
        // Closing short of the announced length makes the server drop the connection, like a
        // network failure.
        return;
      }
      int stall = stallAfter.getOrDefault(path, -1);
      if (stall >= 0 && stall < body.length) {
        out.write(body, 0, stall);
        out.flush();
        try {
          closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      out.write(body);
    }
  }
}
