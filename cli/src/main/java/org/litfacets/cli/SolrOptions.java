package org.litfacets.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.litfacets.solr.ConfigSet;
import org.litfacets.solr.SolrLimits;
import picocli.CommandLine.Option;

/** Where Solr is: an existing node given by URL, or litfacets' own local node. */
final class SolrOptions {
  @Option(
      names = "--solr-url",
      description =
          "An existing Solr or SolrCloud node, e.g. http://localhost:8983/solr. "
              + "Without it, litfacets uses its local node (started if not running).")
  String url;

  @Option(
      names = "--collection",
      defaultValue = ConfigSet.COLLECTION,
      description = "Collection (core) name. Default: ${DEFAULT-VALUE}.")
  String collection;

  @Option(
      names = "--shards",
      defaultValue = "1",
      description = "Shards of a new SolrCloud collection. Default: ${DEFAULT-VALUE}.")
  int shards;

  @Option(
      names = "--solr-port",
      defaultValue = "8983",
      description = "Port of the local Solr node. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--solr-home",
      defaultValue = "data/solr",
      description = "Index folder of the local Solr node. Default: ${DEFAULT-VALUE}.")
  Path home;

  @Option(
      names = "--solr-heap",
      defaultValue = "1g",
      description = "Maximum heap of the local Solr node. Default: ${DEFAULT-VALUE}.")
  String heap;

  @Option(
      names = "--solr-time-allowed",
      defaultValue = "10",
      description =
          "Seconds Solr may spend on one search before it answers with the hits found so far "
              + "(flagged partialResults). Default: ${DEFAULT-VALUE}.")
  int timeAllowedSeconds;

  @Option(
      names = "--solr-timeout",
      defaultValue = "60",
      description =
          "Seconds to wait for any Solr answer before the request fails. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  SolrLimits limits() {
    return new SolrLimits(
        Duration.ofSeconds(timeAllowedSeconds), Duration.ofSeconds(timeoutSeconds));
  }
}
