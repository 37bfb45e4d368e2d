package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.Answer;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundState;
import dev.mockloop.session.LiveSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** After the last round: each round's score and time, the average, and the transcript path. */
final class SummaryView implements View {
  private final App app;
  private final ScrollText text;

  SummaryView(App app, LiveSession live) {
    this.app = app;
    List<List<Span>> paras = content(live.loop().rounds(), live.savedPath(), app.ctx.theme());
    this.text = new ScrollText(w -> Styled.wrapAll(paras, w));
  }

  static List<List<Span>> content(List<Round> rounds, Path path, Theme t) {
    List<List<Span>> p = new ArrayList<>();
    int sum = 0;
    long seconds = 0;
    for (Round r : rounds) {
      RoundState s = r.state();
      int score = s.score() == null ? 0 : s.score().score();
      long used = s.answers().stream().mapToLong(Answer::secondsUsed).sum();
      sum += score;
      seconds += used;
      p.add(List.of(new Span(String.format("  Round %d  %3d/100  ", s.round(), score), t.normal),
          new Span(Styled.bar(score / 100.0, 20), score >= 70 ? t.good : t.warn),
          new Span("  " + RoundChrome.mmss(Duration.ofSeconds(used)) + "  "
              + s.scenario().title(), t.normal)));
    }
    int avg = rounds.isEmpty() ? 0 : Math.round((float) sum / rounds.size());
    p.add(0, Styled.para("", t.normal));
    p.add(0, Styled.para("Loop complete: average " + avg + "/100 over " + rounds.size()
        + " round(s), " + RoundChrome.mmss(Duration.ofSeconds(seconds)) + " answering", t.heading));
    p.add(Styled.para("", t.normal));
    p.add(Styled.para("Transcript saved to " + path, t.heading));
    p.add(Styled.para("Review it later with: mockloop review show "
        + path.getFileName().toString().replaceFirst("\\.yaml$", ""), t.dim));
    return p;
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
    c.text(0, 0, " Loop summary", c.theme.bar);
    text.draw(c, 2, c.height() - 1);
    RoundChrome.footer(c, "Enter practise again  q quit");
  }
}
