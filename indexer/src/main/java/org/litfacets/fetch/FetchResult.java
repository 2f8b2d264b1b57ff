package org.litfacets.fetch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What happened to one file.
 *
 * @param name the remote file name
 * @param file the local file (present unless FAILED)
 * @param status outcome
 * @param bytes size of the local file, or bytes received before failing
 * @param detail for FAILED the reason, otherwise a short note (e.g. "md5 verified")
 */
public record FetchResult(String name, Path file, Status status, long bytes, String detail) {

  public enum Status {
    DOWNLOADED,
    ALREADY_PRESENT,
    FAILED
  }

  public FetchResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    detail = detail == null ? "" : detail;
  }

  public boolean failed() {
    return status == Status.FAILED;
  }

  @Override
  public String toString() {
    return name + ": " + status + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
