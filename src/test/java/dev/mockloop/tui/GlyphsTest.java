package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.session.StoredSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 11: emoji, joiners and direction marks in the editor are drawn as visible
 * placeholders that take exactly the columns the layout gives them, so the line does not shift and
 * no stray glyph is left; the stored text is exact.
 */
class GlyphsTest {
  static final String TYPED = "ok \uD83D\uDE00 a\u200Db \u202Eevil e\u0301 end";

  @TempDir Path dir;

  @Test
  void emojiJoinersAndDirectionMarksDrawAsPlaceholdersWithoutShifting() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      tui.type(TYPED);
      String row = tui.text().lines().filter(l -> l.contains("ok ")).findFirst().orElseThrow();
      assertThat(row.strip()).isEqualTo("ok [] a?b ?evil e? end");
      int start = row.indexOf("ok ");
      assertThat(tui.cursor().getColumn() - start).isEqualTo(TYPED.length());
      tui.clock.advanceSeconds(3);
      tui.tick();
      StoredSession s = tui.store.list().get(0);
      assertThat(((StoredSession.Readable) s).transcript().draft().orElseThrow().text())
          .isEqualTo(TYPED);
    }
  }

  @Test
  void everyCharOfTheTextHasOneDrawnCellPerLayoutColumn() {
    for (int i = 0; i < TYPED.length(); i++) {
      assertThat(WrapLayout.columns(Canvas.shown(TYPED, i))).isEqualTo(1);
      assertThat(WrapLayout.columns(TYPED.charAt(i))).isEqualTo(1);
    }
  }
}
