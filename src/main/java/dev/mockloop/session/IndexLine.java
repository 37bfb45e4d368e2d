package dev.mockloop.session;

import dev.mockloop.bank.Level;

/**
 * The tab-separated fields of one line of the index ({@link IndexCodec}), taken left to right
 * without copying: numbers are parsed where they stand.
 */
final class IndexLine {
  final String text;
  private final int to;
  private int at;

  /** Where the field {@link #next} moved to starts. */
  int start;

  IndexLine(String text, int from, int to) {
    this.text = text;
    this.at = from;
    this.to = to;
  }

  /** Moves to the next field and returns its end; a line with too few fields throws. */
  int next() {
    if (at > to) {
      throw new IllegalArgumentException("a line has too few fields");
    }
    int tab = text.indexOf('\t', at);
    int end = tab < 0 || tab > to ? to : tab;
    start = at;
    at = end + 1;
    return end;
  }

  String string() {
    int end = next();
    return text.substring(start, end);
  }

  int integer() {
    int end = next();
    return Integer.parseInt(text, start, end, 10);
  }

  long number() {
    int end = next();
    return Long.parseLong(text, start, end, 10);
  }

  /** The next field's number, or null when it is "-". */
  Integer integerOrDash() {
    int end = next();
    return end - start == 1 && text.charAt(start) == '-'
        ? null
        : Integer.valueOf(Integer.parseInt(text, start, end, 10));
  }

  private static final Level[] LEVELS = Level.values();

  /** The next field as a level, matched where it stands. */
  Level level() {
    int end = next();
    for (Level l : LEVELS) {
      String name = l.name();
      if (name.length() == end - start && text.startsWith(name, start)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown level");
  }
}
