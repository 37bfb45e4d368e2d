package dev.mockloop.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.testing.RandomInputs;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SafeTextTest {
  @Test
  void removesCursorTitleAndClipboardSequences() {
    String evil = "p99 \u001b[2J\u001b[H\u001b]0;pwned\u0007ok \u001b]52;c;aGk=\u001b\\done\u001bc";
    assertThat(SafeText.plain(evil)).isEqualTo("p99 ok done");
  }

  @Test
  void replacesLoneControlsAndDropsCarriageReturns() {
    assertThat(SafeText.plain("a\u0000b\u0008c\u007fd\u009be\r\nf\tg"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\nf\tg");
  }

  @Test
  void keepsUnicodeTextAsItIs() {
    String text = "延迟 p99 ≤ 4 ms 🚀 שלום";
    assertThat(SafeText.plain(text)).isSameAs(text);
  }

  @Test
  void colourMayStayWhereAsked() {
    String s = "\u001b[1;32mgood\u001b[0m \u001b[5Aup";
    assertThat(SafeText.keepingColour(s)).isEqualTo("\u001b[1;32mgood\u001b[0m up");
    assertThat(SafeText.plain(s)).isEqualTo("good up");
  }

  @Test
  void neverLeavesAControlCharacter() {
    for (long seed = 1; seed <= 1000; seed++) {
      Random r = new Random(seed);
      String text = RandomInputs.anyChars(r, 200);
      String out = SafeText.plain(text);
      assertThat(
              out.chars()
                  .filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)))
          .as("seed %d: text %s gave %s", seed, RandomInputs.show(text), RandomInputs.show(out))
          .isEmpty();
    }
  }

  @Test
  void isCleanIsTrueExactlyWhenNeitherFilterChangesTheText() {
    for (char c = 0; c < 0x3000; c++) {
      String text = "a" + c + "b";
      boolean unchanged =
          SafeText.plain(text).equals(text) && SafeText.keepingColour(text).equals(text);
      assertThat(SafeText.isClean(text)).as("U+%04X", (int) c).isEqualTo(unchanged);
    }
  }

  @Test
  void isCleanReadsEveryPieceOfALongText() {
    for (int n : new int[] {0, 1, 63, 64, 65, 127, 128, 129, 1000}) {
      String clean = "ab\tc d\n".repeat(n / 7 + 1).substring(0, n);
      assertThat(SafeText.isClean(clean)).as("clean, %d chars", n).isTrue();
      for (int at : new int[] {0, 62, 63, 64, 65, 127, 128, n - 1}) {
        if (at < 0 || at >= n) {
          continue;
        }
        String dirty = clean.substring(0, at) + '\u001b' + clean.substring(at + 1);
        assertThat(SafeText.isClean(dirty)).as("ESC at %d of %d", at, n).isFalse();
      }
    }
  }
}
