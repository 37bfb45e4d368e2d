package dev.mockloop.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word-wrapped styled text: a paragraph is a list of spans; wrapping works on its plain text (so
 * it breaks like the editor) and then cuts the spans at the line boundaries.
 */
final class Styled {
  private static final Pattern ITEM = Pattern.compile("\\s*([-*•]|\\d+[.)])\\s.*");

  private Styled() {}

  /** A paragraph of one span. */
  static List<Span> para(String text, Style style) {
    return List.of(new Span(text, style));
  }

  /** Wraps a paragraph (which may contain newlines) into lines of at most {@code width}. */
  static List<List<Span>> wrap(List<Span> spans, int width, String indent) {
    StringBuilder plain = new StringBuilder();
    int[] starts = new int[spans.size() + 1];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = plain.length();
      plain.append(spans.get(i).text());
    }
    starts[spans.size()] = plain.length();
    int w = Math.max(1, width - indent.length());
    WrapLayout layout = WrapLayout.of(plain.toString(), w);
    List<List<Span>> out = new ArrayList<>();
    for (WrapLayout.Line line : layout.lines()) {
      List<Span> row = new ArrayList<>();
      if (!indent.isEmpty()) {
        row.add(new Span(indent, Style.PLAIN));
      }
      for (int i = 0; i < spans.size(); i++) {
        int from = Math.max(line.start(), starts[i]);
        int to = Math.min(line.end(), starts[i + 1]);
        if (from < to) {
          row.add(new Span(plain.substring(from, to), spans.get(i).style()));
        }
      }
      out.add(row);
    }
    return out;
  }

  /**
   * Wraps a sequence of paragraphs (use an empty one for a gap). A paragraph that starts with
   * spaces is a list item: its continuation lines hang under its text.
   */
  static List<List<Span>> wrapAll(List<List<Span>> paras, int width) {
    List<List<Span>> out = new ArrayList<>();
    for (List<Span> p : paras) {
      int hang = hang(p);
      if (hang == 0 || hang >= width / 2) {
        out.addAll(wrap(p, width, ""));
        continue;
      }
      List<List<Span>> lines = wrap(p, width - hang, "");
      out.add(lines.get(0));
      String indent = " ".repeat(hang);
      for (int i = 1; i < lines.size(); i++) {
        List<Span> row = new ArrayList<>();
        row.add(new Span(indent, Style.PLAIN));
        row.addAll(lines.get(i));
        out.add(row);
      }
    }
    return out;
  }

  /** Leading spaces, plus the bullet ("✓ ", "✗ ", "! ", "- ") that follows them. */
  private static int hang(List<Span> p) {
    StringBuilder head = new StringBuilder();
    for (Span s : p) {
      head.append(s.text());
      if (head.length() > 8) {
        break;
      }
    }
    int n = 0;
    while (n < head.length() && head.charAt(n) == ' ') {
      n++;
    }
    if (n > 0 && n + 1 < head.length() && "✓✗½!-•".indexOf(head.charAt(n)) >= 0
        && head.charAt(n + 1) == ' ') {
      n += 2;
    }
    return n;
  }

  /**
   * Joins the hard line breaks of bank text (YAML block scalars are wrapped by hand) so it wraps
   * to the screen instead; blank lines and list items ("- ", "* ", "1. ") keep their breaks.
   */
  static String reflow(String text) {
    String[] lines = text.strip().split("\n", -1);
    StringBuilder sb = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      boolean join = !line.isBlank() && !lines[i - 1].isBlank() && !ITEM.matcher(line).matches();
      sb.append(join ? " " : "\n").append(join ? line.strip() : line);
    }
    return sb.toString();
  }

  /** A text bar of {@code width} cells, {@code ratio} of them filled. */
  static String bar(double ratio, int width) {
    int filled = (int) Math.round(Math.max(0, Math.min(1, ratio)) * width);
    return "█".repeat(filled) + "░".repeat(width - filled);
  }
}
