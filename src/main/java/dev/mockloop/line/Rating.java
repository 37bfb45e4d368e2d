package dev.mockloop.line;

import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.SelfRating;
import dev.mockloop.session.UserState;
import java.util.Locale;
import java.util.Optional;

/**
 * "Predict, then see" in line mode: after the round's last answer and before its score, asks for
 * the user's own 0-4 rating; Enter or s skips, n skips and stops asking ({@code practice
 * --self-rate} asks again). Not asked with piped input (it would swallow a line of the answers).
 */
final class Rating {
  private final LineApp app;

  Rating(LineApp app) {
    this.app = app;
  }

  void ask(RoundState s) {
    UserState prefs = new UserState(app.ctx.store().dir());
    if (!app.ctx.interactive() || s.selfRating() != null || !prefs.selfRate()) {
      return;
    }
    app.out.print(ReportLine.gap());
    app.out.print(
        "Before you see the score: how good was your answer? " + SelfRating.SCALE, Tone.HEADING);
    while (true) {
      Optional<String> reply = app.in.line("Rate it 0-4, Enter to skip, n to stop asking: ");
      String r = reply.map(x -> x.strip().toLowerCase(Locale.ROOT)).orElse("");
      if (r.isEmpty() || r.equals("s")) {
        return;
      }
      if (r.equals("n")) {
        prefs.rememberSelfRate(false);
        app.out.print(
            "Not asking again; `mockloop practice --self-rate` (or a on the home"
                + " screen) turns it back on.",
            Tone.DIM);
        return;
      }
      int grade = r.length() == 1 ? SelfRating.grade(r.charAt(0)) : -1;
      if (grade >= 0) {
        synchronized (app.guard) {
          app.run().on(new RoundEvent.SelfRate(grade));
        }
        return;
      }
      app.out.print("Type one digit 0-4 (" + SelfRating.SCALE + "), or Enter to skip.", Tone.WARN);
    }
  }
}
