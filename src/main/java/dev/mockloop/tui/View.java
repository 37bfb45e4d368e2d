package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;

/** One full screen of the app: draws itself, handles keys, and hears timer ticks. */
public interface View {
  void draw(Canvas c);

  void key(KeyStroke k, Op op);

  /** Time passed (a few times a second). */
  default void tick() {}

  /** Where the text cursor goes, or null to hide it. */
  default TerminalPosition cursor() {
    return null;
  }
}
