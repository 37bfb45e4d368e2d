package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/**
 * A yes/no question drawn over the current screen. {@code y} answers yes; {@code n} and Esc answer
 * no; a second Ctrl-C while asking whether to quit answers yes.
 */
record Confirm(String question, Runnable yes, Runnable no, boolean ctrlCMeansYes) {
  /** True when the key answered the question (and the answer was run). */
  boolean key(KeyStroke k, Op op) {
    if (op == Op.INTERRUPT && ctrlCMeansYes) {
      yes.run();
      return true;
    }
    if (op == Op.CHAR && Character.toLowerCase(k.getCharacter()) == 'y') {
      yes.run();
      return true;
    }
    if (op == Op.ESCAPE || (op == Op.CHAR && Character.toLowerCase(k.getCharacter()) == 'n')) {
      no.run();
      return true;
    }
    return false;
  }

  void draw(Canvas c) {
    int w = Math.min(c.width() - 4, 64);
    List<List<Span>> lines = Styled.wrap(Styled.para(question, c.theme.normal), w - 4);
    int h = lines.size() + 4;
    int top = Math.max(0, (c.height() - h) / 2);
    int left = Math.max(0, (c.width() - w) / 2);
    Style box = c.theme.selected;
    for (int r = 0; r < h; r++) {
      c.text(left, top + r, " ".repeat(w), box);
    }
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder sb = new StringBuilder();
      lines.get(i).forEach(s -> sb.append(s.text()));
      c.text(left + 2, top + 1 + i, sb.toString(), box);
    }
    c.text(left + 2, top + h - 2, "y yes    n no", box);
  }
}
