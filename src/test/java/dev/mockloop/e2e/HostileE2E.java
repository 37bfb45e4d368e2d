package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.testing.FailingDisk;
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
 * Issue 15's hostile cases that need a real terminal: Ctrl-Z and fg in the TUI (item 10), and
 * SIGTERM in line mode after the sessions folder filled up mid-round (items 1 and 11).
 */
@Tag("e2e")
class HostileE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(20);

  @TempDir Path dir;

  private final Path project = Path.of(System.getProperty("user.dir"));

  private static void signalJava(Tmux t, String signal) throws Exception {
    ProcessHandle pane = ProcessHandle.of(t.panePid()).orElseThrow();
    for (ProcessHandle p : pane.descendants().toList()) {
      if (p.info().command().orElse("").endsWith("java")) {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
      }
    }
  }

  @Test
  @Timeout(240)
  void ctrlZRestoresTheTerminalAndFgComesBackRawAndRedrawn() throws Exception {
    Path sessions = dir.resolve("sessions");
    try (Tmux t = new Tmux(project, "env PS1='shell$ ' bash --norc --noprofile -i", 100, 30)) {
      t.waitFor("shell$", START);
      t.type(
          "./mockloop --sessions " + sessions + " practice --level L6 --scenario dynamodb-vs-rds");
      t.keys("Enter");
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      t.waitFor("Your answer · 0 words", STEP);
      t.type("Typed before the suspend.");
      t.waitFor("before the suspend.", STEP);
      t.keys("C-z");
      String suspended = t.waitFor("Stopped", STEP);
      assertThat(suspended).doesNotContain("Your answer ·");
      // the terminal is cooked again: the shell sees icanon and echo, not Lanterna's raw mode
      t.type(
          "stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo"
              + " | sed 's/^/MO''DE:/' | tr '\\n' ' '");
      t.keys("Enter");
      String modes = t.waitFor("MODE:", STEP);
      assertThat(modes)
          .contains("MODE:icanon", "MODE:echo")
          .doesNotContain("MODE:-icanon", "MODE:-echo");
      t.type("fg");
      t.keys("Enter");
      t.waitFor("Your answer ·", STEP);
      t.waitFor("before the suspend.", STEP);
      t.type(" And after it.");
      t.waitFor("And after it.", STEP);
      t.keys("C-d");
      String next = t.waitFor("Follow-up 1 of", STEP);
      assertThat(next).doesNotContain("internal error");
      t.keys("C-c");
      t.waitFor("Quit mockloop?", STEP);
      t.keys("y");
      t.waitFor("shell$", STEP);
    }
    try (Stream<Path> s = Files.list(sessions)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertThat(Files.readString(files.get(0)))
          .contains("Typed before the suspend. And after it.");
    }
  }

  @Test
  @Timeout(240)
  void sigtermInLineModeAfterTheDiskFilledKeepsARescueCopyAndClearsTheStatusLine()
      throws Exception {
    Path rescue = Files.createDirectories(dir.resolve("rescue"));
    Path sessionsDir = dir.resolve("sessions");
    try (FailingDisk disk = FailingDisk.at(sessionsDir)) {
      String command =
          "MOCKLOOP_RESCUE="
              + rescue
              + " ./mockloop --sessions "
              + sessionsDir
              + " practice --plain --level L6 --scenario dynamodb-vs-rds";
      try (Tmux t = new Tmux(project, command, 100, 30)) {
        t.waitFor("You have 12:00", START);
        t.type("Saved while the disk had room.");
        t.keys("Enter");
        Thread.sleep(2_500); // an autosave
        disk.fill();
        t.type("Typed after the disk filled up.");
        t.keys("Enter");
        Thread.sleep(2_500); // a failed autosave
        signalJava(t, "TERM");
        String end = t.waitFor("EXIT=", STEP);
        assertThat(end).doesNotContain("left | '.' line");
      }
    }
    try (Stream<Path> s = Files.list(rescue)) {
      List<Path> copies = s.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertThat(copies).as("rescue copies").hasSize(1);
      assertThat(Files.readString(copies.get(0)))
          .contains("Saved while the disk had room.", "Typed after the disk filled up.");
    }
  }

  @Test
  @Timeout(240)
  void closingTheWindowKeepsTheDraftWithoutAnInternalError() throws Exception {
    Path sessions = dir.resolve("sessions");
    Path err = dir.resolve("stderr.txt");
    String draft = "Typed just before the window closed: shard by product id";
    Tmux t =
        new Tmux(
            project,
            "./mockloop --sessions "
                + sessions
                + " practice --level L6 --scenario dynamodb-vs-rds 2>"
                + err,
            100,
            30);
    try (t) {
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      t.waitFor("Your answer · 0 words", STEP);
      t.type(draft);
      t.waitFor("product id", STEP);
    } // closing the window: the tmux server goes, the app gets SIGHUP and end of input
    try (Stream<Path> s = Files.list(sessions)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertThat(files).hasSize(1);
      assertThat(Files.readString(files.get(0)).replaceAll("\\s+", " ")).contains(draft);
    }
    assertThat(Files.readString(err)).doesNotContain("internal error");
  }
}
