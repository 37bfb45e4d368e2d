package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import dev.mockloop.session.StoredSession;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.UserState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys typed on after a submit (the tester's "dunno", Ctrl-D after the last follow-up) must not act
 * on the screens that follow before the user has seen them: the self-rating, the results, the next
 * round.
 */
class TypeAheadTest {
  @TempDir Path dir;

  private static final KeyStroke CTRL_D = new KeyStroke('d', true, false);

  /** A two-round loop that asks for the self-rating. */
  private VirtualTui twoRounds() throws Exception {
    Files.writeString(dir.resolve(UserState.FILE), "last_level=L6\n");
    PlanRequest req =
        new PlanRequest(
            Level.L6, List.of(), List.of("dynamodb-vs-rds"), 2, 7, RoundSettings.DEFAULT);
    return new VirtualTui(
        dir, 60, 18, false, Optional.of(req), TestBank.bank(), "2026-11-29T08:00:00Z");
  }

  /** Answers round 1 up to its last answer, typed but not submitted. */
  private static void upToLastAnswer(VirtualTui tui) throws Exception {
    tui.key(KeyType.Enter);
    tui.type("DynamoDB gives p99 of 1-4 ms at 100K QPS.");
    tui.ctrl('d');
    tui.type("Switch to on-demand.");
    tui.ctrl('d');
    assertThat(tui.text()).contains("Follow-up 2 of 2");
    tui.type("Stream changes to OpenSearch.");
  }

  private static KeyStroke[] keys(String text) {
    return text.chars()
        .mapToObj(c -> new KeyStroke((char) c, false, false))
        .toArray(KeyStroke[]::new);
  }

  private static KeyStroke[] concat(KeyStroke[]... parts) {
    return java.util.Arrays.stream(parts)
        .flatMap(java.util.Arrays::stream)
        .toArray(KeyStroke[]::new);
  }

  private Transcript transcript(VirtualTui tui) {
    return ((StoredSession.Readable) tui.store.list().get(0)).transcript();
  }

  @Test
  void keysTypedOnAfterTheLastSubmitNeitherRateNorSkipTheResultsNorAnswerRoundTwo()
      throws Exception {
    try (VirtualTui tui = twoRounds()) {
      upToLastAnswer(tui);
      // the tester's burst: submit, then "dunno" and Ctrl-D, then n, o, Ctrl-D as the screens came
      tui.burst(
          concat(
              new KeyStroke[] {CTRL_D},
              keys("dunno"),
              new KeyStroke[] {CTRL_D},
              keys("no"),
              new KeyStroke[] {CTRL_D},
              keys("n")));
      assertThat(tui.text()).contains("Rate your answer").contains("Round 1 of 2");
      assertThat(new UserState(dir).selfRate())
          .as("no 'don't ask again' from a typed-ahead n")
          .isTrue();
      Transcript t = transcript(tui);
      assertThat(t.rounds()).hasSize(1);
      assertThat(t.rounds().get(0).selfRating()).isNull();

      // a deliberate key after a look at the screen rates; an Enter typed on does not skip results
      tui.type("3");
      tui.burst(new KeyStroke(KeyType.Enter), new KeyStroke('n', false, false));
      assertThat(tui.text()).contains("Results ·").doesNotContain("Round 2 of 2");
      assertThat(transcript(tui).rounds().get(0).selfRating()).isEqualTo(3);
      assertThat(transcript(tui).rounds()).hasSize(1);

      // Enter after a look goes on; keys typed on do not start round 2's answer
      tui.idle(1000);
      tui.burst(
          concat(
              new KeyStroke[] {new KeyStroke(KeyType.Enter)}, keys("o"), new KeyStroke[] {CTRL_D}));
      assertThat(tui.text()).contains("Round 2 of 2").contains("Enter start answering");
      var two = transcript(tui).rounds().get(1);
      assertThat(two.answer()).as("round 2's answer not submitted").isNull();
      assertThat(two.draft().text()).isEmpty();
    }
  }

  @Test
  void keysKeepBeingDroppedWhileTheyKeepComingAndCountAfterAPause() throws Exception {
    try (VirtualTui tui = twoRounds()) {
      upToLastAnswer(tui);
      tui.burst(CTRL_D);
      for (KeyStroke k : keys("n4n4n4n4")) { // a key every 200 ms for 1.6 s, all typed on
        tui.idle(200);
        tui.burst(k);
      }
      assertThat(tui.text()).contains("Rate your answer");
      assertThat(new UserState(dir).selfRate()).isTrue();
      assertThat(transcript(tui).rounds().get(0).selfRating()).isNull();
      tui.idle(500);
      tui.burst(keys("2"));
      assertThat(tui.text()).contains("Results ·").contains("You: 2 partial");
    }
  }

  @Test
  void ctrlCStillReachesTheQuitQuestionWhileKeysAreHeld() throws Exception {
    try (VirtualTui tui = twoRounds()) {
      upToLastAnswer(tui);
      tui.burst(CTRL_D, new KeyStroke('c', true, false));
      assertThat(tui.text()).contains("Quit mockloop?");
    }
  }
}
