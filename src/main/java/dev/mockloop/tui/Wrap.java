package dev.mockloop.tui;

import java.util.List;

/** Word wrap of styled paragraphs for screens outside this package (the review browser). */
public final class Wrap {
  private Wrap() {}

  /** A paragraph of one span. */
  public static List<Span> para(String text, Style style) {
    return Styled.para(text, style);
  }

  /** Wraps paragraphs to {@code width}, as the results screen does. */
  public static List<List<Span>> lines(List<List<Span>> paras, int width) {
    return Styled.wrapAll(paras, width);
  }

  /** A text bar of {@code width} cells, {@code ratio} of them filled. */
  public static String bar(double ratio, int width) {
    return Styled.bar(ratio, width);
  }
}
