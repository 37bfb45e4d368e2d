package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 items 4 and 5 in a real terminal (tmux) on the shipped bank: the self-rating step before
 * the score (rate with a key, skip, stop asking, ask again) and the debrief at the end of a
 * two-round loop, read at 80x24.
 */
@Tag("e2e")
class SelfRatingE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(15);
  private static final String ANSWER =
      "DynamoDB: p99 single-digit ms at 100K QPS, on-demand"
          + " cost checked against provisioned, access patterns known up front.";

  @TempDir Path sessions;

  private final Path project = Path.of(System.getProperty("user.dir"));

  private String practice(String options) {
    return "./mockloop --sessions "
        + sessions
        + " practice --level L6 --follow-ups 0 --untimed"
        + " --lp 0 "
        + options;
  }

  private final java.util.Set<Path> seen = new java.util.HashSet<>();

  /** The transcript written since the last call (ids sort by minute only, not by order). */
  private String newest() throws Exception {
    try (Stream<Path> s = Files.list(sessions)) {
      List<Path> fresh =
          s.filter(p -> p.toString().endsWith(".yaml")).filter(p -> !seen.contains(p)).toList();
      assertThat(fresh).hasSize(1);
      seen.add(fresh.get(0));
      return Files.readString(fresh.get(0));
    }
  }

  /** Answers the round on screen and submits it. */
  private static void answer(Tmux t) throws Exception {
    t.waitFor("Enter start answering", START);
    t.keys("Enter");
    t.waitFor("Your answer · 0 words", STEP);
    t.type(ANSWER);
    t.waitFor("up front.", STEP);
    t.keys("C-d");
  }

  /** One single round: answer, then {@code key} at the rating step (null: no step expected). */
  private String round(String options, String key) throws Exception {
    try (Tmux t = new Tmux(project, practice("--scenario dynamodb-vs-rds " + options), 80, 24)) {
      answer(t);
      if (key != null) {
        t.waitFor("n don't ask again", STEP);
        Thread.sleep(300);
        String ask = t.screen();
        assertThat(ask)
            .contains("Before you see the score")
            .contains("3  good")
            .contains("n don't ask again")
            .doesNotContain("Grade band")
            .doesNotContain("/100");
        t.keys(key);
      }
      t.waitFor("Enter/n summary", STEP);
      Thread.sleep(300);
      String results = t.screen();
      assertThat(results).contains("Results ·").doesNotContain("Rate your answer");
      t.keys("Enter");
      t.waitFor("Loop complete", STEP);
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
      return results;
    }
  }

  @Test
  @Timeout(300)
  void rateWithAKeySkipStopAskingAndAskAgain() throws Exception {
    String rated = round("", "3");
    assertThat(rated).contains("Grade band").contains("You: 3 good · Scorer: ");
    assertThat(newest()).contains("self_rating: 3");

    String skipped = round("", "Escape");
    assertThat(skipped).contains("Grade band").doesNotContain("You: ");
    assertThat(newest()).doesNotContain("self_rating");

    round("", "n");
    assertThat(Files.readString(sessions.resolve(".state"))).contains("self_rate=off");
    String notAsked = round("", null);
    assertThat(notAsked).contains("Grade band").doesNotContain("You: ");

    String askedAgain = round("--self-rate", "1");
    assertThat(askedAgain).contains("You: 1 vague · Scorer: ");
    assertThat(Files.readString(sessions.resolve(".state"))).doesNotContain("self_rate=off");
  }

  @Test
  @Timeout(300)
  void aTwoRoundLoopEndsInADebriefReadableAtEightyByTwentyFour() throws Exception {
    try (Tmux t =
        new Tmux(
            project,
            practice("--scenario dynamodb-vs-rds --scenario" + " cdn-cache-invalidation"),
            80,
            24)) {
      answer(t);
      t.waitFor("n don't ask again", STEP);
      t.keys("s");
      t.waitFor("Results ·", STEP);
      t.keys("Enter");
      t.waitFor("Round 2 of 2", STEP);
      answer(t);
      t.waitFor("n don't ask again", STEP);
      t.keys("2");
      t.waitFor("You: 2 partial · Scorer:", STEP);
      t.keys("Enter");
      t.waitFor("Enter practise again", STEP);
      Thread.sleep(300);
      String top = t.screen();
      assertThat(top).contains("Loop summary · debrief").contains("Debrief");
      String all = top;
      for (int i = 0; i < 12 && !t.screen().contains("Transcript saved to"); i++) {
        t.keys("PageDown");
        Thread.sleep(200);
        all += t.screen();
      }
      all += t.screen();
      t.saveScreen("debrief-80x24");
      assertThat(all)
          .contains("  Round 1 · ")
          .contains("  Round 2 · ")
          .containsPattern("(lifted|held back) most by: [✓✗] ")
          .contains("Verdict: ")
          .containsPattern("Top [1-3] things? to work on next")
          .contains("drill: mockloop practice --scenario ")
          .contains("Transcript saved to");
      assertThat(all.lines().filter(l -> l.length() > 80)).isEmpty();
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
    assertThat(newest()).contains("self_rating: 2");
  }
}
