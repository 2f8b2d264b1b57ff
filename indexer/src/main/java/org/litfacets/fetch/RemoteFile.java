package org.litfacets.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A file on NLM's server.
 *
 * @param name the file name, used as the local name too
 * @param uri where to download it
 * @param md5Uri where NLM publishes its checksum, or null when it publishes none
 */
public record RemoteFile(String name, URI uri, URI md5Uri) {

  public RemoteFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uri, "uri");
    if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("not a plain file name: '" + name + "'");
    }
  }

  public Optional<URI> md5() {
    return Optional.ofNullable(md5Uri);
  }
}
