package dev.mockloop.tui;

import dev.mockloop.session.SessionStatus;

/**
 * The yes/no questions the round screen asks before it acts: leaving the loop (the transcript keeps
 * what was typed) and submitting an empty answer.
 */
final class RoundQuestions {
  private RoundQuestions() {}

  /**
   * Esc: asks, then ends the session (the whole loop, not only this round: the rounds not played
   * are not played) and goes home saying where the answers are.
   */
  static void askLeave(Navigator app) {
    app.ask(
        "Leave the loop (this round and the rest)? Your answers so far are saved.",
        () -> {
          boolean paused = app.practice().endSession() == SessionStatus.PAUSED;
          app.home(
              paused
                  ? "Loop left; your draft is saved and the next start offers to resume it."
                  : "Loop left; your answers so far are saved.");
        },
        () -> {},
        false);
  }

  /** Submit: at once, unless {@code answer} is blank, which is asked about first. */
  static void submit(Navigator app, String answer, Runnable submit) {
    if (answer.isBlank()) {
      app.ask("Submit an empty answer?", submit, () -> {}, false);
    } else {
      submit.run();
    }
  }
}
