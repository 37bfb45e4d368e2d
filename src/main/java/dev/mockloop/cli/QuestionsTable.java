package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import dev.mockloop.io.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table {@code questions list} prints: ID, TITLE, TOPIC, LEVELS, MINUTES. When the table would
 * be wider than the terminal, titles wrap within their column (never cutting a word).
 */
final class QuestionsTable {
  private static final String[] HEADERS = {"ID", "TITLE", "TOPIC", "LEVELS", "MINUTES"};
  private static final int TITLE = 1;
  private static final int MIN_TITLE = 12;

  private QuestionsTable() {}

  static void print(List<Listing.Entry> scenarios, Level only, int width, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (Listing.Entry s : scenarios) {
      List<Level> levels = only == null ? s.levels() : List.of(only);
      rows.add(
          new String[] {
            s.id(),
            s.title(),
            s.behavioral() ? s.topic() + " (" + s.principle() + ")" : s.topic(),
            levels.stream().map(Level::name).collect(Collectors.joining(" ")),
            levels.stream()
                .map(l -> String.valueOf(s.minutes().get(l)))
                .collect(Collectors.joining("/"))
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
    if (total > width && widths[TITLE] - (total - width) < MIN_TITLE) {
      stacked(rows, width, out);
      return;
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

  /**
   * Too narrow for a title column (long ids, a principle as the topic): each question on two lines,
   * the id with its levels and minutes, then its title and topic wrapped below it.
   */
  private static void stacked(List<String[]> rows, int width, PrintWriter out) {
    int[] cols = {0, 3, 4};
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int c : cols) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    boolean header = true;
    for (String[] row : rows) {
      String line =
          pad(SafeText.line(row[0]), widths[0]) + "  " + pad(row[3], widths[3]) + "  " + row[4];
      out.println(line.stripTrailing());
      if (header) {
        out.println("    TITLE · TOPIC");
        header = false;
        continue;
      }
      QuestionsText.wrap(row[TITLE] + " · " + row[2], Math.max(20, width - 4), "    ")
          .forEach(l -> out.println(l.stripTrailing()));
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
