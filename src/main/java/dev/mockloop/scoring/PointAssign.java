package dev.mockloop.scoring;

import dev.mockloop.bank.RubricPoint;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Gives one point its evidence from its candidates ({@link RubricMatcher#match}): the first that
 * uses no word another point has claimed, a stated one before a listed one; when every candidate
 * clashes, the concept groups' mentions left over are combined again ({@link
 * ConceptMatches#avoiding}), and a point that asks for a quantity still needs one.
 */
final class PointAssign {
  private PointAssign() {}

  /**
   * The point's result; the words of the evidence it takes are set in {@code claimed} and in {@code
   * held} (the point's own).
   */
  static PointResult assign(RubricPoint point, RubricMatcher.Found f, BitSet claimed, BitSet held) {
    List<RubricMatcher.Candidate> candidates = f.candidates();
    RubricMatcher.Candidate best = best(candidates, claimed);
    if (best == null && f.concepts() != null && !candidates.isEmpty()) {
      candidates = f.concepts().avoiding(claimed);
      if (f.quantity() != null) {
        f.quantity().refuse(candidates, f.unquantified());
      }
      best = best(candidates, claimed);
    }
    List<Evidence> evidence = new ArrayList<>();
    if (best != null) {
      for (int t : best.tokens()) {
        claimed.set(t);
        held.set(t);
      }
      RubricMatcher.add(evidence, best.spans());
      for (RubricMatcher.Candidate c : candidates) {
        if (c != best && !c.clashes(claimed) && (best.listed() || !c.listed())) {
          RubricMatcher.add(evidence, c.spans());
        }
      }
      evidence.sort(Comparator.comparingInt(Evidence::start));
    }
    String basis = best == null ? "" : best.listed() ? PointResult.LISTED : PointResult.STATED;
    return new PointResult(
        point.id(),
        point.point(),
        point.dimension(),
        point.weight(),
        best != null,
        evidence,
        sorted(f.negated()),
        point.hint(),
        basis,
        sorted(f.echoed()),
        sorted(f.unquantified()));
  }

  /** The first candidate that uses no claimed word, a stated one before a listed one. */
  private static RubricMatcher.Candidate best(
      List<RubricMatcher.Candidate> candidates, BitSet claimed) {
    RubricMatcher.Candidate best = null;
    for (RubricMatcher.Candidate c : candidates) {
      if (!c.clashes(claimed) && (best == null || best.listed() && !c.listed())) {
        best = c;
      }
    }
    return best;
  }

  private static List<Evidence> sorted(List<Evidence> list) {
    list.sort(Comparator.comparingInt(Evidence::start));
    return list;
  }
}
