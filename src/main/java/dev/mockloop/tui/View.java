package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;

/**
 * One full screen of the app: draws itself (its key lines through {@link Footer} from {@link
 * #keys()}), declares its keys, and hears timer ticks. Views move through a {@link Navigator}.
 */
interface View {
  void draw(Canvas c);

  /** The keys this view takes now: both what they do and what its footer shows. */
  KeyTable keys();

  /** Time passed (a few times a second). */
  default void tick() {}

  /** The keys that came together (one typed, or a paste) are handled; the frame comes next. */
  default void keysHandled() {}

  /** Where the text cursor goes, or null to hide it. */
  default TerminalPosition cursor() {
    return null;
  }
}
