package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The review browser in a real terminal (tmux), started as `./mockloop review`. */
@Tag("e2e")
class ReviewE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(15);

  @TempDir Path sessions;

  private final Path project = Path.of(System.getProperty("user.dir"));

  @Test
  @Timeout(180)
  void openASessionAndSeeTheHighlightsAndTheComparisonWithThePreviousAttempt() throws Exception {
    SessionStore store = new SessionStore(sessions);
    store.save(
        Transcripts.dynamo(
            "2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "Mind the access pattern and p99."));
    store.save(
        Transcripts.dynamo(
            "2026-11-12T0900-bbbbbb", "2026-11-12T09:00:00Z", "Quote p99 and the cost per read."));

    try (Tmux t = new Tmux(project, "./mockloop --sessions " + sessions + " review", 100, 30)) {
      t.waitFor("Review · 2 sessions", START);
      String list = t.waitFor("r reload  Esc/q quit", STEP);
      assertThat(list).contains("2026-11-12 09:00", "2026-11-10 09:00", "Enter open");
      t.saveScreen("review-list");

      t.keys("Enter");
      String session = t.waitForAll(STEP, "Last time 71 → now 71", "Esc back to the list  q quit");
      t.saveScreen("review-session");
      // the round's results as the results screen showed them, with the last attempt
      assertThat(session)
          .contains(
              "Review · 2026-11-12T0900-bbbbbb",
              "Last time 71 → now 71 (±0)  at L6 on 10 Nov",
              "newly covered: Point cost",
              "missed this time: Point query-patterns");
      for (int i = 0; i < 10 && !session.contains("Quote p99 and the cost per read."); i++) {
        t.keys("Space");
        session = t.waitFor("Esc back to the list  q quit", STEP);
      }
      assertThat(session).contains("Quote p99 and the cost per read.");
      // the matched words are drawn in the highlight style (an SGR sequence right before them)
      String styled = t.screenWithStyles();
      assertThat(Pattern.compile("\u001b\\[[0-9;]*m(p99)").matcher(styled).find()).isTrue();
      assertThat(Pattern.compile("\u001b\\[[0-9;]*m(cost)").matcher(styled).find()).isTrue();

      t.keys("Escape");
      t.waitFor("Review · 2 sessions", STEP);
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
  }
}
