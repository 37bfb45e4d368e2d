package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal resized under the home screen: the first size comes from the terminal's opening
 * ({@code tui.RawTerminal}: the {@code ioctl} or {@code stty size}), every later one from SIGWINCH
 * and Lanterna's query; each size is drawn for, down to the "enlarge" message and back.
 */
@Tag("e2e")
class ResizeE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(20);

  @TempDir Path dir;

  private final Path project = Path.of(System.getProperty("user.dir"));

  @Test
  @Timeout(180)
  void theHomeScreenRedrawsForEachSize() throws Exception {
    String command = "./mockloop --sessions " + dir.resolve("sessions");
    try (Tmux t = new Tmux(project, command, 100, 30)) {
      // 100 columns fit the footer's long labels on its first line
      assertThat(t.waitFor("Mode ", START)).contains("a rate yourself");
      t.resize(60, 20);
      String narrow = t.waitFor("a rating", STEP);
      assertThat(narrow).doesNotContain("a rate yourself");
      assertThat(narrow.lines().count()).isLessThanOrEqualTo(20);
      t.resize(30, 8);
      assertThat(t.waitFor("Enlarge the terminal", STEP)).contains("(now 30x8)");
      t.resize(100, 30);
      assertThat(t.waitFor("a rate yourself", STEP)).contains("Mode ");
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
  }

  /**
   * Each size the friction test named, reached by resizing: every mode whole on a line ("4 by
   * topic" was split at 60 columns), the settings lines with their keys and short of the edge.
   */
  @Test
  @Timeout(180)
  void theHomeScreenKeepsEachItemWholeFromSixtyColumnsUp() throws Exception {
    String command = "./mockloop --sessions " + dir.resolve("sessions");
    try (Tmux t = new Tmux(project, command, 100, 30)) {
      t.waitFor("Mode ", START);
      int[][] sizes = {{60, 20}, {70, 24}, {80, 24}, {100, 30}, {60, 18}};
      for (int[] size : sizes) {
        t.resize(size[0], size[1]);
        for (String mode : new String[] {"4", "1"}) {
          t.keys(mode);
          String screen = t.waitForAll(STEP, "5 drill", "(t)", "(a)", "(p");
          String where = size[0] + "x" + size[1] + ", mode " + mode + ":\n" + screen;
          for (String item :
              new String[] {
                "1 single round", "2 full loop of 4", "3 pick a scenario", "4 by topic", "5 drill"
              }) {
            assertThat(screen).as(where).contains(item);
          }
          screen.lines().skip(1).forEach(l -> assertThat(l.length()).as(where).isLessThan(size[0]));
          t.saveScreen("home-" + size[0] + "x" + size[1] + "-mode" + mode);
        }
      }
      t.keys("q");
      t.waitFor("EXIT=0", STEP);
    }
  }
}
