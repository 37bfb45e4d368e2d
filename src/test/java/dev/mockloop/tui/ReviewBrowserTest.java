package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Level;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import dev.mockloop.session.UserState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review browser and the drill mode on a virtual terminal, stepped on the test thread. */
class ReviewBrowserTest {
  @TempDir Path dir;

  @BeforeEach
  void twoAttemptsAtTheSameScenario() throws Exception {
    SessionStore store = new SessionStore(dir);
    store.save(
        Transcripts.dynamo(
            "2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "Mind the access pattern and p99."));
    store.save(
        Transcripts.dynamo(
            "2026-11-12T0900-bbbbbb", "2026-11-12T09:00:00Z", "Quote p99 and the cost per read."));
    Files.writeString(dir.resolve("2026-11-11T0900-broken.yaml"), "schema: [1\n");
  }

  private VirtualTui home() throws Exception {
    return new VirtualTui(dir, 100, 30, false, Optional.empty());
  }

  @Test
  void theListShowsSessionsNewestFirstAndTheUnreadableFile() throws Exception {
    try (VirtualTui tui = home()) {
      assertThat(tui.text()).contains("r review");
      tui.type("r");
      String s = tui.text();
      assertThat(s)
          .contains(
              "Review · 2 sessions, 1 unreadable · level all · topic all",
              "DATE",
              "SCENARIOS",
              "unreadable: 2026-11-11T0900-broken");
      List<String> lines = s.lines().toList();
      int newer = indexOf(lines, "2026-11-12 09:00");
      int older = indexOf(lines, "2026-11-10 09:00");
      assertThat(newer).isPositive().isLessThan(older);
      assertThat(lines.get(newer))
          .contains("▶", "L6", "71", "5:00", "completed", "Title of dynamodb-vs-rds");
    }
  }

  @Test
  void openingASessionShowsHighlightsAndTheComparisonWithThePreviousAttempt() throws Exception {
    try (VirtualTui tui = home()) {
      tui.type("r");
      tui.key(KeyType.Enter);
      String s = tui.text();
      // the round's results as the results screen showed them, with the last attempt
      assertThat(s)
          .contains(
              "Review · 2026-11-12T0900-bbbbbb",
              "Question",
              "Prompt of dynamodb-vs-rds",
              "Score  71/100",
              "Last time 71 → now 71 (±0)",
              "newly covered: Point cost",
              "missed this time: Point query-patterns");
      for (int i = 0; i < 20 && !s.contains("Quote p99 and the cost per read."); i++) {
        tui.key(KeyType.ArrowDown);
        s = tui.text();
      }
      assertThat(s)
          .contains("Your answer, matched words highlighted:", "Quote p99 and the cost per read.");
      int row = indexOf(s.lines().toList(), "Quote p99 and the cost");
      int col = s.lines().toList().get(row).indexOf("p99");
      TextCharacter matched = tui.at(col, row);
      TextCharacter plain = tui.at(col - 2, row);
      assertThat(matched.getBackgroundColor()).isEqualTo(TextColor.ANSI.GREEN_BRIGHT);
      assertThat(plain.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);

      tui.key(KeyType.Escape);
      assertThat(tui.text()).contains("Review · 2 sessions");
      tui.key(KeyType.Escape);
      assertThat(tui.text()).contains("1 single round");
    }
  }

  @Test
  void aPointTheUserMarkedShowsAsCoveredWithTheirSentence() throws Exception {
    String id = "2026-11-13T0900-cccccc";
    new SessionStore(dir)
        .save(
            Transcripts.disputed(
                Transcripts.dynamo(
                    id, "2026-11-13T09:00:00Z", "p99 is 3 ms. Reads go by product id."),
                0,
                "query-patterns",
                "Reads go by product id.",
                java.time.Instant.parse("2026-11-13T09:07:00Z")));
    try (VirtualTui tui = home()) {
      tui.type("r");
      tui.key(KeyType.Enter);
      String s = tui.text();
      for (int i = 0; i < 20 && !s.contains("the scorer missed it"); i++) {
        tui.key(KeyType.ArrowDown);
        s = tui.text();
      }
      assertThat(s)
          .contains(
              "Review · " + id,
              "✓ Point query-patterns",
              "- covered (you said: \"Reads go by product id.\"); the scorer missed it");
    }
  }

  @Test
  void filtersByLevelAndTopicAndExplainsAnUnreadableRow() throws Exception {
    try (VirtualTui tui = home()) {
      tui.type("r");
      tui.type("l");
      assertThat(tui.text()).contains("2 sessions", "level L6");
      tui.type("l");
      assertThat(tui.text()).contains("0 sessions", "level L7");
      tui.type("l");
      tui.type("t");
      assertThat(tui.text()).contains("2 sessions", "topic databases");
      tui.key(KeyType.End);
      tui.key(KeyType.Enter);
      assertThat(tui.text())
          .contains("Cannot open 2026-11-11T0900-broken:", "2026-11-11T0900-broken.yaml:");
      tui.type("q");
      assertThat(tui.app.done()).isTrue();
    }
  }

  @Test
  void drillModeShowsThePlanWithReasonsAndStartsIt() throws Exception {
    try (VirtualTui tui = home()) {
      tui.type("5");
      String s = tui.text();
      assertThat(s)
          .contains(
              "5 drill",
              "Drill at L6: due again, new, and your weak spots",
              "1. DynamoDB vs RDS at 100K QPS",
              "due again: scored 71 on 2026-11-12",
              "new: not practised yet at L6");
      assertThat(s).doesNotContain("Topic   ↑↓", "Scenario   ↑↓");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("L6 · Round 1 of 3 · DynamoDB vs RDS at 100K QPS");
      assertThat(new UserState(dir).lastLevel()).contains(Level.L6);
    }
  }

  @Test
  void homeStartsAtTheLevelChosenLastTime() throws Exception {
    new UserState(dir).rememberLevel(Level.L7);
    try (VirtualTui tui = home()) {
      tui.type("1");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("L7 · Round 1 of 1 ·");
    }
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
