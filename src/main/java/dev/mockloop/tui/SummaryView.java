package dev.mockloop.tui;

import dev.mockloop.report.LoopSummary;
import dev.mockloop.session.PracticeRun;

/**
 * After the last round: each round's score and time, the average, the debrief (scrolls), and the
 * transcript path.
 */
final class SummaryView implements View {
  private final ScrollText text;
  private final KeyTable keys;

  SummaryView(Navigator app, PracticeRun run) {
    var lines = LoopSummary.of(run.loop().rounds(), run.saves().savedPath());
    this.text = new ScrollText(w -> Tones.wrapped(lines, app.ctx().theme(), w));
    this.keys =
        Keys.scroll(new KeyTable(), text::key)
            .row("Enter", "practise again", () -> app.home(""))
            .brief("again")
            .on(Op.ENTER)
            .row("q", "quit", app::quit)
            .chars("q");
  }

  @Override
  public KeyTable keys() {
    return keys;
  }

  @Override
  public void draw(Canvas c) {
    c.fill(0, 1, c.theme.bar);
    c.text(0, 0, " Loop summary · debrief", c.theme.bar);
    text.draw(c, 2, Footer.draw(c, keys));
  }
}
