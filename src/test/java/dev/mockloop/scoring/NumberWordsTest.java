package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The vocabulary {@link NumberFilter} reads numbers with. */
class NumberWordsTest {
  @Test
  void digitsParseWithOrWithoutThousandsSeparators() {
    assertThat(NumberWords.parse("100000")).isEqualByComparingTo("100000");
    assertThat(NumberWords.parse("100,000")).isEqualByComparingTo("100000");
    assertThat(NumberWords.parse("2.5")).isEqualByComparingTo("2.5");
    assertThat(NumberWords.parse("1,00")).isNull();
    assertThat(NumberWords.parse("1.2.3")).isNull();
  }

  @Test
  void aValueIsWrittenOneWay() {
    assertThat(NumberWords.canonical(new BigDecimal("1.50"))).isEqualTo("1.5");
    assertThat(
            NumberWords.canonical(
                new BigDecimal("100").multiply(NumberWords.SUFFIX_MULTIPLIERS.get("k"))))
        .isEqualTo("100000");
    assertThat(NumberWords.canonical(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void spelledNumbersAndDurationUnits() {
    assertThat(NumberWords.SPELLED)
        .containsEntry("nineteen", 19)
        .containsEntry("ninety", 90)
        .containsEntry("dozen", 12)
        .doesNotContainKey("hundred");
    assertThat(NumberWords.DURATIONS.get("yrs")).isEqualTo(new NumberWords.Unit("month", 12));
    assertThat(NumberWords.DURATIONS.get("wk")).isEqualTo(new NumberWords.Unit("day", 7));
    assertThat(NumberWords.DURATIONS.get("h")).isEqualTo(new NumberWords.Unit("minute", 60));
    assertThat(NumberWords.WORD_MULTIPLIERS.get("billion")).isEqualByComparingTo("1000000000");
  }
}
