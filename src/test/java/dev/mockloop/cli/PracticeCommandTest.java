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
    all[1] = Path.of("questions").toAbsolutePath().toString();
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
    assertThat(r.err()).contains("mockloop: no scenario 'no-such-thing'")
        .contains("questions list").doesNotContain("Exception");
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
    assertThat(r.err()).contains("scenario(s) match L6 and topic(s) [databases]");
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
