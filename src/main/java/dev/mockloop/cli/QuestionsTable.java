package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import dev.mockloop.io.SafeText;
import java.util.List;

/**
 * The table {@code questions list} prints: ID, TITLE, TOPIC, LEVELS, MINUTES. When the table would
 * be wider than the terminal, titles wrap within their column (never cutting a word). The lines are
 * built in one {@link StringBuilder} with plain loops (no stream, lambda or regular expression),
 * since this runs once per start of the command and nothing is compiled yet (docs/performance.md).
 */
final class QuestionsTable {
  private static final String[] HEADERS = {"ID", "TITLE", "TOPIC", "LEVELS", "MINUTES"};
  private static final int TITLE = 1;
  private static final int MIN_TITLE = 12;
  private static final String NL = System.lineSeparator();
  private static final Level[] LEVELS = Level.values();

  private QuestionsTable() {}

  /** Appends the table's lines (each ended by the line separator) to {@code out}. */
  static void print(List<Listing.Entry> scenarios, Level only, int width, StringBuilder out) {
    String[][] rows = new String[scenarios.size() + 1][];
    rows[0] = HEADERS;
    for (int r = 0; r < scenarios.size(); r++) {
      rows[r + 1] = row(scenarios.get(r), only);
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
    StringBuilder line = new StringBuilder(width + 16);
    for (String[] row : rows) {
      if (plainRow(row, widths, out)) {
        continue;
      }
      List<String> titles = QuestionsText.wrap(row[TITLE], widths[TITLE], "");
      for (int i = 0; i < titles.size(); i++) {
        line.setLength(0);
        for (int c = 0; c < row.length; c++) {
          String cell = c == TITLE ? titles.get(i) : i == 0 ? SafeText.line(row[c]) : "";
          line.append(cell);
          if (c < row.length - 1) {
            pad(line, widths[c] - cell.length());
            line.append("  ");
          }
        }
        appendStripped(out, line);
      }
    }
  }

  /**
   * Appends {@code row} as one line when every cell is {@link #plain} and the title fits its
   * column, as the general way below would lay it out (it would change none of these cells), and
   * returns true; else appends nothing. A method of its own, called once a row, so that it is
   * compiled after a few hundred rows of a long table.
   */
  private static boolean plainRow(String[] row, int[] widths, StringBuilder out) {
    for (String cell : row) {
      if (!plain(cell)) {
        return false;
      }
    }
    if (row[TITLE].length() > widths[TITLE]) {
      return false;
    }
    int start = out.length();
    for (int c = 0; c < row.length; c++) {
      out.append(row[c]);
      if (c < row.length - 1) {
        pad(out, widths[c] - row[c].length());
        out.append("  ");
      }
    }
    int end = out.length();
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append(NL);
    return true;
  }

  /**
   * Printable ASCII without a space at either end or two in a row: text that {@link SafeText#line},
   * and {@link QuestionsText#wrap} within its width, give back unchanged.
   */
  static boolean plain(String cell) {
    int n = cell.length();
    if (n > 0 && (cell.charAt(0) == ' ' || cell.charAt(n - 1) == ' ')) {
      return false;
    }
    char before = 'x';
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c < ' ' || c > '~' || (c == ' ' && before == ' ')) {
        return false;
      }
      before = c;
    }
    return true;
  }

  /** ID, TITLE, TOPIC (with the principle of a behavioural question), LEVELS and MINUTES. */
  private static String[] row(Listing.Entry s, Level only) {
    StringBuilder levels = new StringBuilder();
    StringBuilder minutes = new StringBuilder();
    for (Level l : LEVELS) {
      Integer m = s.minutes().get(l);
      if (only == null ? m == null : l != only) {
        continue;
      }
      if (levels.length() > 0) {
        levels.append(' ');
        minutes.append('/');
      }
      levels.append(l.name());
      minutes.append(m);
    }
    String topic = s.behavioral() ? s.topic() + " (" + s.principle() + ")" : s.topic();
    return new String[] {s.id(), s.title(), topic, levels.toString(), minutes.toString()};
  }

  /**
   * Too narrow for a title column (long ids, a principle as the topic): each question on two lines,
   * the id with its levels and minutes, then its title and topic wrapped below it.
   */
  private static void stacked(String[][] rows, int width, StringBuilder out) {
    int[] cols = {0, 3, 4};
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int c : cols) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder line = new StringBuilder(width + 16);
    for (int r = 0; r < rows.length; r++) {
      String[] row = rows[r];
      String id = SafeText.line(row[0]);
      line.setLength(0);
      line.append(id);
      pad(line, widths[0] - id.length());
      line.append("  ").append(row[3]);
      pad(line, widths[3] - row[3].length());
      line.append("  ").append(row[4]);
      appendStripped(out, line);
      if (r == 0) {
        out.append("    TITLE · TOPIC").append(NL);
        continue;
      }
      List<String> lines =
          QuestionsText.wrap(row[TITLE] + " · " + row[2], Math.max(20, width - 4), "    ");
      for (String l : lines) {
        out.append(l.stripTrailing()).append(NL);
      }
    }
  }

  private static void pad(StringBuilder line, int spaces) {
    for (int i = 0; i < spaces; i++) {
      line.append(' ');
    }
  }

  /** {@code line} without its trailing white space, then a line separator. */
  private static void appendStripped(StringBuilder out, StringBuilder line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    out.append(line, 0, end).append(NL);
  }
}
