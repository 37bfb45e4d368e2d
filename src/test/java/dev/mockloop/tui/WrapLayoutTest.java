package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WrapLayoutTest {
  @Test
  void breaksAtSpacesAndKeepsNewlines() {
    WrapLayout l = WrapLayout.of("the quick brown fox\njumps", 10);
    assertThat(l.lines()).extracting(l::text).containsExactly("the quick", "brown fox", "jumps");
  }

  @Test
  void longWordsBreakInside() {
    WrapLayout l = WrapLayout.of("abcdefghijkl", 5);
    assertThat(l.lines()).extracting(l::text).containsExactly("abcde", "fghij", "kl");
  }

  @Test
  void reflowJoinsHandWrappedLinesButKeepsParagraphsAndItems() {
    String bank = "We need a store\nthat serves 100K QPS.\n\n- Checkout calls it\n  from 60"
        + " hosts.\n- p99 is 150 ms.\n1. first\n";
    assertThat(Styled.reflow(bank)).isEqualTo("We need a store that serves 100K QPS.\n\n"
        + "- Checkout calls it from 60 hosts.\n- p99 is 150 ms.\n1. first");
  }

  @Test
  void emptyTextHasOneLine() {
    assertThat(WrapLayout.of("", 10).lines()).hasSize(1);
    assertThat(WrapLayout.of("a\n", 10).lines()).hasSize(2);
  }

  @Property
  void linesFitAndEveryOffsetMapsBack(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 40) int width) {
    WrapLayout l = WrapLayout.of(text, width);
    for (WrapLayout.Line line : l.lines()) {
      int cols = WrapLayout.columns(text, line.start(), line.end());
      // a double-width character alone may overflow a one-column line; nothing else may
      assertThat(cols).isLessThanOrEqualTo(line.end() - line.start() == 1 ? 2 : width);
    }
    for (int off = 0; off <= text.length(); off++) {
      int row = l.rowOf(off);
      WrapLayout.Line line = l.lines().get(row);
      assertThat(off).isBetween(line.start(), Math.max(line.end(), line.start()));
      if (off <= line.end()) {
        assertThat(l.offsetAt(row, l.columnOf(off))).isEqualTo(off);
      }
    }
  }

  @Property
  void noCharacterIsLostOrDuplicated(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 40) int width) {
    WrapLayout l = WrapLayout.of(text, width);
    StringBuilder back = new StringBuilder();
    int pos = 0;
    for (WrapLayout.Line line : l.lines()) {
      back.append(text, pos, line.start()); // skipped separator (space or newline)
      back.append(l.text(line));
      pos = line.end();
    }
    back.append(text.substring(Math.min(pos, text.length())));
    assertThat(back.toString()).isEqualTo(text);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab c\nxyz  漢").ofMaxLength(120);
  }
}
