package dev.mockloop.tui;

import dev.mockloop.engine.MissedPoints.Missed;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.Sentences.Sentence;
import dev.mockloop.report.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * "I covered this" on the results screen: first the round's missed points (main answer, then
 * follow-ups), then the sentences of the chosen point's answer, each wrapped to the screen. {@code
 * ↑↓} choose, Enter picks (on a point already marked it takes the mark back), Esc goes back a step
 * or closes. It only reports the event chosen; the results view applies and saves it.
 */
final class CoveredPicker {
  private final List<Missed> points;
  private final Consumer<RoundEvent> choose;
  private final Runnable close;
  private Missed chosen;
  private int point;
  private int sentence;
  private final PickList list = new PickList();
  private final KeyTable keys = table();

  CoveredPicker(List<Missed> points, Consumer<RoundEvent> choose, Runnable close) {
    this.points = List.copyOf(points);
    this.choose = choose;
    this.close = close;
  }

  /** ↑↓ (PgUp/PgDn, Home/End to the ends) choose, Enter picks, Esc goes back a step. */
  KeyTable keys() {
    return keys;
  }

  private KeyTable table() {
    return new KeyTable()
        .row("↑↓", "choose", (k, op) -> key(op))
        .on(
            Op.UP,
            Op.DOWN,
            Op.PAGE_UP,
            Op.PAGE_DOWN,
            Op.LINE_START,
            Op.TEXT_START,
            Op.LINE_END,
            Op.TEXT_END)
        .row(
            "Enter",
            () -> chosen == null ? "mark it (or take a mark back)" : "confirm",
            (k, op) -> key(op))
        .brief(() -> chosen == null ? "mark/unmark" : "confirm")
        .on(Op.ENTER)
        .row("Esc", () -> chosen == null ? "cancel" : "back to the points", (k, op) -> key(op))
        .brief(() -> chosen == null ? "cancel" : "back")
        .on(Op.ESCAPE);
  }

  private void key(Op op) {
    int size = chosen == null ? points.size() : chosen.sentences().size();
    int at = chosen == null ? point : sentence;
    int next =
        switch (op) {
          case UP -> Math.max(0, at - 1);
          case DOWN -> Math.min(size - 1, at + 1);
          case PAGE_UP, LINE_START, TEXT_START -> 0;
          case PAGE_DOWN, LINE_END, TEXT_END -> size - 1;
          default -> at;
        };
    if (chosen == null) {
      point = next;
    } else {
      sentence = next;
    }
    if (op == Op.ENTER) {
      enter();
    } else if (op == Op.ESCAPE) {
      if (chosen == null) {
        close.run();
      } else {
        chosen = null;
        list.reset();
      }
    }
  }

  private void enter() {
    if (chosen != null) {
      choose.accept(chosen.markWith(sentence));
      return;
    }
    Missed m = points.get(point);
    if (m.marked()) {
      choose.accept(m.unmark());
      return;
    }
    chosen = m;
    sentence = 0;
    list.reset();
  }

  /** The separator's title for the current step. */
  String title() {
    return chosen == null ? " I covered this: which point? " : " I covered this: which sentence? ";
  }

  /** Draws the current step in rows {@code [from, to)}. */
  void draw(Canvas c, int from, int to) {
    Theme t = c.theme;
    int width = c.width() - 2;
    List<List<Span>> head = new ArrayList<>();
    List<List<List<Span>>> items = new ArrayList<>();
    if (chosen == null) {
      head.addAll(
          Styled.wrap(
              Styled.para(
                  "Which missed point did your answer cover? Enter"
                      + " chooses it, then the sentence that says it.",
                  t.dim),
              width));
      for (Missed m : points) {
        items.add(
            item(
                List.of(
                    new Span(m.label() + " · ", t.dim),
                    new Span(m.marked() ? "✓ " : "✗ ", m.marked() ? t.good : t.bad),
                    new Span(m.point().point(), t.normal),
                    new Span(
                        m.marked()
                            ? "  covered (you said: \""
                                + Format.oneLine(m.mark().sentence())
                                + "\")"
                            : "",
                        t.good)),
                width));
      }
    } else {
      head.addAll(
          Styled.wrap(
              List.of(
                  new Span(chosen.label() + " · ", t.dim),
                  new Span(chosen.point().point(), t.heading)),
              width));
      head.addAll(Styled.wrap(Styled.para("Which sentence of your answer says it?", t.dim), width));
      List<Sentence> ss = chosen.sentences();
      for (int i = 0; i < ss.size(); i++) {
        items.add(
            item(
                List.of(
                    new Span((i + 1) + ". ", t.dim),
                    new Span(Format.oneLine(ss.get(i).text()), t.normal)),
                width));
      }
    }
    int row = from;
    for (List<Span> line : head) {
      if (row < to - 1) {
        c.spans(1, row++, line);
      }
    }
    list.draw(c, row + 1, to, items, chosen == null ? point : sentence);
  }

  /** One entry wrapped to {@code width}, indented two columns (room for the selection mark). */
  private static List<List<Span>> item(List<Span> spans, int width) {
    List<List<Span>> out = new ArrayList<>();
    for (List<Span> line : Styled.wrap(spans, width - 2)) {
      List<Span> row = new ArrayList<>();
      row.add(new Span("  ", Style.PLAIN));
      row.addAll(line);
      out.add(row);
    }
    return out;
  }
}
