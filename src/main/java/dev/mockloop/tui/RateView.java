package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.report.SelfRating;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.UserState;
import java.util.ArrayList;
import java.util.List;

/**
 * "Predict, then see": after the round's last answer and before its score, the user rates the
 * round on the grading guide's 0-4 scale with one key, skips (Enter, Esc, s), or skips and turns
 * the step off for good (n; the home screen's {@code a} turns it back on). Then the results.
 */
final class RateView implements View {
  private final App app;
  private final PracticeRun run;

  RateView(App app, PracticeRun run) {
    this.app = app;
    this.run = run;
  }

  @Override
  public void key(KeyStroke k, Op op) {
    if (op == Op.ENTER || op == Op.ESCAPE) {
      app.practice.showResults();
      return;
    }
    if (op != Op.CHAR) {
      return;
    }
    char c = Character.toLowerCase(k.getCharacter());
    int grade = SelfRating.grade(c);
    if (grade >= 0) {
      run.on(new RoundEvent.SelfRate(grade));
      app.practice.showResults();
    } else if (c == 's') {
      app.practice.showResults();
    } else if (c == 'n') {
      new UserState(app.ctx.store().dir()).rememberSelfRate(false);
      app.practice.showResults();
    }
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    var s = run.state();
    c.fill(0, 1, t.bar);
    c.text(0, 0, Canvas.ellipsize(" Rate your answer · " + s.level() + " · Round " + s.round()
        + " of " + s.rounds() + " · " + RoundTitle.of(s.scenario()), c.width()), t.bar);
    List<List<Span>> p = new ArrayList<>();
    p.add(Styled.para("Your answer is in and scored. Before you see the score: how good was it,"
        + " on the grading guide's scale?", t.heading));
    p.add(Styled.para("", t.normal));
    String[] names = {"off-topic", "vague", "partial", "good", "strong"};
    for (int g = 0; g < names.length; g++) {
      p.add(List.of(new Span("   " + g + "  ", t.key), new Span(names[g], t.normal)));
    }
    p.add(Styled.para("", t.normal));
    p.add(Styled.para("The results then show your rating beside the scorer's band, and `review"
        + " stats` tracks how the two agree over time.", t.dim));
    p.add(Styled.para("Enter, Esc or s skips; n skips and stops asking (a on the home screen"
        + " asks again).", t.dim));
    int row = 2;
    for (List<Span> line : Styled.wrapAll(p, c.width() - 2)) {
      if (row >= c.height() - 1) {
        break;
      }
      c.spans(1, row++, line);
    }
    RoundChrome.footer(c, "0-4 rate  Enter/Esc/s skip  n don't ask again  Ctrl-C quit");
  }
}
