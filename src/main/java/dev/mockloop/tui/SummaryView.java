package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.Round;
import dev.mockloop.report.LoopSummary;
import dev.mockloop.session.PracticeRun;
import java.nio.file.Path;
import java.util.List;

/**
 * After the last round: each round's score and time, the average, the debrief (scrolls), and the
 * transcript path.
 */
final class SummaryView implements View {
  private final App app;
  private final ScrollText text;

  SummaryView(App app, PracticeRun run) {
    this.app = app;
    var lines = LoopSummary.of(run.loop().rounds(), run.saves().savedPath());
    this.text = new ScrollText(w -> Tones.wrapped(lines, app.ctx.theme(), w));
  }

  @Override
  public void key(KeyStroke k, Op op) {
    if (op == Op.ENTER) {
      app.home("");
    } else if (op == Op.CHAR && Character.toLowerCase(k.getCharacter()) == 'q') {
      app.quit();
    } else {
      text.key(op);
    }
  }

  @Override
  public void draw(Canvas c) {
    c.fill(0, 1, c.theme.bar);
    c.text(0, 0, " Loop summary · debrief", c.theme.bar);
    text.draw(c, 2, c.height() - 1);
    RoundChrome.footer(c, "↑↓ PgUp/PgDn scroll  Enter practise again  q quit");
  }
}
