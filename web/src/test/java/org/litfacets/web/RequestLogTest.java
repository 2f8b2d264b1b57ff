package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {
  @Test
  void millisecondsHaveOneDecimalAsPercentPointOneFWritesThem() {
    assertThat(RequestLog.millis(12.34f)).isEqualTo("12.3");
    assertThat(RequestLog.millis(12.36f)).isEqualTo("12.4");
    assertThat(RequestLog.millis(7f)).isEqualTo("7.0");
    assertThat(RequestLog.millis(0.04f)).isEqualTo("0.0");
    assertThat(RequestLog.millis(61234.5f)).isEqualTo("61234.5");
  }
}
