package dev.mockloop.tui;

import dev.mockloop.engine.LoopSummary;
import dev.mockloop.engine.Round;
import dev.mockloop.session.PracticeRun;
import java.nio.file.Path;
import java.util.List;

/**
 * After the last round: each round's score and time, the average, the debrief (scrolls), and the
 * transcript path.
 */
final class SummaryView implements View {
  private final ScrollText text;
  private final KeyTable keys;

  SummaryView(Navigator app, PracticeRun run) {
    List<List<Span>> paras = content(run.loop().rounds(), run.saves().savedPath(),
        app.ctx().theme());
    this.text = new ScrollText(w -> Styled.wrapAll(paras, w));
    this.keys = Keys.scroll(new KeyTable(), text::key)
        .row("Enter", "practise again", () -> app.home("")).brief("again").on(Op.ENTER)
        .row("q", "quit", app::quit).chars("q");
  }

  /** The loop summary (shared with line mode: {@link LoopSummary}) in this theme's styles. */
  static List<List<Span>> content(List<Round> rounds, Path path, Theme t) {
    return ResultsText.spans(LoopSummary.of(rounds, path), t);
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
