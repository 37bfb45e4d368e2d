package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;

/**
 * The answer editor on screen: an {@link AnswerEditor} model, its word-wrapped layout for the
 * pane's width, and a scroll position that keeps the cursor visible.
 */
final class EditorPane {
  private AnswerEditor model = new AnswerEditor("");
  private WrapLayout layout;
  private int width = -1;
  private int top;
  private int rows = 1;
  private TerminalPosition cursor;

  void reset(String text) {
    model = new AnswerEditor(text);
    layout = null;
    top = 0;
  }

  String text() {
    return model.text();
  }

  int words() {
    return model.words();
  }

  /**
   * Applies an editing key; true when the text changed. The text is not read: a key costs the same
   * however long the answer (a paste is a key per character).
   */
  boolean key(KeyStroke k, Op op) {
    long before = model.edits();
    switch (op) {
      case CHAR -> model.insert(String.valueOf(Keys.character(k)));
      case ENTER -> model.insert("\n");
      case TAB -> model.insert("    ");
      case BACKSPACE -> model.backspace();
      case DELETE -> model.delete();
      case DELETE_WORD -> model.deleteWordBack();
      case LEFT -> model.left();
      case RIGHT -> model.right();
      case WORD_LEFT -> model.wordLeft();
      case WORD_RIGHT -> model.wordRight();
      case UP -> model.up(layout());
      case DOWN -> model.down(layout());
      case LINE_START -> model.lineStart(layout());
      case LINE_END -> model.lineEnd(layout());
      case TEXT_START -> model.textStart();
      case TEXT_END -> model.textEnd();
      default -> {
        return false;
      }
    }
    return model.edits() != before;
  }

  /**
   * The layout for the text as it is: made whole at first and for a new width, otherwise only the
   * paragraphs changed since it was last made are wrapped again.
   */
  private WrapLayout layout() {
    int w = Math.max(1, width);
    TextChange.Span change = model.takeChange();
    if (layout == null || layout.width() != w) {
      layout = WrapLayout.of(model.text(), w);
    } else if (change != null) {
      layout = layout.edited(model.text(), change);
    }
    return layout;
  }

  /** Draws rows {@code [from, to)} of the screen and remembers where the cursor is. */
  void draw(Canvas c, int from, int to) {
    width = Math.max(1, c.width() - 2);
    rows = Math.max(1, to - from);
    WrapLayout l = layout();
    int row = l.rowOf(model.cursor());
    if (row < top) {
      top = row;
    } else if (row >= top + rows) {
      top = row - rows + 1;
    }
    top = Math.max(0, Math.min(top, Math.max(0, l.lines().size() - rows)));
    if (row >= top + rows) {
      top = row - rows + 1;
    }
    for (int i = 0; i < rows && top + i < l.lines().size(); i++) {
      c.text(1, from + i, l.text(l.lines().get(top + i)), c.theme.normal);
    }
    if (model.length() == 0) {
      c.text(1, from, "Type your answer here. Enter starts a new line.", c.theme.empty);
    }
    if (top > 0) {
      c.text(c.width() - 1, from, "↑", c.theme.dim);
    }
    if (top + rows < l.lines().size()) {
      c.text(c.width() - 1, to - 1, "↓", c.theme.dim);
    }
    cursor = new TerminalPosition(1 + l.columnOf(model.cursor()), from + row - top);
  }

  TerminalPosition cursorPosition() {
    return cursor;
  }
}
