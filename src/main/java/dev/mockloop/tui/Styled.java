package dev.mockloop.tui;

import dev.mockloop.report.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-wrapped styled text: a paragraph is a list of spans; wrapping works on its plain text with
 * the one wrapper ({@link Wrap#lines}: list items hang under their text) and then cuts the spans
 * at the line boundaries.
 */
final class Styled {
  private Styled() {}

  /** A paragraph of one span. */
  static List<Span> para(String text, Style style) {
    return List.of(new Span(text, style));
  }

  /** Wraps a paragraph (which may contain newlines) into lines of at most {@code width}. */
  static List<List<Span>> wrap(List<Span> spans, int width) {
    StringBuilder plain = new StringBuilder();
    int[] starts = new int[spans.size() + 1];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = plain.length();
      plain.append(spans.get(i).text());
    }
    starts[spans.size()] = plain.length();
    List<List<Span>> out = new ArrayList<>();
    for (Wrap.Line line : Wrap.lines(plain.toString(), width)) {
      List<Span> row = new ArrayList<>();
      if (line.indent() > 0) {
        row.add(new Span(" ".repeat(line.indent()), Style.PLAIN));
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

  /** Wraps a sequence of paragraphs (use an empty one for a gap). */
  static List<List<Span>> wrapAll(List<List<Span>> paras, int width) {
    List<List<Span>> out = new ArrayList<>();
    for (List<Span> p : paras) {
      out.addAll(wrap(p, width));
    }
    return out;
  }
}
