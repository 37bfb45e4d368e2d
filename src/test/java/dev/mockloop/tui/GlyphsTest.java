package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.session.StoredSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emoji are drawn as themselves in the two columns terminals give them; other characters outside
 * the Basic Multilingual Plane, joiners, combining and direction marks as one visible {@code ?}
 * cell each, taking exactly the columns the layout gives them, so the line does not shift, the
 * cursor stays right and no stray glyph is left; the stored text is exact.
 */
class GlyphsTest {
  static final String EMOJI = "\uD83D\uDE00";
  static final String MATH_X = "\uD835\uDC65"; // U+1D465, one column in most terminals
  static final String TYPED = "ok " + EMOJI + " a\u200Db \u202Eevil e\u0301 " + MATH_X + " end";

  @TempDir Path dir;

  @Test
  void emojiAreDrawnAsThemselvesAndOtherGlyphsAsOneCellPlaceholders() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      tui.type(TYPED);
      String[] rows = tui.text().split("\n");
      int row = 0;
      while (!rows[row].contains("ok ")) {
        row++;
      }
      int start = rows[row].indexOf("ok ");
      TextCharacter emoji = tui.at(start + 3, row);
      assertThat(emoji.getCharacterString()).isEqualTo(EMOJI);
      assertThat(emoji.isDoubleWidth()).isTrue();
      StringBuilder after = new StringBuilder();
      for (int c = start + 5; c < start + 24; c++) {
        after.append(tui.at(c, row).getCharacterString());
      }
      assertThat(after.toString()).isEqualTo(" a?b ?evil e? ? end");
      // the emoji takes two columns and U+1D465 one, though each is two chars
      assertThat(tui.cursor().getColumn() - start).isEqualTo(TYPED.length() - 1);
      tui.clock.advanceSeconds(3);
      tui.tick();
      StoredSession s = tui.store.list().get(0);
      assertThat(((StoredSession.Readable) s).transcript().draft().orElseThrow().text())
          .isEqualTo(TYPED);
    }
  }

  @Test
  void theCursorStepsOverAnEmojiAndTypingBesideItKeepsItWhole() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      tui.type("a" + EMOJI + "b");
      int end = tui.cursor().getColumn();
      tui.key(KeyType.ArrowLeft);
      tui.key(KeyType.ArrowLeft);
      assertThat(tui.cursor().getColumn()).isEqualTo(end - 3);
      tui.type("x");
      tui.key(KeyType.ArrowRight);
      tui.type("y");
      tui.clock.advanceSeconds(3);
      tui.tick();
      StoredSession s = tui.store.list().get(0);
      assertThat(((StoredSession.Readable) s).transcript().draft().orElseThrow().text())
          .isEqualTo("ax" + EMOJI + "yb");
    }
  }

  @Test
  void aLineNeverBreaksInsideAnEmoji() {
    WrapLayout l = WrapLayout.of("abcd" + EMOJI + "ef", 5);
    assertThat(l.lines()).extracting(l::text).containsExactly("abcd", EMOJI + "ef");
    WrapLayout narrow = WrapLayout.of(EMOJI + EMOJI, 1);
    assertThat(narrow.lines()).extracting(narrow::text).containsExactly(EMOJI, EMOJI);
  }

  @Test
  void everyCodePointIsDrawnInTheColumnsTheLayoutGivesIt() {
    for (int i = 0; i < TYPED.length(); i += Character.charCount(TYPED.codePointAt(i))) {
      int cp = TYPED.codePointAt(i);
      assertThat(Glyphs.columns(Glyphs.shown(TYPED, i))).isEqualTo(Glyphs.columns(cp));
    }
    assertThat(Glyphs.columns(EMOJI.codePointAt(0))).isEqualTo(2);
    assertThat(Glyphs.columns(MATH_X.codePointAt(0))).isEqualTo(1);
    assertThat(Glyphs.shown(MATH_X, 0)).isEqualTo('?');
    assertThat(Glyphs.wide(0x1F680)).isTrue(); // rocket
    assertThat(Glyphs.wide(0x1F3FB)).isFalse(); // skin-tone modifier
    assertThat(Glyphs.wide(0x20000)).isTrue(); // CJK extension B
  }

  /** The ranges {@link Glyphs#columns} answers without Lanterna's look-up agree with it. */
  @Test
  void everyCharacterOfTheBasicPlaneTakesTheColumnsLanternaGivesIt() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Glyphs.columns(c))
          .as("U+%04X", (int) c)
          .isEqualTo(TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1);
    }
  }
}
