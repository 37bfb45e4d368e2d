package dev.mockloop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void mmssPrintsWhatTheFormatStringDidForEveryTime() {
    for (long s = 0; s < 200 * 60; s += 7) {
      assertThat(Format.mmss(s)).isEqualTo(String.format("%02d:%02d", s / 60, s % 60));
    }
    assertThat(Format.mmss(0)).isEqualTo("00:00");
    assertThat(Format.mmss(245)).isEqualTo("04:05");
    assertThat(Format.mmss(7500)).isEqualTo("125:00");
    assertThat(Format.mmss(-5)).isEqualTo("00:00");
    assertThat(Format.mmss(Duration.ofMinutes(10_000))).isEqualTo("10000:00");
  }
}
