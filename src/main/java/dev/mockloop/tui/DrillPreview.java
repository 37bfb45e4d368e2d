package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.DrillPick;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.DrillPlanner;
import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The home screen's drill mode: the spaced-repetition plan for the chosen level, shown with the
 * reason for each scenario before Enter starts it. The plan is made once per level, so what is
 * shown is what starts.
 */
final class DrillPreview {
  static final int ROUNDS = 3;

  private final Navigator app;
  private Level level;
  private DrillPlan plan;
  private long seed;
  private String problem = "";

  DrillPreview(Navigator app) {
    this.app = app;
  }

  private void ensure(Level l) {
    if (l == level) {
      return;
    }
    level = l;
    seed = app.ctx().clock().instant().toEpochMilli();
    try {
      var history = SessionIndex.load(app.ctx().store());
      plan =
          new DrillPlanner(app.ctx().clock(), seed)
              .plan(app.ctx().bank(), l, java.util.List.of(), history.attempts(), ROUNDS);
      problem = "";
    } catch (PlanException | SessionException e) {
      plan = null;
      problem = e.getMessage();
    }
  }

  /** The loop to start, or null when there is nothing to drill. */
  PlanRequest request(Level l, RoundSettings settings) {
    ensure(l);
    return plan == null ? null : plan.request(seed, settings);
  }

  /** Draws the plan from {@code row}; returns the next free row. */
  int draw(Canvas c, Level l, int row, int bottom) {
    ensure(l);
    Theme t = c.theme;
    int r = row;
    if (plan == null) {
      c.text(1, r++, "Drill at " + l + ": due again, new, and your weak spots", t.heading);
      c.text(4, r++, Canvas.ellipsize(problem, c.width() - 5), t.warn);
      return r;
    }
    // the heading, then each round whole (its title and why it was picked) while all fit; else
    // the titles alone, and "(+N more)" after the last that fits
    List<List<Span>> paras = DrillPlanView.paras(plan, t);
    int w = c.width() - 2;
    for (List<Span> line : Styled.wrap(paras.get(0), w)) {
      c.spans(1, r++, line);
    }
    List<List<Span>> whole = new ArrayList<>();
    for (List<Span> p : paras.subList(1, paras.size())) {
      if (!(p.size() == 1 && p.get(0).text().isEmpty())) {
        whole.addAll(Styled.wrap(p, w));
      }
    }
    if (whole.size() <= bottom - r) {
      for (List<Span> line : whole) {
        c.spans(1, r++, line);
      }
      return r;
    }
    List<DrillPick> picks = plan.picks();
    for (int i = 0; i < picks.size() && r < bottom; i++) {
      String title = " " + (i + 1) + ". " + picks.get(i).scenario().title();
      int more = picks.size() - i - 1;
      String rest = more > 0 && r == bottom - 1 ? "  (+" + more + " more)" : "";
      c.text(1, r++, Canvas.ellipsize(title, w - rest.length()) + rest, t.normal);
    }
    return r;
  }
}
