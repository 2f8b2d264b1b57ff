package org.litfacets.solr;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.solr.common.util.JavaBinCodec;
import org.apache.solr.common.util.NamedList;

/**
 * A fault for tests: a loopback proxy in front of a real Solr node whose search answers ({@code
 * /select}) come back marked {@code partialResults}, as Solr marks a search that ran out of {@code
 * timeAllowed}. A tiny test corpus never takes long enough to make Solr do it; the answers are
 * otherwise Solr's own. Closing it stops the proxy, not the node.
 */
public final class PartialSolr implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final HttpServer server;
  private final String target;

  /**
   * @param solrBaseUrl the node's base URL, e.g. {@code http://127.0.0.1:8983/solr}
   */
  public PartialSolr(String solrBaseUrl) {
    this.target = solrBaseUrl.replaceAll("/solr/?$", "");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::forward);
    server.start();
  }

  /** The Solr base URL a client would be given for this proxy. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/solr";
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = URI.create(target + exchange.getRequestURI());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .method(
                  exchange.getRequestMethod(),
                  HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      HttpResponse<byte[]> answer;
      try {
        answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      String answerType = answer.headers().firstValue("Content-Type").orElse("");
      byte[] body = answer.body();
      // SolrJ's answers are javabin, whether the search was a GET or a POST.
      boolean javabin =
          answerType.contains("javabin") || answerType.startsWith("application/octet-stream");
      if (uri.getPath().endsWith("/select") && javabin && answer.statusCode() == 200) {
        body = markedPartial(body);
      }
      exchange.getResponseHeaders().set("Content-Type", answerType);
      exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static byte[] markedPartial(byte[] javabin) throws IOException {
    NamedList<Object> answer;
    try (JavaBinCodec codec = new JavaBinCodec()) {
      answer = (NamedList<Object>) codec.unmarshal(new ByteArrayInputStream(javabin));
    }
    ((NamedList<Object>) answer.get("responseHeader")).add("partialResults", true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JavaBinCodec codec = new JavaBinCodec()) {
      codec.marshal(answer, out);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
