package dev.mockloop.tui;

/**
 * Where a text changed since it was last looked at, as one span: every edit in between widens it to
 * cover its own. The text before the span and after it is as it was, so a layout needs only the
 * paragraphs the span touches wrapped again ({@link WrapLayout#edited}), however long the text.
 */
final class TextChange {
  /** The changed span: {@code [from, oldEnd)} of the text before became {@code [from, newEnd)}. */
  record Span(int from, int oldEnd, int newEnd) {}

  private int length; // the text's length when last taken
  private int from = Integer.MAX_VALUE; // the first char changed since; MAX_VALUE: none
  private int tail; // how many chars at the end are unchanged since

  TextChange(int length) {
    this.length = length;
    this.tail = length;
  }

  /** {@code [from, to)} of the text, {@code length} chars long before the edit, is replaced. */
  void replaced(int from, int to, int length) {
    this.from = Math.min(this.from, from);
    this.tail = Math.min(this.tail, length - to);
  }

  /**
   * The span changed since the last take (null when nothing changed), for a text now {@code length}
   * long.
   */
  Span take(int length) {
    Span s = from == Integer.MAX_VALUE ? null : new Span(from, this.length - tail, length - tail);
    this.length = length;
    this.from = Integer.MAX_VALUE;
    this.tail = length;
    return s;
  }
}
