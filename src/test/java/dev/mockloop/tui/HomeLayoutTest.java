package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The home screen from 100 columns down to the smallest size (60x18): no mode split from its key
 * ("4" and "by topic" on one line), a level's text hanging under itself, the settings lines with
 * every key ((t), (a), (p)) and nothing running into the right edge, the top lines never reaching
 * the settings lines; in every mode, and after resizing from one size to the next.
 */
class HomeLayoutTest {
  @TempDir Path dir;

  /** The shipped bank: its principle questions give the home screen its longest settings line. */
  private static final Bank BANK = BankLoader.load(Path.of("questions")).bank();

  private VirtualTui home(int cols, int rows) throws java.io.IOException {
    return new VirtualTui(dir, cols, rows, true, Optional.empty(), BANK, "2026-11-29T08:00:00Z");
  }

  private static final String[] MODES = {
    "1 single round", "2 full loop of 4", "3 pick a scenario", "4 by topic", "5 drill"
  };

  @ParameterizedTest
  @CsvSource({"60, 18", "60, 20", "70, 24", "80, 24", "100, 30"})
  void everyModeLaysOutWhole(int cols, int rows) throws Exception {
    try (VirtualTui tui = home(cols, rows)) {
      for (int m = 1; m <= MODES.length; m++) {
        tui.type(String.valueOf(m));
        check(tui.text(), cols, "mode " + m + " at " + cols + "x" + rows);
      }
    }
  }

  @Test
  void resizingBetweenTheSizesLaysItOutAgainEachTime() throws Exception {
    try (VirtualTui tui = home(100, 30)) {
      int[][] sizes = {{60, 20}, {70, 24}, {80, 24}, {100, 30}, {60, 18}, {80, 24}};
      for (int[] s : sizes) {
        tui.resize(s[0], s[1]);
        check(tui.text(), s[0], "after resizing to " + s[0] + "x" + s[1]);
        tui.type("4");
        check(tui.text(), s[0], "topics after resizing to " + s[0] + "x" + s[1]);
        tui.type("1");
      }
    }
  }

  @Test
  void aLongNoticeTakesTwoLinesAndEndsWithAnEllipsis() throws Exception {
    try (VirtualTui tui = home(60, 18)) {
      String notice =
          "cannot create a session in /a/very/long/path/to/the/sessions/folder/that/goes/on: the"
              + " disk is full; free some space or pass --sessions with another folder, then start"
              + " again";
      tui.app.home(notice);
      tui.tick();
      List<String> lines = tui.text().lines().toList();
      int principles = row(lines, " Leadership Principles  ");
      assertThat(lines.get(principles + 1))
          .as(tui.text())
          .startsWith(" cannot create a session in");
      assertThat(lines.get(principles + 2)).endsWith("…").hasSizeLessThan(60);
      check(tui.text(), 60, "with a notice");
    }
  }

  private static void check(String screen, int cols, String where) {
    List<String> lines = screen.lines().toList();
    for (String mode : MODES) {
      assertThat(lines)
          .as(where + ": \"" + mode + "\" on one line\n" + screen)
          .anyMatch(l -> l.contains(mode));
    }
    for (int r = 1; r < lines.size(); r++) {
      assertThat(lines.get(r).length())
          .as(where + ": row " + r + " stops short of the right edge\n" + screen)
          .isLessThan(cols);
    }
    int timing = row(lines, " Timing  ");
    int principles = row(lines, " Leadership Principles  ");
    assertThat(lines.get(timing)).as(where).contains("(t)", "Rate yourself", "(a)");
    assertThat(lines.get(principles)).as(where).containsPattern("\\(p( to change)?\\)$");
    assertThat(principles).as(where).isEqualTo(timing + 1);
    assertThat(row(lines, "5 drill"))
        .as(where + ": the modes above the settings\n" + screen)
        .isLessThan(timing);
    checkDrill(lines, where + "\n" + screen);
    int senior = row(lines, "Senior:");
    if (senior >= 0 && !lines.get(senior).contains("trade-offs")) {
      assertThat(lines.get(senior + 1))
          .as(where + ": the level's text hangs under itself\n" + screen)
          .startsWith(" ".repeat(lines.get(senior).indexOf("Senior:")))
          .doesNotStartWith(" ".repeat(lines.get(senior).indexOf("Senior:") + 1));
    }
  }

  /**
   * The drill mode's plan: each round whole (its title and why it was picked), or, where they do
   * not all fit, the titles alone with "(+N more)" after the last one shown.
   */
  private static void checkDrill(List<String> lines, String where) {
    int from = row(lines, "Drill at ");
    if (from < 0) {
      return;
    }
    List<String> plan = lines.subList(from + 1, row(lines, " Timing  "));
    List<String> items = plan.stream().filter(l -> l.matches("^  \\d\\. .*")).toList();
    List<String> reasons = plan.stream().filter(l -> l.matches("^     \\S.*")).toList();
    assertThat(items).as(where).isNotEmpty();
    assertThat(reasons.size()).as(where + ": no round without its reason").isIn(0, items.size());
    if (items.size() < 3) {
      assertThat(items.get(items.size() - 1)).as(where).endsWith(" more)");
    }
  }

  private static int row(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
