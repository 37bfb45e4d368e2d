package dev.mockloop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The one word wrapper. The line-breaking rule ({@link #paragraph}): a line breaks after the last
 * space that fits (that one space is dropped), and inside a word only when the word is longer than
 * the line (or, with {@code cut} off, the word overflows on a line of its own). The editor keeps
 * its own layout on this rule to track the cursor; report paragraphs ({@link #lines}) add a hanging
 * indent: the continuation lines of a list item hang under its text. {@link StyledWrap} cuts styled
 * text (report lines, the TUI's spans) at the lines found here.
 */
public final class Wrap {
  /**
   * A visual line: text {@code [start, end)} drawn after {@code indent} spaces; {@code next} is
   * where the following line's text starts.
   */
  public record Line(int start, int end, int next, int indent) {}

  /**
   * Every UTF-16 char one column wide, so a surrogate pair (an emoji) counts two (plain text, line
   * mode, the command line).
   */
  public static final IntUnaryOperator ONE_COLUMN = new OneColumn();

  /** {@link Character#charCount}; a class, not a method reference, so no lambda is spun for it. */
  private static final class OneColumn implements IntUnaryOperator {
    @Override
    public int applyAsInt(int codePoint) {
      return Character.charCount(codePoint);
    }
  }

  private Wrap() {}

  /**
   * Breaks {@code [from, to)} of {@code t} (no newline inside) into lines of at most {@code w}
   * columns, each {@code indent} columns in, appended to {@code out}.
   *
   * @param columns the columns a code point takes (two for a wide one); a line never breaks inside
   *     a surrogate pair
   * @param cut whether a word longer than the line is cut; else it overflows
   */
  public static void paragraph(
      String t,
      int from,
      int to,
      int w,
      int indent,
      IntUnaryOperator columns,
      boolean cut,
      List<Line> out) {
    int pos = from;
    while (true) {
      int cols = 0;
      int i = pos;
      int lastSpace = -1;
      while (i < to) {
        int cp = t.codePointAt(i);
        int cw = columns.applyAsInt(cp);
        if (cols + cw > w) {
          break;
        }
        if (cp == ' ') {
          lastSpace = i;
        }
        cols += cw;
        i += Character.charCount(cp);
      }
      if (i >= to) {
        out.add(new Line(pos, to, to + 1, indent));
        return;
      }
      if (t.charAt(i) == ' ') {
        out.add(new Line(pos, i, i + 1, indent));
        pos = i + 1;
      } else if (lastSpace >= pos) {
        out.add(new Line(pos, lastSpace, lastSpace + 1, indent));
        pos = lastSpace + 1;
      } else {
        int space = t.indexOf(' ', i);
        int first = pos + Character.charCount(t.codePointAt(pos));
        int end = cut ? Math.max(i, first) : space < 0 || space > to ? to : space;
        out.add(new Line(pos, end, cut || end == to ? end : end + 1, indent));
        if (end >= to) {
          return;
        }
        pos = cut ? end : end + 1;
      }
    }
  }

  /**
   * A report paragraph (it may hold newlines) in lines of at most {@code width} columns; the
   * continuation lines of each of its lines that is a list item hang under the item's text ({@link
   * #hang}).
   */
  public static List<Line> lines(String text, int width) {
    return lines(text, width, ONE_COLUMN, true);
  }

  /**
   * As {@link #lines(String, int)}, counting {@code columns} per character; with {@code cut} off a
   * long word overflows instead.
   */
  public static List<Line> lines(String text, int width, IntUnaryOperator columns, boolean cut) {
    int w = Math.max(1, width);
    List<Line> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      int hang = hang(text.substring(from, end)); // each line of the text: a list item hangs
      if (hang > 0 && hang < w / 2) {
        List<Line> first = new ArrayList<>();
        paragraph(text, from, end, w, 0, columns, cut, first);
        out.add(first.get(0));
        if (first.get(0).next() < end) {
          paragraph(text, first.get(0).next(), end, w - hang, hang, columns, cut, out);
        }
      } else {
        paragraph(text, from, end, w, 0, columns, cut, out);
      }
      if (nl < 0) {
        return out;
      }
      from = nl + 1;
    }
  }

  /**
   * A list item's hanging indent: its leading spaces, bullet ({@code ✓ ✗ ½ ! - • *} or a number
   * such as {@code 1.}) and the space after it; for other text, its leading spaces.
   */
  public static int hang(String text) {
    int n = 0;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    int b = n;
    while (b < text.length() && b - n < 3 && Character.isDigit(text.charAt(b))) {
      b++;
    }
    if (b > n
        && b + 1 < text.length()
        && ".)".indexOf(text.charAt(b)) >= 0
        && text.charAt(b + 1) == ' ') {
      return b + 2;
    }
    if (n + 1 < text.length()
        && "✓✗½!-•*".indexOf(text.charAt(n)) >= 0
        && text.charAt(n + 1) == ' ') {
      return n + 2;
    }
    return roundRow(text, n);
  }

  /**
   * A round's row in the loop summary or the debrief ("Round 2 · 3 good (72) · title", "Round 2
   * 72/100 ... title"): its text hangs after "Round N" and the separator (two or more of {@code '
   * '} and {@code ·}); for other text, {@code n}.
   */
  private static int roundRow(String text, int n) {
    if (!text.startsWith("Round ", n)) {
      return n;
    }
    int e = n + "Round ".length();
    while (e < text.length() && Character.isDigit(text.charAt(e))) {
      e++;
    }
    int s = e;
    while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '·')) {
      s++;
    }
    return e > n + "Round ".length() && s >= e + 2 && s < text.length() ? s : n;
  }
}
