package dev.mockloop.tui;

import dev.mockloop.engine.DrillPick;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.PlanRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of {@code practice --drill} before its first round: each scenario with the reason it was
 * chosen, wrapped and scrollable. Enter starts the drill; Esc goes to the home screen.
 */
final class DrillPlanView implements View {
  private final KeyTable keys;
  private final DrillPlan plan;
  private final PlanRequest request;
  private final ScrollText text;

  DrillPlanView(Navigator app, DrillPlan plan, PlanRequest request) {
    this.plan = plan;
    this.request = request;
    Theme t = app.ctx().theme();
    this.text = new ScrollText(w -> Styled.wrapAll(paras(t), w));
    this.keys =
        new KeyTable()
            .row("Enter", "start the drill", () -> app.practice().startLoop(request))
            .on(Op.ENTER)
            .row("↑↓", "scroll", (k, op) -> text.key(op))
            .on(Keys.SCROLL)
            .row("Esc", "home screen", () -> app.home(""))
            .brief("home")
            .on(Op.ESCAPE)
            .row("Ctrl-C", "quit", app::interrupt)
            .on(Op.INTERRUPT);
  }

  /** The plan as paragraphs, shared with the home screen's drill mode. */
  static List<List<Span>> paras(DrillPlan plan, Theme t) {
    List<List<Span>> p = new ArrayList<>();
    p.add(
        Styled.para(
            "Drill at " + plan.level() + ": due again, new, and your weak spots", t.heading));
    int i = 1;
    for (DrillPick pick : plan.picks()) {
      p.add(Styled.para("", t.normal));
      p.add(Styled.para(" " + i++ + ". " + pick.scenario().title(), t.normal));
      p.add(Styled.para("    " + pick.reason(), t.dim));
    }
    return p;
  }

  private List<List<Span>> paras(Theme t) {
    return paras(plan, t);
  }

  @Override
  public KeyTable keys() {
    return keys;
  }

  @Override
  public void draw(Canvas c) {
    c.fill(0, 1, c.theme.bar);
    c.text(
        0,
        0,
        Canvas.ellipsize(
            " mockloop · drill: "
                + plan.picks().size()
                + (plan.picks().size() == 1 ? " round" : " rounds"),
            c.width()),
        c.theme.bar);
    text.draw(c, 2, Footer.draw(c, keys));
  }
}
