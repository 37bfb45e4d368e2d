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

/**
 * The home screen's drill mode: the spaced-repetition plan for the chosen level, shown with the
 * reason for each scenario before Enter starts it. The plan is made once per level, so what is
 * shown is what starts.
 */
final class DrillPreview {
  static final int ROUNDS = 3;

  private final App app;
  private Level level;
  private DrillPlan plan;
  private long seed;
  private String problem = "";

  DrillPreview(App app) {
    this.app = app;
  }

  private void ensure(Level l) {
    if (l == level) {
      return;
    }
    level = l;
    seed = app.ctx.clock().instant().toEpochMilli();
    try {
      var history = SessionIndex.load(app.ctx.store());
      plan = new DrillPlanner(app.ctx.clock(), seed).plan(app.ctx.bank(), l, java.util.List.of(),
          history.attempts(), ROUNDS);
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
    c.text(1, r++, "Drill at " + l + ": due again, new, and your weak spots", t.heading);
    if (plan == null) {
      c.text(4, r++, problem, t.warn);
      return r;
    }
    int i = 1;
    for (DrillPick p : plan.picks()) {
      if (r >= bottom) {
        break;
      }
      c.text(1, r++, " " + i++ + ". " + p.scenario().title(), t.normal);
      if (r < bottom) {
        c.text(6, r++, p.reason(), t.dim);
      }
    }
    return r;
  }
}
