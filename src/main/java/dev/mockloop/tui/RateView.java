package dev.mockloop.tui;

import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.report.SelfRating;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.UserState;
import java.util.ArrayList;
import java.util.List;

/**
 * "Predict, then see": after the round's last answer and before its score, the user rates the round
 * on the grading guide's 0-4 scale with one key, skips (Enter, Esc, s), or skips and turns the step
 * off for good (n; the home screen's {@code a} turns it back on). Then the results.
 */
final class RateView implements View {
  private final Navigator app;
  private final PracticeRun run;
  private final KeyTable keys;

  RateView(Navigator app, PracticeRun run) {
    this.app = app;
    this.run = run;
    this.keys = table();
  }

  @Override
  public KeyTable keys() {
    return keys;
  }

  private KeyTable table() {
    return new KeyTable()
        .row(
            "0-4",
            "rate",
            (k, op) -> {
              run.on(new RoundEvent.SelfRate(SelfRating.grade(k.getCharacter())));
              app.practice().showResults();
            })
        .chars("01234")
        .row("Enter/Esc/s", "skip", () -> app.practice().showResults())
        .on(Op.ENTER, Op.ESCAPE)
        .chars("s")
        .row(
            "n",
            "don't ask again",
            () -> {
              new UserState(app.ctx().store().dir()).rememberSelfRate(false);
              app.practice().showResults();
            })
        .brief("stop asking")
        .chars("n")
        .row("Ctrl-C", "quit", () -> app.interrupt())
        .on(Op.INTERRUPT);
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    var s = run.state();
    c.fill(0, 1, t.bar);
    c.text(
        0,
        0,
        Canvas.ellipsize(
            " Rate your answer · "
                + s.level()
                + " · Round "
                + s.round()
                + " of "
                + s.rounds()
                + " · "
                + RoundTitle.of(s.scenario()),
            c.width()),
        t.bar);
    List<List<Span>> p = new ArrayList<>();
    p.add(
        Styled.para(
            "Your answer is in and scored. Before you see the score: how good was it,"
                + " on the grading guide's scale?",
            t.heading));
    p.add(Styled.para("", t.normal));
    String[] names = {"off-topic", "vague", "partial", "good", "strong"};
    for (int g = 0; g < names.length; g++) {
      p.add(List.of(new Span("   " + g + "  ", t.key), new Span(names[g], t.normal)));
    }
    p.add(Styled.para("", t.normal));
    p.add(
        Styled.para(
            "The results then show your rating beside the scorer's band, and `review"
                + " stats` tracks how the two agree over time.",
            t.dim));
    p.add(
        Styled.para(
            "Enter, Esc or s skips; n skips and stops asking (a on the home screen"
                + " asks again).",
            t.dim));
    int bottom = Footer.draw(c, keys);
    int row = 2;
    for (List<Span> line : Styled.wrapAll(p, c.width() - 2)) {
      if (row >= bottom) {
        break;
      }
      c.spans(1, row++, line);
    }
  }
}
