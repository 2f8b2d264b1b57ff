package org.litfacets.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void drawsBarsAndDurations() {
    assertThat(ProgressLine.bar(0)).isEqualTo("[" + " ".repeat(30) + "]");
    assertThat(ProgressLine.bar(0.5)).isEqualTo("[" + "#".repeat(15) + " ".repeat(15) + "]");
    assertThat(ProgressLine.bar(0.999)).isEqualTo("[" + "#".repeat(29) + " ]");
    assertThat(ProgressLine.bar(1.5)).isEqualTo("[" + "#".repeat(30) + "]");
    assertThat(ProgressLine.duration(125.4)).isEqualTo("2:05");
  }

  @Test
  void redrawsInPlaceAtMostFiveTimesASecondButAlwaysTheLastLine() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ProgressLine line = new ProgressLine(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    line.draw("first", false);
    line.draw("too soon", false);
    line.draw("last", true);
    line.restart();
    line.draw("next file", false);

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .isEqualTo("\rfirst   \rlast   \rnext file   ");
  }
}
