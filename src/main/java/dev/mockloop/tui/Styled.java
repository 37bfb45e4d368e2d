package dev.mockloop.tui;

import dev.mockloop.report.StyledWrap;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-wrapped styled text: a paragraph is a list of spans, wrapped by the one wrapper ({@link
 * StyledWrap#pieces}: list items hang under their text), wide characters counted as two columns.
 */
final class Styled {
  private Styled() {}

  /** A paragraph of one span. */
  static List<Span> para(String text, Style style) {
    return List.of(new Span(text, style));
  }

  /** Wraps a paragraph (which may contain newlines) into lines of at most {@code width}. */
  static List<List<Span>> wrap(List<Span> spans, int width) {
    return StyledWrap.pieces(
        spans,
        Span::text,
        (s, t) -> new Span(t, s.style()),
        i -> new Span(i, Style.PLAIN),
        width,
        Glyphs::columns);
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
