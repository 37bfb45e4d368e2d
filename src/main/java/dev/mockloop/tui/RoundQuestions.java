package dev.mockloop.tui;

import dev.mockloop.session.SessionStatus;

/**
 * The yes/no questions the round screen asks before it acts: leaving the round (the transcript
 * keeps what was typed) and submitting an empty answer.
 */
final class RoundQuestions {
  private RoundQuestions() {}

  /** Esc: asks, then ends the session and goes home saying where the answers are. */
  static void askLeave(Navigator app) {
    app.ask(
        "Leave this round? What you typed stays in the transcript.",
        () -> {
          boolean paused = app.practice().endSession() == SessionStatus.PAUSED;
          app.home(
              paused
                  ? "Round left; your draft is saved and the next start offers to resume it."
                  : "Round left; the transcript is saved.");
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
