package dev.mockloop.tui;

import dev.mockloop.engine.RoundState;
import java.util.List;

/**
 * The question above the answer editor while typing: at most two fifths of the rows, scrolled with
 * PgUp/PgDn, with "question 3-9/14 PgUp/PgDn" for the separator when it does not all fit.
 */
final class QuestionPane {
  private int top;
  private int rows = 1;
  private int total;

  /** PgUp or PgDn: a page less one row. */
  void scroll(Op op) {
    int page = Math.max(1, rows - 1);
    top = op == Op.PAGE_UP ? Math.max(0, top - page) : top + page;
  }

  /** Back to the top, for a new question. */
  void reset() {
    top = 0;
  }

  /** Draws the question from row 2; returns the row below it (the answer's separator). */
  int draw(Canvas c, RoundState s, int bottom) {
    List<List<Span>> question = Styled.wrapAll(QuestionPage.paras(s, c.theme), c.width() - 2);
    total = question.size();
    rows = Math.min(total, Math.max(3, (bottom - 4) * 2 / 5));
    top = Math.max(0, Math.min(top, total - rows));
    for (int i = 0; i < rows; i++) {
      c.spans(1, 2 + i, question.get(top + i));
    }
    return 2 + rows;
  }

  /** Which rows show when not all do, else empty; as the last {@link #draw} left it. */
  String more() {
    return total > rows
        ? " question " + (top + 1) + "-" + (top + rows) + "/" + total + " PgUp/PgDn "
        : "";
  }
}
