package dev.mockloop.tui;

import java.util.List;

/** Word wrap of styled paragraphs for screens outside this package (the review browser). */
final class Wrap {
  private Wrap() {}

  /** A paragraph of one span. */
  static List<Span> para(String text, Style style) {
    return Styled.para(text, style);
  }

  /** Wraps paragraphs to {@code width}, as the results screen does. */
  static List<List<Span>> lines(List<List<Span>> paras, int width) {
    return Styled.wrapAll(paras, width);
  }

  /** A text bar of {@code width} cells, {@code ratio} of them filled. */
  static String bar(double ratio, int width) {
    return Styled.bar(ratio, width);
  }
}
