package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.litfacets.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

class WebServerOptionsTest {

  @Command
  static final class Options {
    @Mixin WebServerOptions web;
  }

  private static WebServerOptions parse(String... args) {
    Options options = new Options();
    new CommandLine(options).parseArgs(args);
    return options.web;
  }

  @Test
  void byDefaultSixRequestsPerCoreAreServedAtOnce() {
    assertThat(parse().maxConcurrentRequests())
        .isEqualTo(6 * Runtime.getRuntime().availableProcessors());
  }

  @Test
  void zeroLiftsTheLimitAndAnyOtherCountSetsIt() {
    assertThat(parse("--max-concurrent-requests", "0").maxConcurrentRequests())
        .isEqualTo(WebApp.NO_LIMIT);
    assertThat(parse("--max-concurrent-requests", "3").maxConcurrentRequests()).isEqualTo(3);
  }

  @Test
  void aNegativeCountIsRefusedAsTheCommandLineIsRead() {
    assertThatThrownBy(() -> parse("--max-concurrent-requests", "-1"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("--max-concurrent-requests must be 0 (no limit) or more, got -1");
  }
}
