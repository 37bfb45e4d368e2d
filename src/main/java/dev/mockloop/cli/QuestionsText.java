package dev.mockloop.cli;

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
   * Wraps each line of {@code text} to {@code width}, prefixing every output line with {@code
   * indent}. Blank lines are kept; a line starting with "- " or "1. " continues under its text.
   */
  static List<String> wrap(String text, int width, String indent) {
    List<String> out = new ArrayList<>();
    for (String raw : text.strip().split("\\R", -1)) {
      String line = raw.stripTrailing();
      if (line.isBlank()) {
        out.add("");
        continue;
      }
      int lead = line.length() - line.stripLeading().length();
      String body = line.substring(lead);
      int hang = lead + bulletWidth(body);
      String first = indent + " ".repeat(lead);
      String rest = indent + " ".repeat(hang);
      fill(body, width, first, rest, out);
    }
    return out;
  }

  private static int bulletWidth(String body) {
    if (body.startsWith("- ") || body.startsWith("* ")) {
      return 2;
    }
    int dot = body.indexOf(". ");
    return dot > 0 && dot <= 3 && body.substring(0, dot).chars().allMatch(Character::isDigit)
        ? dot + 2
        : 0;
  }

  private static void fill(String body, int width, String first, String rest, List<String> out) {
    StringBuilder line = new StringBuilder(first);
    int prefix = first.length();
    for (String word : body.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean empty = line.length() == prefix;
      if (!empty && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line = new StringBuilder(rest);
        prefix = rest.length();
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
    }
    out.add(line.toString());
  }
}
