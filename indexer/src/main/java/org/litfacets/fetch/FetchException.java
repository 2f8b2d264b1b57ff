package org.litfacets.fetch;

import java.io.IOException;

/**
 * A download problem described for the person running the command: its message is meant to be
 * printed as is.
 */
public class FetchException extends IOException {

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
