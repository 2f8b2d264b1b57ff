package org.litfacets.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * Where NLM serves its files. Configurable so that tests (or a local mirror) can stand in for NLM.
 *
 * @param pubmed base of the PubMed folders ({@code baseline/} and {@code updatefiles/} are resolved
 *     against it)
 * @param mesh folder holding {@code descYYYY.xml}
 */
public record NlmLocations(URI pubmed, URI mesh) {

  public static final URI NLM_PUBMED = URI.create("https://ftp.ncbi.nlm.nih.gov/pubmed/");
  public static final URI NLM_MESH =
      URI.create("https://nlmpubs.nlm.nih.gov/projects/mesh/MESH_FILES/xmlmesh/");

  public NlmLocations {
    pubmed = asFolder(Objects.requireNonNull(pubmed, "pubmed base URL"));
    mesh = asFolder(Objects.requireNonNull(mesh, "MeSH base URL"));
  }

  public static NlmLocations nlm() {
    return new NlmLocations(NLM_PUBMED, NLM_MESH);
  }

  public URI pubmedFolder(PubmedSet set) {
    return pubmed.resolve(set.folder());
  }

  public URI meshDescriptors(int year) {
    if (year < 1990 || year > 2999) {
      throw new IllegalArgumentException(
          "MeSH year must be a four-digit year such as 2025, got " + year);
    }
    return mesh.resolve("desc" + year + ".xml");
  }

  // Without the trailing slash, URI.resolve would replace the last path segment instead of
  // descending into it.
  private static URI asFolder(URI uri) {
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "base URL must be absolute, like https://host/path/, got " + uri);
    }
    String s = uri.toString();
    return s.endsWith("/") ? uri : URI.create(s + "/");
  }
}
