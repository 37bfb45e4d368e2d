package dev.mockloop.cli;

import dev.mockloop.io.SafeText;
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
   * Reflows {@code text} to {@code width}, prefixing every output line with {@code indent}.
   * Consecutive lines form one paragraph (authors break lines in YAML block text); a blank line,
   * or a line starting with "- ", "* " or "1. ", starts a new one, and a list item's later lines
   * hang under its text. Words are never cut: a word longer than the line gets a line of its own.
   */
  static List<String> wrap(String text, int width, String indent) {
    text = SafeText.plain(text); // bank text: no escape sequence, no colour of its own
    List<String> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    int lead = 0;
    for (String raw : text.strip().split("\\R", -1)) {
      String line = raw.strip();
      boolean startsItem = bulletWidth(line) > 0;
      if (line.isEmpty() || startsItem) {
        flush(para, lead, width, indent, out);
        if (line.isEmpty()) {
          out.add("");
          continue;
        }
      }
      if (para.length() == 0) {
        lead = raw.length() - raw.stripLeading().length();
      } else {
        para.append(' ');
      }
      para.append(line);
    }
    flush(para, lead, width, indent, out);
    return out;
  }

  private static void flush(StringBuilder para, int lead, int width, String indent, List<String> out) {
    if (para.length() == 0) {
      return;
    }
    String body = para.toString();
    String first = indent + " ".repeat(lead);
    String rest = indent + " ".repeat(lead + bulletWidth(body));
    fill(body, width, first, rest, out);
    para.setLength(0);
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
