package dev.mockloop.scoring;

import dev.mockloop.bank.RubricPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches one analyzed answer against one compiled rubric. A phrase matches when its tokens
 * appear in order within one sentence, each within {@value #MAX_GAP} tokens of the previous one
 * (at most {@value #MAX_CONTENT_GAP} of them content words), exactly or within a typo. A match
 * whose first word sits in a negation scope goes to the point's {@code negated} list instead of
 * its evidence.
 */
final class RubricMatcher {
  static final int MAX_GAP = 4;
  static final int MAX_CONTENT_GAP = 2;
  static final int MAX_EVIDENCE = 8;

  private final AnalyzedAnswer answer;
  private final Map<String, int[]> positions = new HashMap<>();

  RubricMatcher(AnalyzedAnswer answer) {
    this.answer = answer;
  }

  /** The outcome for a whole rubric: per-point results and the weight earned. */
  record Outcome(List<PointResult> points, int earned, int possible) {
    double coverage() {
      return possible == 0 ? 0 : (double) earned / possible;
    }
  }

  Outcome match(CompiledRubric rubric) {
    List<PointResult> results = new ArrayList<>();
    int earned = 0;
    for (int i = 0; i < rubric.points.size(); i++) {
      PointResult r = matchPoint(rubric.points.get(i), rubric.phrases.get(i));
      results.add(r);
      earned += r.covered() ? r.weight() : 0;
    }
    return new Outcome(results, earned, rubric.totalWeight);
  }

  private PointResult matchPoint(RubricPoint point, List<Phrase> phrases) {
    List<Evidence> evidence = new ArrayList<>();
    List<Evidence> negated = new ArrayList<>();
    for (Phrase phrase : phrases) {
      for (int[] span : spans(phrase)) {
        Token first = answer.tokens.get(span[0]);
        Token last = answer.tokens.get(span[1]);
        Evidence e = new Evidence(first.start(), last.end(),
            answer.text.substring(first.start(), last.end()), phrase.text());
        List<Evidence> into = answer.negated(span[0], span[1]) ? negated : evidence;
        if (into.size() < MAX_EVIDENCE
            && into.stream().noneMatch(x -> x.start() < e.end() && e.start() < x.end())) {
          into.add(e);
        }
      }
    }
    evidence.sort(Comparator.comparingInt(Evidence::start));
    negated.sort(Comparator.comparingInt(Evidence::start));
    return new PointResult(point.id(), point.point(), point.dimension(), point.weight(),
        !evidence.isEmpty(), evidence, negated, point.hint());
  }

  /** Non-overlapping matches of a phrase, as [first token, last token]. */
  List<int[]> spans(Phrase phrase) {
    List<Token> p = phrase.tokens();
    List<int[]> out = new ArrayList<>();
    int after = -1;
    for (int start : positions(phrase, 0)) {
      if (start <= after) {
        continue;
      }
      int last = start;
      for (int j = 1; j < p.size() && last >= 0; j++) {
        last = next(positions(phrase, j), last, start);
      }
      if (last >= 0) {
        out.add(new int[] {start, last});
        after = last;
      }
    }
    return out;
  }

  private int next(int[] candidates, int last, int start) {
    int i = Arrays.binarySearch(candidates, last + 1);
    i = i < 0 ? -i - 1 : i;
    int sentence = answer.sentenceOf(start);
    for (; i < candidates.length; i++) {
      int c = candidates[i];
      if (c - last - 1 > MAX_GAP || answer.sentenceOf(c) != sentence) {
        return -1;
      }
      int content = 0;
      for (int k = last + 1; k < c; k++) {
        content += answer.tokens.get(k).stop() ? 0 : 1;
      }
      if (content <= MAX_CONTENT_GAP) {
        return c;
      }
    }
    return -1;
  }

  private int[] positions(Phrase phrase, int token) {
    int[] found = positions.get(phrase.keys().get(token));
    if (found == null) {
      found = answer.positions(phrase.tokens().get(token));
      positions.put(phrase.keys().get(token), found);
    }
    return found;
  }
}
