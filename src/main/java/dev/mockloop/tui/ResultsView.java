package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.RoundState;
import dev.mockloop.session.LiveSession;

/** The results of a scored round; {@code m} toggles the model answer. */
final class ResultsView implements View {
  private final App app;
  private final LiveSession live;
  private final RoundState state;
  private final ScrollText results;
  private final ScrollText model;
  private boolean showModel;

  ResultsView(App app, LiveSession live) {
    this.app = app;
    this.live = live;
    this.state = live.loop().current().state();
    Theme t = app.ctx.theme();
    results = new ScrollText(w -> Styled.wrapAll(ResultsText.of(state, t), w));
    model = new ScrollText(w -> Styled.wrapAll(ResultsText.model(state, t), w));
  }

  @Override
  public void key(KeyStroke k, Op op) {
    if (op == Op.ENTER) {
      app.nextRound();
      return;
    }
    if (op == Op.CHAR) {
      switch (Character.toLowerCase(k.getCharacter())) {
        case 'm' -> {
          showModel = !showModel;
          model.reset();
        }
        case 'n' -> app.nextRound();
        case 'q' -> app.quit();
        case 's' -> {
          if (live.saveError().isPresent()) {
            app.retrySave();
          }
        }
        default -> { }
      }
      return;
    }
    if (op == Op.ESCAPE && showModel) {
      showModel = false;
      return;
    }
    (showModel ? model : results).key(op);
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    c.text(0, 0, " Results · " + state.level() + " · Round " + state.round() + " of "
        + state.rounds() + " · " + state.scenario().title(), t.bar);
    String where = (showModel ? " Model answer " : " Your results ") + live.saveError()
        .map(e -> "· NOT saved in the sessions folder, " + live.rescued()
            .map(p -> "copy in " + p).orElse("kept in memory") + " · s retry ")
        .orElse("· saved to " + live.path() + " ");
    RoundChrome.separator(c, 1, where, "");
    (showModel ? model : results).draw(c, 2, c.height() - 1);
    String next = live.loop().hasNext() ? "Enter next round" : "Enter loop summary";
    RoundChrome.footer(c, "↑↓ PgUp/PgDn scroll  m " + (showModel ? "results" : "model answer")
        + "  " + next + "  q quit");
  }
}
