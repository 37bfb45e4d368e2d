package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.tui.FrontEnd;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practice command's input checks, through the real command line (no terminal here). */
class PracticeCommandTest {
  @TempDir Path sessions;

  private record Run(int status, String out, String err) {}

  private Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 4];
    all[0] = "--questions";
    all[1] = Path.of(CliGoldenTest.BANK).toAbsolutePath().toString();
    all[2] = "--sessions";
    all[3] = sessions.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    int status = Main.run(all, new PrintWriter(out), new PrintWriter(err), env);
    return new Run(status, out.toString(), err.toString());
  }

  private Run run(String... args) {
    return run(Map.of("TERM", "xterm"), args);
  }

  @Test
  void unknownScenarioIsBadInputWithAHint() {
    Run r = run("practice", "--scenario", "no-such-thing");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("mockloop: no scenario 'no-such-thing'")
        .contains("questions list")
        .doesNotContain("Exception");
  }

  @Test
  void aMisspeltScenarioGetsADidYouMean() {
    Run r = run("practice", "--scenario", "circuit-breakr");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean 'circuit-breaker'?");
  }

  @Test
  void badUsagePrintsTheErrorAndWhereHelpIsNotTheWholeUsage() {
    Run r = run("practice", "--level", "L8");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "mockloop: Invalid value for option '--level': expected L6 or L7, got 'L8'",
            "Run 'mockloop practice --help' for usage.");
  }

  @Test
  void practiseIsAcceptedAsTheCommandsOtherSpelling() {
    Run r = run("practise", "--level", "L9");
    assertThat(r.err()).contains("expected L6 or L7").contains("mockloop practice --help");
    assertThat(run("--help").out()).contains("With no command, opens the home screen");
  }

  @Test
  void outOfRangeOptionsSayTheRange() {
    assertThat(run("practice", "--minutes", "0").err()).contains("--minutes must be 1..120");
    assertThat(run("practice", "--follow-ups", "11").err()).contains("--follow-ups must be 0..10");
    assertThat(run("practice", "--rounds", "99").err()).contains("--rounds must be 1..20");
    assertThat(run("practice", "--level", "L9").status()).isEqualTo(2);
    assertThat(run("practice", "--level", "L9").err()).contains("expected L6 or L7");
    assertThat(run("practice", "--rounds", "99").status()).isEqualTo(2);
  }

  @Test
  void tooManyRoundsForATopicIsExplained() {
    Run r = run("practice", "--topic", "databases", "--rounds", "20");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("only 1 scenario matches L6 and topic databases but 20 rounds" + " were asked");
  }

  @Test
  void withoutATerminalItSaysSoAndRunsLineModeOnStdin() throws Exception {
    String answers =
        "I would choose DynamoDB for p99 reads.\n.\nfollow-up one\n.\nfollow-up two\n.\n";
    Captured c =
        withStdin(answers, () -> run("practice", "--level", "L6", "--scenario", "dynamodb-vs-rds"));
    assertThat(c.run().status()).isZero();
    assertThat(c.run().err()).contains("stdin/stdout is not a terminal", "using plain line mode");
    assertThat(c.stdout()).contains("Results · L6 · Round 1 of 1", "Transcript saved to");
    try (var files = java.nio.file.Files.list(sessions)) {
      assertThat(files.filter(f -> f.toString().endsWith(".yaml"))).hasSize(1);
    }
    Captured home = withStdin("", () -> run(Map.of("TERM", "dumb")));
    assertThat(home.run().status()).as("no answer came: the run did not finish").isEqualTo(1);
    assertThat(home.run().err())
        .contains("using plain line mode", "mockloop: the input ended at the main answer")
        .contains("nothing to resume; the session is saved as abandoned");
  }

  @Test
  void inputThatEndsInTheMiddleOfARoundSaysSoOnStderrAndExitsOne() throws Exception {
    Captured c =
        withStdin(
            "answer text\n",
            () -> run("practice", "--plain", "--level", "L6", "--scenario", "dynamodb-vs-rds"));
    assertThat(c.run().status()).isEqualTo(1);
    assertThat(c.run().err())
        .contains(
            "mockloop: the input ended in the middle of the main answer of round 1 of 1",
            "Your draft (2 words) is saved; the session is paused: " + sessions,
            "To resume it, run 'mockloop --sessions " + sessions.toAbsolutePath() + " practice'");
    assertThat(c.stdout()).contains("> answer text").doesNotContain("Session saved as");
  }

  private record Captured(Run run, String stdout) {}

  /** Runs with {@code stdin} as System.in and System.out captured (line mode uses both). */
  private static synchronized Captured withStdin(String stdin, java.util.function.Supplier<Run> r) {
    java.io.InputStream in = System.in;
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      System.setIn(
          new java.io.ByteArrayInputStream(
              stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
      Run run = r.get();
      return new Captured(run, bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      System.setIn(in);
      System.setOut(out);
    }
  }

  @Test
  void frontEndChoice() {
    assertThat(FrontEnd.choose(Map.of("TERM", "xterm-256color"), true)).isEqualTo(FrontEnd.TUI);
    assertThat(FrontEnd.choose(Map.of("TERM", "dumb"), true)).isEqualTo(FrontEnd.LINE);
    assertThat(FrontEnd.choose(Map.of(), true)).isEqualTo(FrontEnd.LINE);
    assertThat(FrontEnd.choose(Map.of("TERM", "screen"), false)).isEqualTo(FrontEnd.LINE);
    assertThat(FrontEnd.reason(Map.of("TERM", "dumb"), true)).contains("TERM=dumb");
  }

  @Test
  void helpListsTheKeysAndOptions() {
    Run r = run("practice", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--follow-ups").contains("--untimed").contains("Ctrl-D or F10");
  }
}
