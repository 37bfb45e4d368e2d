package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emoji typed into the answer editor reach a real terminal whole: tmux shows the emoji itself, two
 * columns wide, with the cursor after it, not {@code []} or {@code ??}; a character terminals
 * disagree about (U+1D465) is one {@code ?} cell.
 */
@Tag("e2e")
class EmojiE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(20);

  @TempDir Path dir;

  private final Path project = Path.of(System.getProperty("user.dir"));

  @Test
  @Timeout(180)
  void emojiAreDrawnAsThemselvesWithTheCursorAfterThem() throws Exception {
    Path sessions = dir.resolve("sessions");
    String command =
        "./mockloop --sessions " + sessions + " practice --level L6 --scenario dynamodb-vs-rds";
    try (Tmux t = new Tmux(project, command, 100, 30)) {
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      t.waitFor("Your answer · 0 words", STEP);
      t.type("ok \uD83D\uDE00 rocket \uD83D\uDE80 x \uD835\uDC65 end");
      String screen = t.waitFor(" end", STEP);
      assertThat(screen)
          .contains(" ok \uD83D\uDE00 rocket \uD83D\uDE80 x ? end")
          .doesNotContain("[]", "??");
      // 1 + "ok " 3 + emoji 2 + " rocket " 8 + emoji 2 + " x " 3 + "?" 1 + " end" 4
      assertThat(t.cursorColumn()).isEqualTo(24);
      t.keys("C-c");
      t.waitFor("Quit mockloop?", STEP);
      t.keys("y");
      t.waitFor("EXIT=", STEP);
    }
  }
}
