package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.TestBank;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.StoredSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeScreenTest {
  @TempDir Path dir;

  private VirtualTui home() throws Exception {
    return new VirtualTui(dir, 80, 24, false, Optional.empty());
  }

  @Test
  void showsLevelsWithWhatTheyRewardAndTheModes() throws Exception {
    try (VirtualTui tui = home()) {
      assertThat(tui.text())
          .contains("L6  Senior: implementation depth")
          .contains("L7  Principal: strategy")
          .contains("1 single round")
          .contains("2 full loop of 4")
          .contains("3 pick a scenario")
          .contains("4 by topic")
          .contains("Enter/s start")
          .contains("q quit");
    }
  }

  @Test
  void fullLoopOfFourStartsRoundOneOfFour() throws Exception {
    try (VirtualTui tui = home()) {
      tui.type("2");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("L6 · Round 1 of 4 ·");
    }
  }

  /** The test bank with its scenarios in reverse order, so the picker has something to sort. */
  private VirtualTui reversedBank() throws Exception {
    List<Scenario> all = new ArrayList<>(TestBank.bank().scenarios());
    Collections.reverse(all);
    return new VirtualTui(
        dir,
        80,
        24,
        false,
        Optional.empty(),
        new Bank("test", all, Glossary.EMPTY),
        "2026-11-29T08:00:00Z");
  }

  @Test
  void thePickerListsScenariosByTopicThenTitle() throws Exception {
    try (VirtualTui tui = reversedBank()) {
      tui.type("3");
      String screen = tui.text();
      // databases: DynamoDB..., Title cache-aside; messaging; reliability
      assertThat(screen.indexOf("DynamoDB vs RDS"))
          .isPositive()
          .isLessThan(screen.indexOf("Title cache-aside"));
      assertThat(screen.indexOf("Title cache-aside"))
          .isLessThan(screen.indexOf("Title queue-choice"));
      assertThat(screen.indexOf("Title queue-choice"))
          .isLessThan(screen.indexOf("Title circuit-breaker"));
      tui.key(KeyType.ArrowDown);
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("Round 1 of 1 · Title cache-aside");
    }
  }

  @Test
  void slashSearchesThePickerAndEscClearsIt() throws Exception {
    try (VirtualTui tui = reversedBank()) {
      tui.type("3");
      assertThat(tui.text()).contains("/ search").contains("/ to search");
      tui.type("/");
      assertThat(tui.text())
          .contains("search: ▏   (4 of 4)")
          .contains("letters search")
          .contains("Esc clear search")
          .doesNotContain("q quit");
      tui.type("QUEUES");
      assertThat(tui.text())
          .contains("search: QUEUES▏   (1 of 4)")
          .contains("Title queue-choice")
          .doesNotContain("Title cache-aside")
          .doesNotContain("DynamoDB vs RDS");
      tui.key(KeyType.Backspace);
      tui.type("zz");
      assertThat(tui.text()).contains("(no scenario matches the search)");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("(no scenario matches the search)");
      tui.key(KeyType.Escape);
      assertThat(tui.text())
          .contains("Title cache-aside")
          .contains("DynamoDB vs RDS")
          .contains("q quit")
          .doesNotContain("search:");
      tui.type("/");
      tui.type("circuit");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("Round 1 of 1 · Title circuit-breaker");
    }
  }

  @Test
  void pickAScenarioFromTheList() throws Exception {
    try (VirtualTui tui = home()) {
      tui.type("3");
      assertThat(tui.text())
          .contains("Scenario")
          .contains("Title cache-aside")
          .contains("DynamoDB vs RDS at 100K QPS");
      tui.key(KeyType.ArrowDown);
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("Round 1 of 1 · Title cache-aside");
    }
  }

  @Test
  void filterByTopicAtL7() throws Exception {
    try (VirtualTui tui = home()) {
      tui.type("7");
      tui.type("4");
      assertThat(tui.text()).contains("databases  (1 scenario)").doesNotContain("messaging");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("L7 · Round 1 of 1 · DynamoDB vs RDS").contains("20:00");
    }
  }

  @Test
  void untimedPracticeShowsTimeUsedInsteadOfACountdown() throws Exception {
    try (VirtualTui tui = home()) {
      tui.type("t");
      assertThat(tui.text()).contains("untimed practice");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("untimed · 00:00 used");
    }
  }

  @Test
  void aRoundAndBackKeepsTheHomeSettingsAsTheUserLeftThem() throws Exception {
    try (VirtualTui tui = home()) {
      tui.type("t");
      tui.type("2");
      String before = tui.text();
      assertThat(before).contains("untimed practice");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("Round 1 of 4");
      tui.key(KeyType.Escape);
      tui.type("y");
      String after = tui.text();
      assertThat(after).contains("Loop left").contains("untimed practice");
      tui.key(KeyType.Enter); // the mode kept as well: a loop of four again
      assertThat(tui.text()).contains("Round 1 of 4").contains("untimed");
    }
  }

  @Test
  void escLeavesTheRoundAfterAskingAndKeepsTheDraft() throws Exception {
    try (VirtualTui tui = home()) {
      draftThenEsc(tui);
      assertThat(tui.text()).contains("far are saved.");
      tui.type("y");
      assertThat(tui.text())
          .contains("Loop left; your draft is saved and the next start offers to resume it.")
          .contains("Level");
      var t = ((StoredSession.Readable) tui.store.list().get(0)).transcript();
      assertThat(t.status()).isEqualTo(SessionStatus.PAUSED);
      assertThat(t.draft().orElseThrow().text()).isEqualTo("some thoughts");
      tui.type("q");
      assertThat(tui.app.done()).isTrue();
    }
  }

  @Test
  void typingOnUnderTheLeaveQuestionGoesIntoTheAnswer() throws Exception {
    try (VirtualTui tui = home()) {
      draftThenEsc(tui);
      tui.type(" and more");
      assertThat(tui.text()).doesNotContain("Leave the loop").contains("some thoughts and more");
    }
  }

  @Test
  void aPasteThatStartsWithYOrNUnderTheLeaveQuestionGoesIntoTheAnswer() throws Exception {
    try (VirtualTui tui = home()) {
      draftThenEsc(tui);
      tui.paste(" yes, and we shard it");
      assertThat(tui.text())
          .doesNotContain("Leave the loop")
          .contains("some thoughts yes, and we shard it");
      tui.key(KeyType.Escape);
      tui.paste("no doubt");
      assertThat(tui.text()).doesNotContain("Leave the loop").contains("shard itno doubt");
      tui.key(KeyType.Escape);
      tui.type("n"); // typed alone, "n" answers the question and is not text
      assertThat(tui.text()).doesNotContain("Leave the loop").contains("shard itno doubt");
      assertThat(tui.text()).doesNotContain("doubtn");
    }
  }

  /** Starts the first round, types a draft and presses Esc: the leave question shows. */
  private static void draftThenEsc(VirtualTui tui) throws Exception {
    tui.key(KeyType.Enter);
    tui.type("some thoughts");
    tui.key(KeyType.Escape);
    assertThat(tui.text()).contains("Leave the loop (this round and the rest)? Your answers so");
  }

  @Test
  void emptySubmitAsksFirst() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      tui.ctrl('d');
      assertThat(tui.text()).contains("Submit an empty answer?");
      tui.type("n");
      assertThat(tui.text()).contains("Question").doesNotContain("Follow-up 1");
    }
  }

  @Test
  void offersAnUnfinishedSessionAndResumesItWithTheDraft() throws Exception {
    try (VirtualTui first = VirtualTui.dynamo(dir)) {
      first.type("typed before the crash");
      first.app.practice().run().emergencySave();
      first.app.practice().run().close(); // lock released, status still in progress: like a kill
    }
    try (VirtualTui tui = home()) {
      assertThat(tui.text())
          .contains("unfinished session found")
          .contains("4 words")
          .contains("r resume");
      tui.type("r");
      assertThat(tui.text()).contains("typed before the crash").contains("Round 1 of 1");
    }
  }

  @Test
  void keepingAnUnfinishedSessionMarksItRecovered() throws Exception {
    SessionHelper.unfinished(dir);
    try (VirtualTui tui = home()) {
      tui.type("k");
      assertThat(tui.text()).contains("1 single round");
      var t = ((StoredSession.Readable) tui.store.list().get(0)).transcript();
      assertThat(t.status()).isEqualTo(SessionStatus.RECOVERED);
    }
  }

  @Test
  void noColorUsesOnlyTheTerminalDefaults() throws Exception {
    try (VirtualTui tui =
        new VirtualTui(
            dir,
            80,
            24,
            true,
            Optional.of(
                dev.mockloop.engine.PlanRequest.single(
                    dev.mockloop.bank.Level.L6, "dynamodb-vs-rds", 1)))) {
      for (int r = 0; r < 24; r++) {
        for (int c = 0; c < 80; c++) {
          assertThat(tui.at(c, r).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
          assertThat(tui.at(c, r).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        }
      }
    }
  }

  /** Makes an unfinished session the way a killed run leaves one. */
  static final class SessionHelper {
    static void unfinished(Path dir) throws Exception {
      try (VirtualTui first = VirtualTui.dynamo(dir)) {
        PracticeRun run = first.app.practice().run();
        run.on(RoundEvent.edit("x"));
        run.emergencySave();
        run.close();
      }
    }
  }
}
