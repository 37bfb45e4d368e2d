package dev.mockloop.tui.review;

import dev.mockloop.tui.View;

/** How review screens move: to another screen, back to where review was opened, or out. */
public interface Navigator {
  void show(View view);

  /** Leaves the review browser (to the home screen, or out when opened by `mockloop review`). */
  void leave();

  void quit();
}
