package org.litfacets.solr;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.JavaBinCodec;
import org.apache.solr.common.util.NamedList;

/**
 * A fault for tests: a loopback server that answers the first request of each connection as a Solr
 * search would (one document, {@code pmid} 1, javabin), keeps the connection open, and closes it
 * without a word when the next request arrives on it. A client sees what it sees when it reuses a
 * kept-alive connection that the server closed while idle (Jetty's idle timeout) just as the
 * request went out: no answer at all, and no way to tell whether the server read the request.
 */
final class ForgetfulSolr extends FaultySolr {
  private final AtomicInteger dropped = new AtomicInteger();
  private final byte[] answer = searchAnswer();
  private final CountDownLatch opened;

  ForgetfulSolr() {
    this(1);
  }

  /**
   * A server that answers no first request before {@code connections} connections are open, so that
   * concurrent searches leave that many kept-alive connections in the client's pool.
   */
  ForgetfulSolr(int connections) {
    super("forgetful-solr");
    opened = new CountDownLatch(connections);
  }

  /** Requests that were read and left without an answer. */
  int dropped() {
    return dropped.get();
  }

  @Override
  protected void accepted(Socket connection) {
    Thread t = new Thread(() -> serve(connection), "forgetful-solr-connection");
    t.setDaemon(true);
    t.start();
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      if (!readRequest(in)) {
        return;
      }
      opened.countDown();
      if (!opened.await(10, TimeUnit.SECONDS)) {
        return;
      }
      OutputStream out = socket.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                  + answer.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(answer);
      out.flush();
      if (readRequest(in)) {
        dropped.incrementAndGet();
      }
    } catch (IOException e) {
      // the client went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads one request, headers and body; false when the connection ended first. */
  private static boolean readRequest(InputStream in) throws IOException {
    int contentLength = 0;
    boolean chunked = false;
    if (readLine(in).isEmpty()) {
      return false;
    }
    String line;
    while (!(line = readLine(in)).isEmpty()) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        contentLength = Integer.parseInt(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      int size;
      while ((size = Integer.parseInt(readLine(in).trim(), 16)) > 0) {
        in.readNBytes(size + 2);
      }
      readLine(in);
    } else {
      in.readNBytes(contentLength);
    }
    return true;
  }

  /** A line without its CRLF; empty at the end of the stream. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  private static byte[] searchAnswer() {
    NamedList<Object> header = new NamedList<>();
    header.add("status", 0);
    header.add("QTime", 0);
    SolrDocumentList docs = new SolrDocumentList();
    SolrDocument doc = new SolrDocument();
    doc.setField("pmid", "1");
    docs.add(doc);
    docs.setNumFound(1);
    NamedList<Object> answer = new NamedList<>();
    answer.add("responseHeader", header);
    answer.add("response", docs);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JavaBinCodec codec = new JavaBinCodec()) {
      codec.marshal(answer, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
