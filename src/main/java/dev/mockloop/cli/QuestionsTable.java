package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import dev.mockloop.io.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table {@code questions list} prints: ID, TITLE, TOPIC, LEVELS, MINUTES. When the table
 * would be wider than the terminal, titles wrap within their column (never cutting a word).
 */
final class QuestionsTable {
  private static final String[] HEADERS = {"ID", "TITLE", "TOPIC", "LEVELS", "MINUTES"};
  private static final int TITLE = 1;
  private static final int MIN_TITLE = 12;

  private QuestionsTable() {}

  static void print(List<Scenario> scenarios, Level only, int width, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (Scenario s : scenarios) {
      List<Level> levels = only == null ? List.copyOf(s.levelSet()) : List.of(only);
      rows.add(new String[] {
        s.id(),
        s.title(),
        s.behavioral() ? s.topic() + " (" + s.principle() + ")" : s.topic(),
        levels.stream().map(Level::name).collect(Collectors.joining(" ")),
        levels.stream().map(l -> String.valueOf(s.level(l).minutes())).collect(Collectors.joining("/"))
      });
    }
    int[] widths = new int[HEADERS.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    int total = 2 * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    if (total > width) {
      widths[TITLE] = Math.max(MIN_TITLE, widths[TITLE] - (total - width));
    }
    for (String[] row : rows) {
      List<String> titles = QuestionsText.wrap(row[TITLE], widths[TITLE], "");
      for (int i = 0; i < titles.size(); i++) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
          String cell = c == TITLE ? titles.get(i) : i == 0 ? SafeText.line(row[c]) : "";
          line.append(c == row.length - 1 ? cell : pad(cell, widths[c]) + "  ");
        }
        out.println(line.toString().stripTrailing());
      }
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
