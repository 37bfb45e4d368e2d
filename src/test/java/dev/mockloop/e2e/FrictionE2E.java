package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 in a real terminal at 80x24 and 60x18: the context read on screen before answering, the
 * results in order, "last time → now" on a repeated scenario, the drill plan, and a 70-character
 * title that keeps the timer and the quit key. The screens of home, round, results and review are
 * saved under target/e2e-screens, and into the folder named by the system property {@code
 * mockloop.screens} when set (docs/screens/regenerate.sh sets it).
 */
@Tag("e2e")
class FrictionE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(20);
  private static final String SCENARIO = "circuit-breaker";

  /** The last line of the scenario's L6 context. */
  private static final String CONTEXT_END = "1-second latency budget";

  static final String LONG_TITLE =
      "Circuit breakers for calls to an external payment processor at 2K RPS!";
  private static final String WEAK = "I would add retries and ship it.";
  // spotless:off
  private static final String STRONG = "I would not ship it. The breaker needs three states:"
      + " closed, open and half-open, with a probe request in half-open. Count only timeouts"
      + " and 5xx errors as failures, never card declines. Set a 1-second timeout, use a"
      + " bulkhead so threads and connections do not pile up, and use a failure rate over a"
      + " sliding window instead of 5 consecutive failures. Keep state thread-safe. Fallback:"
      + " queue the payment and tell the user. Metrics: breaker state changes, payment success"
      + " rate and p99 latency, with alarms; test it with fault injection in a game day.";
  // spotless:on

  @TempDir Path work;

  private final Path project = Path.of(System.getProperty("user.dir"));

  private void shot(Tmux t, String name) throws IOException {
    t.saveScreen(name);
    String dir = System.getProperty("mockloop.screens");
    if (dir != null && !dir.isBlank()) {
      Path d = Path.of(dir);
      Files.createDirectories(d);
      Files.writeString(d.resolve(name + ".txt"), t.screen(), StandardCharsets.UTF_8);
    }
  }

  private String practice(Path sessions, String more) {
    return "./mockloop --sessions " + sessions + " " + more;
  }

  /** One round: reads the whole context first, answers, checks the results order. */
  private String round(Path sessions, int cols, int rows, String answer, String tag)
      throws Exception {
    try (Tmux t =
        new Tmux(
            project,
            practice(sessions, "practice --level L6 --scenario " + SCENARIO + " --follow-ups 0"),
            cols,
            rows)) {
      t.waitFor("Read the question and context", START);
      String reading = t.waitForAll(STEP, "Enter start answering", "Ctrl-C quit");
      assertThat(reading).contains("Ctrl-C quit").doesNotContain("Your answer");
      if (tag != null) {
        shot(t, "round-reading-" + tag);
      }
      for (int i = 0; i < 10 && !t.screen().contains(CONTEXT_END); i++) {
        t.keys("PageDown");
        Thread.sleep(150);
      }
      assertThat(t.screen())
          .as("the whole context is readable before answering")
          .contains(CONTEXT_END);
      t.keys("Enter");
      t.waitFor("Your answer · 0 words", STEP);
      t.type(answer);
      t.waitFor(answer.substring(answer.length() - 12), STEP);
      if (tag != null) {
        shot(t, "round-answering-" + tag);
        t.keys("F2");
        t.waitFor("Question and context", STEP);
        shot(t, "round-question-over-answer-" + tag);
        t.keys("F2");
        t.waitFor("Your answer ·", STEP);
      }
      t.keys("C-d");
      String rate = t.waitFor("don't ask again", STEP);
      assertThat(rate).as("no score before the self-rating").doesNotContain("Grade band");
      if (tag != null) {
        shot(t, "rate-" + tag);
      }
      t.keys("Enter");
      // the title, the score and the body in one capture: a frame can be captured half drawn
      String results = t.waitForAll(STEP, "Results ·", "Score", "Main answer");
      int score = results.indexOf("Score");
      int covered = results.indexOf("Main answer");
      assertThat(score).as("score first").isGreaterThan(0);
      assertThat(covered).as("the user's own points next").isGreaterThan(score);
      if (results.contains("Level read")) {
        assertThat(results.indexOf("Level read")).isGreaterThan(covered);
      }
      if (tag != null) {
        shot(t, "results-" + tag);
      }
      t.keys("Enter");
      t.waitFor("Loop complete", STEP);
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
      return results;
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "60, 18"})
  @Timeout(600)
  void anEveningOfPracticeWithoutFriction(int cols, int rows) throws Exception {
    String size = cols + "x" + rows;
    Path sessions = work.resolve("sessions");
    try (Tmux t = new Tmux(project, practice(sessions, ""), cols, rows)) {
      t.waitFor("Enter/s start", START);
      shot(t, "home-" + size);
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
    String first = round(sessions, cols, rows, WEAK, null);
    assertThat(first).doesNotContain("Last time");
    String again = round(sessions, cols, rows, STRONG, size);
    assertThat(again).contains("Last time").contains("→ now").containsPattern("\\(\\+\\d+\\)");

    try (Tmux t = new Tmux(project, practice(sessions, ""), cols, rows)) {
      t.waitFor("Enter/s start", START);
      t.keys("3");
      t.waitFor("Scenario", STEP);
      // the picker is sorted by topic then title: search for it rather than count Downs
      t.keys("/");
      t.waitFor("search:", STEP);
      t.type("circuit breaker");
      String picker = t.waitFor("▶ Circuit breaker", STEP);
      assertThat(picker).containsPattern("last \\d+, \\d+ [A-Z][a-z]{2}");
      shot(t, "home-picker-" + size);
      t.keys("Escape"); // letters go to the search until Esc clears it
      t.waitFor("/ to search", STEP);
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
    try (Tmux t = new Tmux(project, practice(sessions, "review"), cols, rows)) {
      t.waitFor("Review · 2 sessions", START);
      shot(t, "review-list-" + size);
      t.keys("Enter");
      t.waitFor("Round 1 of", STEP);
      shot(t, "review-session-" + size);
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
    try (Tmux t =
        new Tmux(project, practice(sessions, "practice --level L6 --drill"), cols, rows)) {
      String plan = t.waitFor("Enter start the drill", START);
      assertThat(plan).contains("Drill at L6").containsPattern("(new|due again|weak spot|ahead)");
      shot(t, "drill-plan-" + size);
      t.keys("Escape");
      // "Enter start" alone is on the drill plan too; "←→/1-5 mode" is the home footer's own
      t.waitFor("←→/1-5 mode", STEP);
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "60, 18"})
  @Timeout(240)
  void aSeventyCharacterTitleKeepsTheTimerAndTheQuitKey(int cols, int rows) throws Exception {
    assertThat(LONG_TITLE).hasSize(70);
    Path bank = work.resolve("bank");
    copy(project.resolve("questions"), bank);
    Path file = bank.resolve("resilience").resolve(SCENARIO + ".yaml");
    Files.writeString(
        file,
        Files.readString(file).replaceFirst("(?m)^title: .*$", "title: \"" + LONG_TITLE + "\""));
    try (Tmux t =
        new Tmux(
            project,
            "./mockloop --questions "
                + bank
                + " --sessions "
                + work.resolve("s")
                + " practice --level L6 --scenario "
                + SCENARIO,
            cols,
            rows)) {
      t.waitFor("Read the question and context", START);
      t.keys("Enter");
      String screen = t.waitForAll(STEP, "Your answer · 0 words", "Ctrl-C quit", "…");
      List<String> lines = screen.lines().toList();
      assertThat(lines.get(0))
          .contains("Circuit breakers for")
          .contains("…")
          .containsPattern("\\d\\d:\\d\\d\\s*$");
      assertThat(lines.stream().filter(l -> l.contains("Ctrl-C quit")).count()).isOne();
      assertThat(lines.stream().filter(l -> l.length() > cols)).isEmpty();
      t.keys("C-c");
      t.waitFor("Quit mockloop?", STEP);
      t.keys("y");
      t.waitFor("EXIT=0", STEP);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
