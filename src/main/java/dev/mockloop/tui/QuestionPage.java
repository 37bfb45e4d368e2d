package dev.mockloop.tui;

import dev.mockloop.io.Plural;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole question and context on the full screen below the round header: the reading phase
 * before the answer editor takes over, and the page {@code F2} lays over the editor while typing
 * (the draft stays in the editor's model). It scrolls when the text does not fit; the header
 * keeps the countdown, which runs while reading as it does in an interview.
 */
final class QuestionPage {
  static final String READING_KEYS =
      "Enter start answering  ↑↓ PgUp/PgDn scroll  Esc leave round  Ctrl-C quit";
  static final String OVERLAY_KEYS =
      "F2/Esc back to answer  ↑↓ PgUp/PgDn scroll  Ctrl-D/F10 submit  Ctrl-C quit";

  private final ScrollText text;

  QuestionPage(Supplier<List<List<Span>>> paras) {
    this.text = new ScrollText(w -> Styled.wrapAll(paras.get(), w));
  }

  /** Scroll keys; false for any other key. */
  boolean scroll(Op op) {
    return switch (op) {
      case UP, DOWN, PAGE_UP, PAGE_DOWN, TEXT_START, TEXT_END -> text.key(op);
      default -> false;
    };
  }

  /** The question changed (a new phase): wrap again, from the top. */
  void reset() {
    text.reset();
  }

  /** Draws below the two header rows: a separator, the text, the key line. */
  void draw(Canvas c, boolean reading, int words) {
    String label = reading ? " Read the question and context " : " Question and context ";
    String right = reading ? " Enter to answer " : " your answer: "
        + Plural.of(words, "word") + " ";
    RoundChrome.separator(c, 2, label, right);
    text.draw(c, 3, c.height() - 1);
    RoundChrome.footer(c, reading ? READING_KEYS : OVERLAY_KEYS);
  }
}
