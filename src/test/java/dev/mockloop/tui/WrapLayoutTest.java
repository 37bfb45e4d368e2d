package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.testing.RandomInputs;
import java.util.Random;
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
  void emptyTextHasOneLine() {
    assertThat(WrapLayout.of("", 10).lines()).hasSize(1);
    assertThat(WrapLayout.of("a\n", 10).lines()).hasSize(2);
  }

  @Test
  void linesFitAndEveryOffsetMapsBack() {
    for (long seed = 1; seed <= RandomInputs.CASES; seed++) {
      Random r = new Random(seed);
      String text = text(r);
      int width = 1 + r.nextInt(40);
      String input =
          String.format("seed %d: width %d, text %s", seed, width, RandomInputs.show(text));
      WrapLayout l = WrapLayout.of(text, width);
      for (dev.mockloop.report.Wrap.Line line : l.lines()) {
        int cols = Glyphs.columns(text, line.start(), line.end());
        // a double-width character alone may overflow a one-column line; nothing else may
        assertThat(cols).as(input).isLessThanOrEqualTo(line.end() - line.start() == 1 ? 2 : width);
      }
      for (int off = 0; off <= text.length(); off++) {
        int row = l.rowOf(off);
        dev.mockloop.report.Wrap.Line line = l.lines().get(row);
        assertThat(off)
            .as("%s, offset %d", input, off)
            .isBetween(line.start(), Math.max(line.end(), line.start()));
        if (off <= line.end()) {
          assertThat(l.offsetAt(row, l.columnOf(off)))
              .as("%s, offset %d", input, off)
              .isEqualTo(off);
        }
      }
    }
  }

  @Test
  void noCharacterIsLostOrDuplicated() {
    for (long seed = 1; seed <= RandomInputs.CASES; seed++) {
      Random r = new Random(seed);
      String text = text(r);
      int width = 1 + r.nextInt(40);
      WrapLayout l = WrapLayout.of(text, width);
      StringBuilder back = new StringBuilder();
      int pos = 0;
      for (dev.mockloop.report.Wrap.Line line : l.lines()) {
        back.append(text, pos, line.start()); // skipped separator (space or newline)
        back.append(l.text(line));
        pos = line.end();
      }
      back.append(text.substring(Math.min(pos, text.length())));
      assertThat(back.toString())
          .as("seed %d: width %d, text %s", seed, width, RandomInputs.show(text))
          .isEqualTo(text);
    }
  }

  /**
   * The layout redone after edits (typing, a paste, Enter, backspace, delete, a word deleted, at
   * the cursor anywhere) is the layout made whole from the edited text, line for line.
   */
  @Test
  void aLayoutEditedAfterChangesIsTheLayoutMadeWhole() {
    for (long seed = 1; seed <= RandomInputs.CASES; seed++) {
      Random r = new Random(seed);
      int width = 1 + r.nextInt(40);
      AnswerEditor editor = new AnswerEditor(text(r));
      WrapLayout layout = WrapLayout.of(editor.text(), width);
      StringBuilder log = new StringBuilder();
      for (int round = 0; round < 8; round++) {
        for (int e = r.nextInt(4); e >= 0; e--) { // a few edits between two frames
          editor.textStart();
          for (int k = r.nextInt(editor.length() + 1); k > 0; k--) {
            editor.right();
          }
          switch (r.nextInt(5)) {
            case 0 -> {
              String t = text(r);
              editor.insert(t.substring(0, r.nextInt(Math.min(8, t.length()) + 1)));
            }
            case 1 -> editor.insert("\n");
            case 2 -> editor.backspace();
            case 3 -> editor.delete();
            default -> editor.deleteWordBack();
          }
          log.append(RandomInputs.show(editor.text())).append(" | ");
        }
        TextChange.Span change = editor.takeChange();
        if (change != null) {
          layout = layout.edited(editor.text(), change);
        }
        assertThat(layout.lines())
            .as("seed %d: width %d, texts %s", seed, width, log)
            .isEqualTo(WrapLayout.of(editor.text(), width).lines());
      }
    }
  }

  private static String text(Random r) {
    return RandomInputs.of(r, "ab c\nxyz  漢", 120);
  }
}
