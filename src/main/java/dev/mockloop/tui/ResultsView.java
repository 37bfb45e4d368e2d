package dev.mockloop.tui;

import dev.mockloop.engine.MissedPoints;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.report.Format;
import dev.mockloop.report.LastTime;
import dev.mockloop.report.ResultsReport;
import dev.mockloop.session.PracticeRun;
import java.time.ZoneId;

/**
 * The results of a scored round; {@code m} toggles the model answer, {@code c} ("I covered this")
 * marks a missed point as covered with the sentence that says it, or takes a mark back.
 */
final class ResultsView implements View {
  private final Navigator app;
  private final KeyTable keys;
  private final PracticeRun run;
  private final Round round;
  private final ScrollText results;
  private final ScrollText model;
  private boolean showModel;
  private CoveredPicker picker;
  private String notice = "";

  ResultsView(Navigator app, PracticeRun run) {
    this.app = app;
    this.run = run;
    this.round = run.loop().current();
    Theme t = app.ctx().theme();
    var progress = LastTime.of(app.ctx().store(), run, ZoneId.systemDefault());
    results = new ScrollText(w -> Tones.wrapped(ResultsReport.of(state(), progress), t, w));
    model = new ScrollText(w -> Tones.wrapped(ResultsReport.model(state()), t, w));
    keys = table();
  }

  private RoundState state() {
    return round.state();
  }

  @Override
  public KeyTable keys() {
    return picker != null ? picker.keys() : keys;
  }

  private KeyTable table() {
    return Keys.scroll(new KeyTable().first(() -> notice = ""), this::scroll)
        .row("c", "I covered this", this::openPicker)
        .brief("covered")
        .chars("c")
        .row(
            "m",
            () -> showModel ? "results" : "model answer",
            () -> {
              showModel = !showModel;
              model.reset();
            })
        .brief(() -> showModel ? "results" : "model")
        .chars("m")
        .row("Esc", "back to results", () -> showModel = false)
        .brief("back")
        .on(Op.ESCAPE)
        .when(() -> showModel)
        .row(
            "Enter/n",
            () -> run.loop().hasNext() ? "next round" : "summary",
            () -> app.practice().nextRound())
        .brief(() -> run.loop().hasNext() ? "next" : "summary")
        .on(Op.ENTER)
        .chars("n")
        .row("s", "retry saving", () -> run.save())
        .brief("retry")
        .chars("s")
        .when(() -> run.saves().saveError().isPresent())
        .row("q", "quit", app::quit)
        .chars("q");
  }

  private void scroll(Op op) {
    (showModel ? model : results).key(op);
  }

  private void openPicker() {
    var missed = MissedPoints.of(state());
    if (missed.isEmpty()) {
      notice = "No missed point to mark";
      return;
    }
    showModel = false;
    picker = new CoveredPicker(missed, this::verdict, () -> picker = null);
  }

  /** Applies the user's mark (or takes it back), saves at once, and shows it in the results. */
  private void verdict(RoundEvent e) {
    run.on(round, e);
    picker = null;
    results.refresh();
    int answer =
        e instanceof RoundEvent.MarkCovered m ? m.answer() : ((RoundEvent.Unmark) e).answer();
    String id =
        e instanceof RoundEvent.MarkCovered m ? m.pointId() : ((RoundEvent.Unmark) e).pointId();
    String point =
        state().answers().get(answer).card().points().stream()
            .filter(p -> p.id().equals(id))
            .map(p -> Format.oneLine(p.point()))
            .findFirst()
            .orElse(id);
    notice =
        (e instanceof RoundEvent.MarkCovered ? "Marked covered: " : "Mark taken back: ") + point;
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    c.text(
        0,
        0,
        Canvas.ellipsize(
            " Results · "
                + state().level()
                + " · Round "
                + state().round()
                + " of "
                + state().rounds()
                + " · "
                + RoundTitle.of(state().scenario()),
            c.width()),
        t.bar);
    String saved =
        run.saves()
            .saveError()
            .map(
                e ->
                    "· NOT saved in the sessions folder, "
                        + run.saves().rescued().map(p -> "copy in " + p).orElse("kept in memory")
                        + " · s retry ")
            .orElse("· saved to " + run.saves().path() + " ");
    int bottom = Footer.draw(c, keys());
    if (picker != null) {
      RoundChrome.separator(c, 1, picker.title(), "");
      picker.draw(c, 2, bottom);
      return;
    }
    String what =
        !notice.isEmpty() ? " " + notice + " " : showModel ? " Model answer " : " Your results ";
    RoundChrome.separator(c, 1, what + saved, "");
    (showModel ? model : results).draw(c, 2, bottom);
  }
}
