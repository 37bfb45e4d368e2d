package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line mode from the packaged jar: answers piped from printf with no terminal at all, and a person
 * typing at a {@code TERM=dumb} terminal in tmux.
 */
@Tag("e2e")
class LineModeE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(20);

  @TempDir Path sessions;

  @org.junit.jupiter.api.BeforeEach
  void olderThanTheSelfRatingStep() throws java.io.IOException {
    Tmux.skipSelfRating(sessions);
  }

  private final Path project = Path.of(System.getProperty("user.dir"));

  private record Ran(int exit, String stdout, String stderr) {}

  /** Runs a shell command (a pipe into the jar) in the project folder, to its end. */
  private Ran run(String command) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", command).directory(project.toFile()).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Ran(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private List<Path> transcripts() throws Exception {
    try (Stream<Path> s = Files.list(sessions)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
  }

  @Test
  @Timeout(180)
  void pipedAnswersPrintTheResultsAndSaveTheTranscript() throws Exception {
    String command =
        "printf 'I would choose DynamoDB: p99 of 1-4 ms meets the single-digit"
            + " millisecond target at 100K QPS, with product_id as the partition key!\\n"
            + "Trade-off: no joins.\\n.\\nfollow-up answer\\n.\\nsecond follow-up\\n.\\n'"
            + " | java -jar target/mockloop.jar --sessions "
            + sessions
            + " practice --plain --level L6 --scenario dynamodb-vs-rds";
    Ran ran = run(command);
    String stdout = ran.stdout();
    String stderr = ran.stderr();
    assertThat(ran.exit()).as(stdout + stderr).isZero();
    assertThat(stderr).isEmpty();
    assertThat(stdout)
        .contains(
            "Question",
            "The interviewer follows up:",
            "Results · L6 · Round 1 of 1 · DynamoDB vs RDS",
            "Score ",
            "By dimension (main answer)",
            "Time used",
            "Level read",
            "Main answer  (",
            "✓ ",
            "- matched: \"1-4 ms\"",
            "✗ ",
            "- hint: ",
            "[1-4 ms]",
            "Grade band",
            "Follow-up 1: ",
            "Follow-up 2: ",
            "Model answer: mockloop questions show dynamodb-vs-rds --level L6",
            "Loop complete: average",
            "Transcript saved to " + sessions);
    assertThat(stdout).doesNotContain("\u001B[", "WARNING");
    List<Path> files = transcripts();
    assertThat(files).hasSize(1);
    String yaml = Files.readString(files.get(0));
    assertThat(yaml)
        .contains(
            "status: completed",
            "product_id as the partition key!",
            "Trade-off: no joins.",
            "text: follow-up answer",
            "text: second follow-up");
  }

  @Test
  @Timeout(240)
  void inputThatEndsMidRoundExitsOneSaysHowToResumeAndTheTuiResumesTheDraft() throws Exception {
    String command =
        "printf 'answer text\\nsecond line' | java -jar target/mockloop.jar --sessions "
            + sessions
            + " practice --plain --level L6 --scenario dynamodb-vs-rds";
    Ran ran = run(command);
    String stdout = ran.stdout();
    String stderr = ran.stderr();
    assertThat(ran.exit()).as(stdout + stderr).isEqualTo(1);
    Path saved = transcripts().get(0);
    assertThat(stderr)
        .contains(
            "mockloop: the input ended in the middle of the main answer of round 1 of 1",
            "Your draft (4 words) is saved; the session is paused: " + saved,
            "To resume it, run 'mockloop --sessions " + sessions + " practice' in a terminal");
    assertThat(stdout).contains("> answer text").doesNotContain("Session saved as");
    assertThat(Files.readString(saved)).contains("status: paused", "answer text", "second line");
    // the way back the message gives, in a real terminal: the session is offered, the draft typed
    // on
    try (Tmux t =
        new Tmux(
            project,
            "java -jar target/mockloop.jar --sessions " + sessions + " practice",
            80,
            24)) {
      t.waitFor("your draft is kept", START);
      t.keys("r");
      t.waitForAll(STEP, "Your answer · 4 words", "answer text", "second line");
      t.type(" and more");
      t.keys("C-d");
      t.waitFor("Follow-up 1 of", STEP);
    }
    assertThat(Files.readString(saved)).contains("answer text\n", "second line and more");
  }

  @Test
  @Timeout(240)
  void aDumbTerminalInTmuxRunsAWholeRound() throws Exception {
    String command =
        "TERM=dumb java -jar target/mockloop.jar --sessions "
            + sessions
            + " practice --level L7 --scenario circuit-breaker";
    try (Tmux t = new Tmux(project, command, 100, 40)) {
      t.waitFor("You have 15:00", START);
      assertThat(t.screen()).contains("using plain line mode", "L7 · Round 1 of 1");
      t.saveScreen("line-dumb-question");
      t.type(
          "Make resilience the default: one library per language, 2 s timeouts, a breaker"
              + " at 50% errors, owned by the platform team.");
      t.keys("Enter");
      t.type("It costs about $150K against $500K a day at risk!");
      t.keys("Enter");
      t.waitFor(" left]", STEP);
      t.type(".");
      t.keys("Enter");
      t.waitFor("1 of 2", STEP);
      t.type("Show them the latency numbers: under 1 ms overhead.");
      t.keys("Enter");
      t.type(".");
      t.keys("Enter");
      t.waitFor("2 of 2", STEP);
      t.type("Second follow-up answer");
      t.keys("Enter", "C-d");
      t.waitFor("Mark a missed point as covered? (number, or Enter to go on)", STEP);
      t.keys("Enter");
      t.waitFor("Show the model answer? [y/N]", STEP);
      t.saveScreen("line-dumb-results");
      t.type("y");
      t.keys("Enter");
      String end = t.waitFor("EXIT=0", STEP);
      assertThat(end).contains("Loop complete", "Transcript saved to " + sessions);
    }
    String yaml = Files.readString(transcripts().get(0));
    assertThat(yaml)
        .contains(
            "status: completed",
            "owned by the platform team.",
            "$500K a day at risk!",
            "under 1 ms overhead.",
            "Second follow-up answer");
  }

  @Test
  @Timeout(240)
  void ctrlCOnADumbTerminalAsksAndKeepsEverythingTyped() throws Exception {
    String command =
        "TERM=dumb java -jar target/mockloop.jar --sessions "
            + sessions
            + " practice --level L6 --scenario dynamodb-vs-rds";
    try (Tmux t = new Tmux(project, command, 100, 40)) {
      t.waitFor("You have 12:00", START);
      t.type("A first line that was entered.");
      t.keys("Enter");
      t.waitFor(" left]", STEP);
      t.type("and a half line");
      t.keys("C-c");
      t.waitFor("Quit mockloop? [y/N]", STEP);
      t.type("n");
      t.keys("Enter");
      t.waitFor("Back to your answer", STEP);
      t.keys("C-c");
      waitForTwice(t, "Quit mockloop? [y/N]");
      t.type("y");
      t.keys("Enter");
      String end = t.waitFor("EXIT=0", STEP);
      assertThat(end.replaceAll("\\s+", " "))
          .contains("Session saved as paused", "the next start offers to resume it");
    }
    String yaml = Files.readString(transcripts().get(0));
    assertThat(yaml)
        .contains("status: paused", "A first line that was entered.", "and a half line");
  }

  /** Waits until {@code text} is on the screen a second time (the first is still visible). */
  private static void waitForTwice(Tmux t, String text) throws Exception {
    long deadline = System.nanoTime() + STEP.toNanos();
    while (System.nanoTime() < deadline) {
      String s = t.screen();
      if (s.indexOf(text) != s.lastIndexOf(text)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("\"" + text + "\" never appeared twice:\n" + t.screen());
  }
}
