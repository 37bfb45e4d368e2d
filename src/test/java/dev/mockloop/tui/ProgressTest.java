package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.TestBank;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress where it matters: the last attempt on the results screen and in the picker. */
class ProgressTest {
  @TempDir Path dir;

  private void round(String at, String answer, String expect) throws Exception {
    try (VirtualTui tui =
        new VirtualTui(
            dir,
            80,
            24,
            true,
            Optional.of(PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1)),
            TestBank.bank(),
            at)) {
      tui.type(answer);
      tui.ctrl('d');
      tui.ctrl('d');
      tui.type("y");
      tui.ctrl('d');
      tui.type("y");
      String results = tui.text();
      assertThat(results).contains("Results ·");
      if (expect != null) {
        assertThat(results).contains(expect);
      } else {
        assertThat(results).doesNotContain("Last time");
      }
      tui.key(KeyType.Enter);
      tui.type("q");
    }
  }

  @Test
  void aRepeatedScenarioShowsLastTimeAndNowWithWhatChanged() throws Exception {
    round("2026-11-28T08:00:00Z", "p99 only", null);
    round(
        "2026-11-29T09:00:00Z",
        "p99, the access pattern and the cost",
        "Last time 29 → now 70 (+41)");
    try (VirtualTui tui =
        new VirtualTui(
            dir, 80, 24, true, Optional.empty(), TestBank.bank(), "2026-11-29T10:00:00Z")) {
      tui.type("3");
      String picker = tui.text();
      assertThat(picker)
          .contains("DynamoDB vs RDS at 100K QPS")
          .contains("last 70, 29 Nov")
          .contains("not done yet");
    }
  }

  @Test
  void thePickerHasRowsAt60By18WithTitlesEllipsized() throws Exception {
    try (VirtualTui tui = new VirtualTui(dir, 60, 18, true, Optional.empty())) {
      tui.type("3");
      String screen = tui.text();
      assertThat(screen).contains("▶ DynamoDB vs RDS at 100K QPS").contains("not done yet");
      assertThat(screen.lines()).allMatch(l -> l.length() <= 60);
    }
  }

  @Test
  void theResultsSayWhatIsNewlyCovered() throws Exception {
    round("2026-11-28T08:00:00Z", "p99 only", null);
    round("2026-11-29T09:00:00Z", "p99 and the access pattern", "newly covered:");
  }
}
