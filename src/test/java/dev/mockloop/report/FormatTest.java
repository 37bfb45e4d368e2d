package dev.mockloop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
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

  @Test
  void theZeroDigitIsTheFormattersInEveryLocale() {
    // English locales skip the Formatter (its first use loads the locale providers); every
    // locale, and English ones with another numbering system, must give what it gives
    for (Locale l : Locale.getAvailableLocales()) {
      assertThat(Format.zero(l))
          .as(l.toLanguageTag())
          .isEqualTo(String.format(l, "%d", 0).charAt(0));
    }
    for (String tag : new String[] {"en-u-nu-arab", "en-IN-u-nu-deva", "en-u-nu-latn", "ar-EG"}) {
      Locale l = Locale.forLanguageTag(tag);
      assertThat(Format.zero(l)).as(tag).isEqualTo(String.format(l, "%d", 0).charAt(0));
    }
    assertThat(Format.zero(Locale.forLanguageTag("en-u-nu-arab"))).isNotEqualTo('0');
  }
}
