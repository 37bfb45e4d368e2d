package dev.mockloop.cli;

import dev.mockloop.io.SafeText;
import dev.mockloop.report.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Word wrapping for the {@code questions} commands: fits text to the terminal width without ever
 * cutting a word (a word longer than the line gets a line of its own).
 */
final class QuestionsText {
  static final int DEFAULT_WIDTH = 80;
  static final int MIN_WIDTH = 20;

  private QuestionsText() {}

  /** {@code $COLUMNS} when it is a number, else 80; never below 20. */
  static int width(Map<String, String> env) {
    String columns = env.get("COLUMNS");
    if (columns != null) {
      try {
        return Math.max(MIN_WIDTH, Integer.parseInt(columns.trim()));
      } catch (NumberFormatException e) {
        return DEFAULT_WIDTH;
      }
    }
    return DEFAULT_WIDTH;
  }

  /**
   * Wraps {@code text} to {@code width}, prefixing every output line with {@code indent}. Each line
   * of the text is a paragraph (the loader has joined the author's hand-made breaks, {@code
   * bank.Prose}); a blank line stays, and a list item's later lines hang under its text ({@link
   * Wrap}). Words are never cut: a word longer than the line gets a line of its own.
   */
  static List<String> wrap(String text, int width, String indent) {
    text = SafeText.plain(text); // bank text: no escape sequence, no colour of its own
    List<String> out = new ArrayList<>();
    for (String raw : text.strip().split("\n", -1)) {
      if (raw.isBlank()) {
        out.add("");
        continue;
      }
      String line = " ".repeat(raw.length() - raw.stripLeading().length()) + words(raw.strip());
      if (line.length() <= width - indent.length()) {
        out.add(indent + line); // it fits: one line, as Wrap gives it (a char is a column here)
        continue;
      }
      for (Wrap.Line l : Wrap.lines(line, width - indent.length(), Wrap.ONE_COLUMN, false)) {
        out.add(indent + " ".repeat(l.indent()) + line.substring(l.start(), l.end()));
      }
    }
    return out;
  }

  /**
   * {@code text}, stripped, with each run of ASCII white space made one space: what {@code
   * String.join(" ", text.split("\\s+"))} gives for stripped text, without compiling a pattern at
   * every call.
   */
  static String words(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        gap = true;
        continue;
      }
      if (gap && sb.length() > 0) {
        sb.append(' ');
      }
      gap = false;
      sb.append(c);
    }
    return sb.toString();
  }
}
