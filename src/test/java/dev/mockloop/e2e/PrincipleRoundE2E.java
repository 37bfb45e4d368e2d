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
 * Issue 16 in a real terminal (tmux), on the small bank src/test/resources/banks/lp: a default
 * round opens with a Leadership Principle question and its story flags, then the technical
 * scenario; and a when_said follow-up is asked because of a phrase in the answer, its reason kept
 * for review.
 */
@Tag("e2e")
class PrincipleRoundE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(15);
  private static final String BANK = "src/test/resources/banks/lp";

  @TempDir Path sessions;

  @org.junit.jupiter.api.BeforeEach
  void olderThanTheSelfRatingStep() throws java.io.IOException {
    Tmux.skipSelfRating(sessions);
  }

  private final Path project = Path.of(System.getProperty("user.dir"));

  private String practice(String options) {
    return "./mockloop --questions "
        + BANK
        + " --sessions "
        + sessions
        + " practice --level L6 "
        + options;
  }

  private String transcript() throws Exception {
    try (Stream<Path> s = Files.list(sessions)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertThat(files).hasSize(1);
      return Files.readString(files.get(0));
    }
  }

  /** Answers follow-ups until the results show; returns the results screen. */
  private static String finishFollowUps(Tmux t, String screen) throws Exception {
    int n = 1;
    while (!screen.contains("Results ·")) {
      t.type("I asked their lead first, with the numbers on a one-pager.");
      t.waitFor("one-pager.", STEP);
      t.keys("C-d");
      n++;
      screen = either(t, "Follow-up " + n + " of", "Results ·");
    }
    return screen;
  }

  private static String either(Tmux t, String a, String b) throws Exception {
    long end = System.nanoTime() + STEP.toNanos();
    while (System.nanoTime() < end) {
      String s = t.screen();
      if (s.contains(a) || s.contains(b)) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("neither \"" + a + "\" nor \"" + b + "\":\n" + t.screen());
  }

  @Test
  @Timeout(240)
  void aDefaultRoundIsAPrincipleQuestionWithStoryFlagsThenTheTechnicalScenario() throws Exception {
    try (Tmux t = new Tmux(project, practice("--seed 3"), 110, 40)) {
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      String first =
          t.waitForAll(STEP, "Your answer · 0 words", "Round 1 of 2 · Leadership Principle:");
      assertThat(first).contains("Round 1 of 2 · Leadership Principle:");
      t.saveScreen("lp-round");
      t.type(
          "We would look at the logs first. We would fix the job and we would tell the"
              + " other team. We would write our runbook for it.");
      t.waitFor("runbook for it.", STEP);
      t.keys("C-d");
      String results = finishFollowUps(t, either(t, "Follow-up 1 of", "Results ·"));
      String flags = t.waitForAll(STEP, "all-we", "hypothetical");
      assertThat(flags).contains("hypothetical");
      t.saveScreen("lp-results");
      t.keys("Enter");
      // the title and the reading page's footer in one capture (a half-drawn frame still shows
      // the results under the new title)
      String design =
          t.waitForAll(
              STEP, "Round 2 of 2 · A flaky downstream dependency", "Enter start answering");
      assertThat(design).doesNotContain("Leadership Principle");
      assertThat(results).contains("Results ·");
    }
    String yaml = transcript();
    assertThat(yaml)
        .contains("kind: behavioral")
        .contains("- flaky-dependency")
        .contains("code: all-we")
        .contains("code: hypothetical");
  }

  @Test
  @Timeout(240)
  void aPhraseInTheAnswerTriggersTheWhenSaidFollowUpAndReviewSaysWhy() throws Exception {
    try (Tmux t =
        new Tmux(project, practice("--scenario flaky-dependency --follow-ups 1"), 110, 40)) {
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      String first = t.waitFor("Your answer · 0 words", STEP);
      assertThat(first).contains("Round 1 of 1 · A flaky downstream dependency");
      t.type("I would put the calls behind a bulkhead of 20 threads and a 300 ms timeout.");
      t.waitFor("300 ms timeout.", STEP);
      t.keys("C-d");
      String asked = t.waitFor("Follow-up 1 of 1", STEP);
      assertThat(asked)
          .contains("You mentioned a bulkhead - how do you size its pool?")
          .doesNotContain("Dive deep");
      t.type("Little's law: arrival rate times latency, 200 rps times 0.1 s is 20 threads.");
      t.waitFor("20 threads.", STEP);
      t.keys("C-d");
      t.waitFor("Results ·", STEP);
      t.keys("Enter");
      t.waitFor("Loop complete", STEP);
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
    assertThat(transcript())
        .contains("id: bulkhead-size")
        .contains("why: \"Dive deep: you said \\\"bulkhead\\\"\"");
    String id;
    try (Stream<Path> s = Files.list(sessions)) {
      id =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .findFirst()
              .orElseThrow()
              .replace(".yaml", "");
    }
    try (Tmux t =
        new Tmux(
            project,
            "java -jar target/mockloop.jar --sessions " + sessions + " review show " + id,
            110,
            60)) {
      String review = t.waitFor("EXIT=", START);
      assertThat(review).contains("Why it was asked: Dive deep: you said \"bulkhead\"");
    }
  }
}
