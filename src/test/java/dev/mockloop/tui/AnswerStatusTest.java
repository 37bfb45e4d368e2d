package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer separator's status ("Answer submitted.") fits the width and clears when the next
 * answer starts; the too-small message promises a kept answer only where there is one.
 */
class AnswerStatusTest {
  @TempDir Path dir;

  private static String separator(VirtualTui tui) {
    return tui.text().lines().filter(l -> l.startsWith("─ Your answer")).findFirst().orElseThrow();
  }

  @Test
  void theStatusFitsAt60ColumnsAndClearsWhenTypingStarts() throws Exception {
    try (VirtualTui tui =
        new VirtualTui(
            dir, 60, 18, true, Optional.of(PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1)))) {
      tui.key(KeyType.Enter);
      tui.type("DynamoDB gives p99 of 1-4 ms at 100K QPS, and RDS would need sharding.");
      tui.ctrl('d');
      String after = separator(tui);
      assertThat(after)
          .startsWith("─ Your answer · 0 words ─ Answer submitted. ─")
          .endsWith("─")
          .hasSizeLessThanOrEqualTo(60);
      tui.type("A");
      assertThat(separator(tui)).startsWith("─ Your answer · 1 word ─").doesNotContain("submitted");
    }
  }

  @Test
  void theEnlargeMessageKeepsAnAnswerOnlyInARound() throws Exception {
    try (VirtualTui home = new VirtualTui(dir.resolve("a"), 80, 24, true, Optional.empty())) {
      home.resize(40, 12);
      assertThat(home.text()).contains("Enlarge the terminal").doesNotContain("answer");
    }
    try (VirtualTui round =
        new VirtualTui(
            dir.resolve("b"),
            80,
            24,
            true,
            Optional.of(PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1)))) {
      round.resize(40, 12);
      assertThat(round.text()).contains("Enlarge the terminal").contains("Your answer is kept.");
    }
  }

  @Test
  void aQuitQuestionShowsOnATooSmallTerminal() throws Exception {
    try (VirtualTui round =
        new VirtualTui(
            dir.resolve("c"),
            80,
            24,
            true,
            Optional.of(PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1)))) {
      round.resize(40, 14);
      round.ctrl('c');
      assertThat(round.text())
          .contains("Quit mockloop?")
          .contains("y yes")
          .doesNotContain("Enlarge");
      round.type("n");
      assertThat(round.text()).contains("Enlarge the terminal").doesNotContain("Quit mockloop?");
    }
  }
}
