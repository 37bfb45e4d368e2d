package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "I covered this" in a real terminal (tmux, 80x24): a missed point marked on the results screen
 * with the sentence that says it, then listed by `review disputes`.
 */
@Tag("e2e")
class DisputeE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(15);
  private static final String SENTENCE = "Every read is a key lookup by product id.";

  @TempDir Path sessions;

  private final Path project = Path.of(System.getProperty("user.dir"));

  @Test
  @Timeout(240)
  void aMissedPointMarkedOnTheResultsScreenIsListedByReviewDisputes() throws Exception {
    String practice =
        "./mockloop --sessions "
            + sessions
            + " practice --level L6 --scenario"
            + " dynamodb-vs-rds --follow-ups 0 --untimed";
    Tmux.skipSelfRating(sessions);
    try (Tmux t = new Tmux(project, practice, 80, 24)) {
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      t.waitFor("Your answer · 0 words", STEP);
      t.type("I would pick DynamoDB. " + SENTENCE);
      t.waitFor("product id.", STEP);
      t.keys("C-d");
      t.waitFor("c covered", STEP); // the short label: one key line at 80 columns
      t.keys("c");
      String points = t.waitFor("which point?", STEP);
      assertThat(points).contains("▸ Main answer · ✗ ");
      t.keys("Enter");
      t.waitFor("which sentence?", STEP);
      t.keys("Down");
      t.waitFor("▸ 2. " + SENTENCE, STEP);
      t.saveScreen("covered-picker");
      t.keys("Enter");
      t.waitFor("Marked covered:", STEP);
      t.saveScreen("covered-results");
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
    Process p =
        new ProcessBuilder("./mockloop", "--sessions", sessions.toString(), "review", "disputes")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains(
            "1 disputed point in 1 session",
            "dynamodb-vs-rds · L6 · main" + " answer · ",
            "\"" + SENTENCE + "\"");
  }
}
