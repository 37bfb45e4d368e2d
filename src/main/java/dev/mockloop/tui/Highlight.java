package dev.mockloop.tui;

import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/** Splits an answer into spans, highlighting every covered point's evidence offsets. */
public final class Highlight {
  private Highlight() {}

  public static List<Span> spans(String answer, ScoreCard card, Theme t) {
    if (answer.isEmpty()) {
      return Styled.para("(empty)", t.dim);
    }
    boolean[] marked = new boolean[answer.length()];
    for (PointResult p : card.points()) {
      if (!p.covered()) {
        continue;
      }
      for (Evidence e : p.evidence()) {
        for (int i = Math.max(0, e.start()); i < Math.min(e.end(), answer.length()); i++) {
          marked[i] = true;
        }
      }
    }
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= answer.length(); i++) {
      if (i == answer.length() || marked[i] != marked[start]) {
        out.add(new Span(answer.substring(start, i), marked[start] ? t.highlight : t.normal));
        start = i;
      }
    }
    return out;
  }
}
