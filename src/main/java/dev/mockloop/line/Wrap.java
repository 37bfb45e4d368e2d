package dev.mockloop.line;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for printed paragraphs: breaks at spaces (a word longer than the width is cut),
 * keeps the paragraph's own newlines, and hangs the continuation lines of a list item (a
 * paragraph starting with spaces and a bullet such as {@code ✓ ✗ ! -}) under its text.
 */
final class Wrap {
  /** A line of the paragraph: {@code [start, end)} of its text, drawn after {@code indent}. */
  record Line(int start, int end, int indent) {}

  private Wrap() {}

  static List<Line> lines(String text, int width) {
    int hang = hang(text);
    if (hang >= width / 2) {
      hang = 0;
    }
    List<Line> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      hardLine(text, from, end, width, from == 0 ? hang : 0, out);
      if (nl < 0) {
        return out;
      }
      from = nl + 1;
    }
  }

  private static void hardLine(String text, int start, int end, int width, int hang,
      List<Line> out) {
    int pos = start;
    int indent = 0;
    do {
      int w = Math.max(1, width - indent);
      if (end - pos <= w) {
        out.add(new Line(pos, end, indent));
        return;
      }
      int lead = pos;
      while (lead < end && text.charAt(lead) == ' ') {
        lead++;
      }
      int cut = -1;
      for (int i = pos + w; i > lead; i--) {
        if (text.charAt(i) == ' ') {
          cut = i;
          break;
        }
      }
      int next;
      if (cut < 0) {
        cut = pos + w;
        next = cut;
      } else {
        next = cut;
        while (next < end && text.charAt(next) == ' ') {
          next++;
        }
      }
      out.add(new Line(pos, cut, indent));
      pos = next;
      indent = hang;
    } while (pos < end);
  }

  /** Leading spaces, plus the bullet and space that follow them. */
  static int hang(String text) {
    int n = 0;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    if (n > 0 && n + 1 < text.length() && "✓✗½!-•".indexOf(text.charAt(n)) >= 0
        && text.charAt(n + 1) == ' ') {
      n += 2;
    }
    return n;
  }
}
