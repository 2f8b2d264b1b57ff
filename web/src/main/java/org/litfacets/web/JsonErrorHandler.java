package org.litfacets.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.litfacets.search.QueryReader;

/**
 * Errors Jetty answers itself, before the application sees the request (a URL or headers too long,
 * a path Jetty refuses): JSON like every other error, never Jetty's HTML page or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpField CONTENT_TYPE =
      new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
  private final int maxHeaderBytes;

  /**
   * @param maxHeaderBytes the request line and headers Jetty accepts, named in the 414 and 431
   *     messages
   */
  JsonErrorHandler(int maxHeaderBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb) {
    response.getHeaders().put(CONTENT_TYPE);
    response.write(true, body(code, message), cb);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(CONTENT_TYPE);
    return body(status, reason);
  }

  private ByteBuffer body(int code, String reason) {
    String message =
        switch (code) {
          case HttpStatus.URI_TOO_LONG_414 ->
              "the URL is longer than the server accepts ("
                  + maxHeaderBytes
                  + " bytes); a query may hold at most "
                  + QueryReader.MAX_LINE_CHARS
                  + " characters";
          case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
              "the request's headers are larger than the server accepts ("
                  + maxHeaderBytes
                  + " bytes)";
          default ->
              reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(code))
                  ? HttpStatus.getMessage(code)
                  : HttpStatus.getMessage(code) + ": " + reason;
        };
    String error = code == HttpStatus.NOT_FOUND_404 ? "not_found" : "http_" + code;
    try {
      return ByteBuffer.wrap(JSON.writeValueAsBytes(Map.of("error", error, "message", message)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
