package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results screen's Home and End: the top (the score) and the bottom (the answer's last line) in
 * one key each, as the review list and the "I covered this" picker go to their ends; both keys are
 * in the footer.
 */
class ResultsEndsTest {
  @TempDir Path dir;

  private static final String LAST = "the very last words of the follow-up";

  @Test
  void homeAndEndGoToTheTopAndTheBottomOfTheResults() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      tui.type("We need p99 here");
      tui.ctrl('d');
      tui.type("Switch to on-demand");
      tui.ctrl('d');
      tui.type(LAST);
      tui.ctrl('d');
      String top = tui.text();
      assertThat(top).contains("Score", "↑↓ PgUp/PgDn Home/End scroll").doesNotContain(LAST);
      tui.key(KeyType.End);
      String bottom = tui.text();
      assertThat(bottom).contains(LAST).doesNotContain("Grade band");
      assertThat(bottom.lines().filter(l -> l.endsWith("↓")).count())
          .as("nothing below the bottom")
          .isZero();
      tui.key(KeyType.Home);
      assertThat(tui.text()).isEqualTo(top);
      tui.burst(new KeyStroke(KeyType.End, true, false));
      assertThat(tui.text()).isEqualTo(bottom);
      tui.burst(new KeyStroke(KeyType.Home, true, false));
      assertThat(tui.text()).isEqualTo(top);
    }
  }
}
