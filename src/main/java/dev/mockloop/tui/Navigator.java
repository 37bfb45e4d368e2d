package dev.mockloop.tui;

/**
 * How every view moves, and all it gets of the app: the outside world, the practice run's screens,
 * another view, the home screen, a yes/no question over the view, and quitting. {@link App} is the
 * one implementation; a view never holds the app itself.
 */
interface Navigator {
  TuiContext ctx();

  /** The screens of the practice run (start, resume, the next round, leaving). */
  PracticeFlow practice();

  void show(View view);

  /** The home screen, with a notice (or "") above its key line. */
  void home(String notice);

  /** A yes/no question over the current view; a second Ctrl-C answers yes when so marked. */
  void ask(String question, Runnable yes, Runnable no, boolean ctrlCMeansYes);

  /** Ctrl-C: saves the draft, then asks whether to quit. */
  void interrupt();

  /**
   * The screen is about to change under keys typed for the one before (a submit, a time-out, the
   * results, the next round): drops keys until the new screen has been seen ({@link TypeAhead}).
   */
  void holdTypedAhead();

  /** Ends the session if one runs, and the TUI. */
  void quit();
}
