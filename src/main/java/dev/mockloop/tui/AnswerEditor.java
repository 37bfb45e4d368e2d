package dev.mockloop.tui;

/**
 * The answer being typed: the text (kept exactly, never trimmed or filtered) and a cursor. Movement
 * that depends on the screen (up, down, line start and end) takes the current {@link WrapLayout}.
 * Word count is kept up to date on every change.
 */
final class AnswerEditor {
  private final StringBuilder text = new StringBuilder();
  private int cursor;
  private int goalColumn = -1;
  private int words;
  private long edits;
  private String cached;
  private final TextChange change;

  AnswerEditor(String initial) {
    text.append(initial);
    cursor = text.length();
    words = countWords(text, 0, text.length());
    change = new TextChange(text.length());
  }

  String text() {
    if (cached == null) {
      cached = text.toString();
    }
    return cached;
  }

  int cursor() {
    return cursor;
  }

  int words() {
    return words;
  }

  /** How many edits changed the text so far: telling a change costs nothing, whatever the size. */
  long edits() {
    return edits;
  }

  int length() {
    return text.length();
  }

  /** What changed since the last call (null: nothing), for the layout to wrap only that. */
  TextChange.Span takeChange() {
    return change.take(text.length());
  }

  void insert(String s) {
    replace(cursor, cursor, s);
    cursor += s.length();
  }

  void backspace() {
    if (cursor > 0) {
      int from = Character.isLowSurrogate(text.charAt(cursor - 1)) && cursor > 1 ? 2 : 1;
      replace(cursor - from, cursor, "");
      cursor -= from;
    }
  }

  void delete() {
    if (cursor < text.length()) {
      int n = Character.isHighSurrogate(text.charAt(cursor)) && cursor + 1 < text.length() ? 2 : 1;
      replace(cursor, cursor + n, "");
    }
  }

  void deleteWordBack() {
    int to = cursor;
    wordLeft();
    if (cursor < to) {
      replace(cursor, to, "");
    }
  }

  /**
   * Replaces {@code [from, to)} with {@code s}, updating the word count from the words around the
   * edit only, so typing stays O(1) in the word count however long the answer is.
   */
  private void replace(int from, int to, String s) {
    int a = from;
    while (a > 0 && !Character.isWhitespace(text.charAt(a - 1))) {
      a--;
    }
    int b = to;
    while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    int before = countWords(text, a, b);
    change.replaced(from, to, text.length());
    text.replace(from, to, s);
    words += countWords(text, a, b - (to - from) + s.length()) - before;
    cached = null;
    edits++;
    goalColumn = -1;
  }

  /** One character left; a surrogate pair (an emoji) is one character. */
  void left() {
    move(cursor > 0 ? text.offsetByCodePoints(cursor, -1) : 0);
  }

  void right() {
    move(cursor < text.length() ? text.offsetByCodePoints(cursor, 1) : cursor);
  }

  void wordLeft() {
    int i = cursor;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    move(i);
  }

  void wordRight() {
    int i = cursor;
    int n = text.length();
    while (i < n && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    move(i);
  }

  void up(WrapLayout layout) {
    vertical(layout, -1);
  }

  void down(WrapLayout layout) {
    vertical(layout, 1);
  }

  void lineStart(WrapLayout layout) {
    move(layout.lines().get(layout.rowOf(cursor)).start());
  }

  void lineEnd(WrapLayout layout) {
    move(layout.lines().get(layout.rowOf(cursor)).end());
  }

  void textStart() {
    move(0);
  }

  void textEnd() {
    move(text.length());
  }

  private void vertical(WrapLayout layout, int delta) {
    int row = layout.rowOf(cursor);
    int target = row + delta;
    if (goalColumn < 0) {
      goalColumn = layout.columnOf(cursor);
    }
    int keep = goalColumn;
    if (target < 0) {
      cursor = 0;
    } else if (target >= layout.lines().size()) {
      cursor = text.length();
    } else {
      cursor = layout.offsetAt(target, keep);
    }
    goalColumn = keep;
  }

  private void move(int to) {
    cursor = to;
    goalColumn = -1;
  }

  static int countWords(CharSequence s) {
    return countWords(s, 0, s.length());
  }

  private static int countWords(CharSequence s, int from, int to) {
    int n = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !inWord) {
        n++;
      }
      inWord = !ws;
    }
    return n;
  }
}
