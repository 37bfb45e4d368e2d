package dev.mockloop.tui;

import dev.mockloop.engine.RoundEvent;
import dev.mockloop.session.PracticeRun;
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

  /**
   * Submits {@code answer} to {@code run}'s round, then runs {@code after}: at once, unless the
   * answer is blank, which is asked about first.
   */
  static void submit(Navigator app, PracticeRun run, String answer, Runnable after) {
    Runnable submit =
        () -> {
          run.on(RoundEvent.submit());
          after.run();
        };
    if (answer.isBlank()) {
      app.ask("Submit an empty answer?", submit, () -> {}, false);
    } else {
      submit.run();
    }
  }
}
