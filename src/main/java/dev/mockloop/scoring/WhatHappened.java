package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A story follow-up that asks what happened ({@link Asked#WHAT_HAPPENED}, in the past: "What did
 * your manager say?", "Did anything slip anyway?") is answered by what the candidate did, not by
 * what they would do: a point whose every mention sits in a sentence that says what one would do
 * ("I would put it back", "I'd escalate to their director"; {@link StoryReader#hypothetical}) is
 * not covered, and those mentions are kept as evidence that did not count ({@link
 * PointResult#hypothetical}). A point of the {@code reflection} dimension keeps them, since what
 * one would do next time is what it asks for. A follow-up asked in the present ("How do you decide
 * when a defect should hold a launch?") asks for a practice, so its "I usually..." counts. A point
 * with a mention in a sentence that tells what happened stays covered by that mention.
 */
final class WhatHappened {
  static final String REFLECTION = "reflection";

  // spotless:off
  private static final WordSet PAST =
      WordSet.of("did", "was", "were", "had", "happened", "didn't", "wasn't", "weren't",
          "hadn't", "went", "got", "made", "took", "said", "told", "felt", "knew", "thought");
  // spotless:on

  private WhatHappened() {}

  /** Whether a follow-up's question asks about the past ("What did it cost you?"). */
  static boolean asksThePast(String ask) {
    for (String w : ask.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+")) {
      if (PAST.contains(w) || w.length() > 4 && w.endsWith("ed")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The outcome of a follow-up answer, with the points covered only in hypothetical sentences
   * refused when the follow-up is a story's ({@code behavioral}) and asks what happened.
   */
  static RubricMatcher.Outcome counted(
      AnalyzedAnswer a, RubricMatcher.Outcome outcome, boolean behavioral, String ask) {
    if (!behavioral || !StoryReader.asksWhatHappened(ask) || !asksThePast(ask)) {
      return outcome;
    }
    int[] from = StoryReader.hypotheticalFrom(a);
    List<PointResult> points = new ArrayList<>(outcome.points().size());
    double earned = 0;
    boolean changed = false;
    for (PointResult p : outcome.points()) {
      PointResult q = p.covered() && !REFLECTION.equals(p.dimension()) ? refused(a, from, p) : p;
      changed |= q != p;
      points.add(q);
      earned += q.weight() * q.credit();
    }
    return changed ? new RubricMatcher.Outcome(points, earned, outcome.possible()) : outcome;
  }

  /** The point uncovered when all its evidence is hypothetical, else the point itself. */
  private static PointResult refused(AnalyzedAnswer a, int[] from, PointResult p) {
    for (Evidence e : p.evidence()) {
      int w = wordAt(a.words, e.start());
      if (w < from[a.shape.sentence[w]]) {
        return p;
      }
    }
    return new PointResult(
        p.id(),
        p.point(),
        p.dimension(),
        p.weight(),
        false,
        List.of(),
        p.negated(),
        p.hint(),
        "",
        p.echoed(),
        p.unquantified(),
        p.evidence());
  }

  /** The word whose span holds character {@code at} (the last that starts at or before it). */
  private static int wordAt(List<Word> words, int at) {
    int lo = 0;
    int hi = words.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (words.get(mid).start() <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
