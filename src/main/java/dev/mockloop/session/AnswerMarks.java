package dev.mockloop.session;

import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The spans of an answer that matched a covered rubric point, merged and clipped to the text. */
public final class AnswerMarks {
  /** A highlighted span: {@code [start, end)} in the answer. */
  public record Range(int start, int end) {}

  private AnswerMarks() {}

  public static List<Range> of(String text, ScoreCard card) {
    List<Range> spans = new ArrayList<>();
    for (PointResult p : card.points()) {
      if (!p.covered()) {
        continue;
      }
      for (Evidence e : p.evidence()) {
        int s = Math.min(e.start(), text.length());
        int end = Math.min(e.end(), text.length());
        if (s < end) {
          spans.add(new Range(s, end));
        }
      }
    }
    spans.sort(Comparator.comparingInt(Range::start));
    List<Range> merged = new ArrayList<>();
    for (Range r : spans) {
      Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r.start() <= last.end()) {
        merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
      } else {
        merged.add(r);
      }
    }
    return merged;
  }
}
