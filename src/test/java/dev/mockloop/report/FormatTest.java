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

  @Test
  void numbersAndPaddingAreWhatTheFormatStringsGave() {
    for (long n : new long[] {0, 7, -7, 42, 100, 1234, -98765, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThat(Format.d(n)).isEqualTo(String.format("%d", n));
      assertThat(Format.right(Format.d(n), 3)).isEqualTo(String.format("%3d", n));
      assertThat(Format.right(Format.d(n), 2)).isEqualTo(String.format("%2d", n));
    }
    for (String s : new String[] {"", "ab", "design", "a dimension longer than 14", "Café"}) {
      assertThat(Format.left(s, 14)).isEqualTo(String.format("%-14s", s));
      assertThat(Format.left(s, 3)).isEqualTo(String.format("%-3s", s));
      assertThat(Format.right(s, 5)).isEqualTo(String.format("%5s", s));
    }
  }
}
