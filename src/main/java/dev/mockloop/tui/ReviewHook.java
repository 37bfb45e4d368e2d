package dev.mockloop.tui;

import dev.mockloop.tui.review.Navigator;
import dev.mockloop.tui.review.ReviewListView;

/** Opens the review browser inside the app: from the home screen, or as the first screen. */
final class ReviewHook {
  private ReviewHook() {}

  /**
   * @param fromHome true when leaving the browser returns to the home screen; else it quits.
   *     Times show in the zone of the app's clock (UTC, like session ids).
   */
  static View browser(App app, boolean fromHome) {
    Navigator nav = new Navigator() {
      @Override
      public void show(View view) {
        app.show(view);
      }

      @Override
      public void leave() {
        if (fromHome) {
          app.home("");
        } else {
          app.quit();
        }
      }

      @Override
      public void quit() {
        app.quit();
      }
    };
    return new ReviewListView(nav, app.ctx.store(), app.ctx.theme(), app.ctx.clock().getZone(),
        fromHome ? "Esc home  q quit" : "Esc/q quit");
  }
}
