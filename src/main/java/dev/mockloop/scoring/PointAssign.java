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
  private static final Comparator<Evidence> BY_START = Comparator.comparingInt(Evidence::start);

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
      evidence.sort(BY_START);
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
    list.sort(BY_START);
    return list;
  }

  /**
   * The points in the order they get their evidence: fewest candidates first, then heaviest, then
   * in rubric order (a stable insertion sort: rubrics have a few points).
   */
  static int[] order(CompiledRubric rubric, List<RubricMatcher.Found> found) {
    int n = found.size();
    int[] order = new int[n];
    int[] size = new int[n];
    int[] weight = new int[n];
    for (int i = 0; i < n; i++) {
      size[i] = found.get(i).candidates().size();
      weight[i] = rubric.points.get(i).weight();
      int k = i;
      while (k > 0
          && (size[i] < size[order[k - 1]]
              || size[i] == size[order[k - 1]] && weight[i] > weight[order[k - 1]])) {
        order[k] = order[k - 1];
        k--;
      }
      order[k] = i;
    }
    return order;
  }
}
