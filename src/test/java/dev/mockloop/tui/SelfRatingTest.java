package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.session.StoredSession;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.UserState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Predict, then see" in the TUI: rate with one key, skip, or stop asking. */
class SelfRatingTest {
  @TempDir Path dir;

  /** A fresh folder whose .state does not turn the step off, so it asks. */
  private VirtualTui asking() throws Exception {
    Files.writeString(dir.resolve(UserState.FILE), "last_level=L6\n");
    return VirtualTui.dynamo(dir);
  }

  private static void answerAll(VirtualTui tui) throws Exception {
    tui.key(KeyType.Enter);
    tui.type("DynamoDB gives p99 of 1-4 ms at 100K QPS.");
    tui.ctrl('d');
    tui.type("Switch to on-demand.");
    tui.ctrl('d');
    tui.type("Stream changes to OpenSearch.");
    tui.ctrl('d');
  }

  private Transcript transcript(VirtualTui tui) {
    return ((StoredSession.Readable) tui.store.list().get(0)).transcript();
  }

  @Test
  void oneKeyRatesTheRoundBeforeTheScoreAndTheResultsShowBoth() throws Exception {
    try (VirtualTui tui = asking()) {
      answerAll(tui);
      String ask = tui.text();
      assertThat(ask)
          .contains("Rate your answer · L6 · Round 1 of 1")
          .contains("Before you see the score")
          .contains("3  good")
          .doesNotContain("Grade band")
          .doesNotContain("/100");
      tui.type("3");
      int score = transcript(tui).rounds().get(0).score();
      assertThat(tui.text()).contains("Results ·").contains("You: 3 good · Scorer: ");
      assertThat(transcript(tui).rounds().get(0).selfRating()).isEqualTo(3);
      assertThat(score).isBetween(0, 100);
    }
  }

  @Test
  void enterSkipsAndNothingIsRecorded() throws Exception {
    try (VirtualTui tui = asking()) {
      answerAll(tui);
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("Results ·").doesNotContain("You: ");
      assertThat(transcript(tui).rounds().get(0).selfRating()).isNull();
      assertThat(new UserState(dir).selfRate()).as("a skip does not stop asking").isTrue();
    }
  }

  @Test
  void nStopsAskingAndTheHomeScreensATurnsItBackOn() throws Exception {
    try (VirtualTui tui = asking()) {
      answerAll(tui);
      tui.type("n");
      assertThat(tui.text()).contains("Results ·");
      assertThat(new UserState(dir).selfRate()).isFalse();
      tui.key(KeyType.Enter);
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("Rate yourself  off (a)");
      tui.type("a");
      assertThat(tui.text()).contains("Rate yourself  on (a)");
      assertThat(new UserState(dir).selfRate()).isTrue();
    }
  }
}
