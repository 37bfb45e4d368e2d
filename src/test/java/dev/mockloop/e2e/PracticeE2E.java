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

/** The practice TUI in a real terminal (tmux), started through the ./mockloop launcher. */
@Tag("e2e")
class PracticeE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(15);
  private static final String ANSWER =
      "I would choose DynamoDB: p99 reads of 1-4 ms meet the"
          + " single-digit millisecond target at 100K QPS, the access pattern is a key-value lookup"
          + " by product id, and on-demand capacity absorbs flash sales. RDS needs read replicas"
          + " and sharding. Trade-off: no joins, so complex queries go to OpenSearch.";

  @TempDir Path sessions;

  @org.junit.jupiter.api.BeforeEach
  void olderThanTheSelfRatingStep() throws java.io.IOException {
    Tmux.skipSelfRating(sessions);
  }

  private final Path project = Path.of(System.getProperty("user.dir"));

  private String practice() {
    return "./mockloop --sessions " + sessions + " practice --level L6 --scenario dynamodb-vs-rds";
  }

  private List<Path> transcripts() throws Exception {
    try (Stream<Path> s = Files.list(sessions)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
  }

  @Test
  @Timeout(240)
  void aRoundTypedSubmittedFollowedUpScoredAndSaved() throws Exception {
    try (Tmux t = new Tmux(project, practice(), 100, 30)) {
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      t.waitFor("Your answer · 0 words", STEP);
      t.saveScreen("round-empty");
      t.type(ANSWER);
      t.keys("Enter");
      t.type("Second paragraph.");
      t.waitFor("Second paragraph.", STEP);
      t.saveScreen("round");
      t.keys("C-d");
      String screen = t.waitFor("Follow-up 1 of", STEP);
      assertThat(screen).contains("I would choose DynamoDB");
      int n = 1;
      while (screen.contains("Follow-up " + n + " of")) {
        t.type("Follow-up answer " + n + ": strongly consistent reads and a GSI.");
        t.waitFor("Follow-up answer " + n, STEP);
        t.keys(n % 2 == 1 ? "F10" : "C-d");
        n++;
        screen = waitForEither(t, "Follow-up " + n + " of", "Results ·");
      }
      t.waitFor("Score", STEP);
      t.saveScreen("results");
      t.keys("Enter");
      t.waitFor("Loop complete", STEP);
      t.saveScreen("summary");
      t.keys("q");
      String end = t.waitFor("EXIT=0", STEP);
      assertThat(end).contains("Transcript saved: " + sessions);
    }
    List<Path> files = transcripts();
    assertThat(files).hasSize(1);
    String yaml = Files.readString(files.get(0));
    assertThat(yaml)
        .contains("status: completed")
        .contains("Second paragraph.")
        .contains("Follow-up answer 1: strongly consistent reads and a GSI.");
    assertThat(yaml.replaceAll("\\s+", " ")).contains(ANSWER.substring(0, 60));
  }

  @Test
  @Timeout(240)
  void aKilledRunKeepsTheDraftAndTheNextStartResumesIt() throws Exception {
    String draft = "Killed mid answer: DynamoDB with DAX, partition key product_id";
    try (Tmux t = new Tmux(project, practice(), 100, 30)) {
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      t.waitFor("Your answer · 0 words", STEP);
      t.type(draft);
      t.waitFor("product_id", STEP);
      // killed as soon as the last word is on screen, inside the 2 s autosave interval: the
      // draft journal holds the keystrokes the transcript does not have yet
      ProcessHandle pane = ProcessHandle.of(t.panePid()).orElseThrow();
      pane.descendants()
          .filter(p -> p.info().command().orElse("").endsWith("java"))
          .forEach(ProcessHandle::destroyForcibly); // SIGKILL: no hooks, no finally
      t.waitFor("EXIT=137", STEP);
    }
    List<Path> files = transcripts();
    assertThat(files).hasSize(1);
    String yaml = Files.readString(files.get(0));
    assertThat(yaml).contains("status: in-progress");

    try (Tmux t = new Tmux(project, practice(), 100, 30)) {
      t.waitFor("unfinished session found", START);
      t.saveScreen("resume-offer");
      t.keys("r");
      String screen = t.waitFor("product_id", STEP);
      assertThat(screen).contains("Your answer · 9 words");
      t.type(" and more.");
      t.keys("C-c");
      t.waitFor("Quit mockloop?", STEP);
      t.keys("y");
      t.waitFor("EXIT=0", STEP);
    }
    assertThat(transcripts()).hasSize(1);
    String after = Files.readString(transcripts().get(0));
    assertThat(after).contains("status: paused").contains(draft + " and more.");
  }

  @Test
  @Timeout(120)
  void theHomeScreenOpensWithNoArguments() throws Exception {
    try (Tmux t = new Tmux(project, "./mockloop --sessions " + sessions, 80, 24)) {
      String home = t.waitFor("Enter/s start", START);
      assertThat(home).contains("L6").contains("L7").contains("full loop of 4");
      t.saveScreen("home");
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
  }

  private static String waitForEither(Tmux t, String a, String b) throws Exception {
    long deadline = System.nanoTime() + STEP.toNanos();
    while (System.nanoTime() < deadline) {
      String s = t.screen();
      if (s.contains(a) || s.contains(b)) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("neither \"" + a + "\" nor \"" + b + "\" appeared:\n" + t.screen());
  }
}
