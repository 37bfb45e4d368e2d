package dev.mockloop.scoring;

import dev.mockloop.bank.RubricPoint;
import java.util.BitSet;
import java.util.List;

/**
 * A second look at the points {@link PointAssign} left uncovered although the answer has words for
 * them: each word serves one point, and the first assignment goes point by point, so a point can
 * take the one mention another point needed while it had others of its own ("it was my change, and
 * I told my manager" lost to "I rolled back the change" two sentences on). For an uncovered point,
 * each of its candidates that clashes with exactly one other point's words is tried: that point is
 * assigned again without those words (it may find others, or go uncovered), and the swap is kept
 * when the two together earn more weight than before. No word serves two points after it either.
 */
final class Repack {
  private Repack() {}

  /**
   * Improves {@code results} in place; {@code held[i]} are the words point {@code i} holds and
   * {@code claimed} all of them, both kept up to date.
   */
  static void improve(
      List<RubricPoint> points,
      List<RubricMatcher.Found> found,
      PointResult[] results,
      BitSet[] held,
      BitSet claimed) {
    for (int p : withCandidates(points, found, results)) {
      if (results[p].covered()) {
        continue; // covered from the start, or by a swap (a holder a swap left uncovered is not)
      }
      for (RubricMatcher.Candidate c : found.get(p).candidates()) {
        int q = soleHolder(c, held, p);
        if (q >= 0 && swap(points, found, results, held, claimed, p, q, c)) {
          break;
        }
      }
    }
  }

  /** The one point holding words of {@code c}, or -1 when none or several do. */
  private static int soleHolder(RubricMatcher.Candidate c, BitSet[] held, int p) {
    int holder = -1;
    for (int t : c.tokens()) {
      for (int q = 0; q < held.length; q++) {
        if (q != p && held[q].get(t) && q != holder) {
          if (holder >= 0) {
            return -1;
          }
          holder = q;
        }
      }
    }
    return holder;
  }

  private static boolean swap(
      List<RubricPoint> points,
      List<RubricMatcher.Found> found,
      PointResult[] results,
      BitSet[] held,
      BitSet claimed,
      int p,
      int q,
      RubricMatcher.Candidate c) {
    BitSet trial = (BitSet) claimed.clone();
    trial.andNot(held[q]);
    BitSet reserved = new BitSet();
    for (int t : c.tokens()) {
      reserved.set(t);
    }
    trial.or(reserved);
    BitSet heldQ = new BitSet();
    PointResult newQ = PointAssign.assign(points.get(q), found.get(q), trial, heldQ);
    trial.andNot(reserved);
    BitSet heldP = new BitSet();
    PointResult newP = PointAssign.assign(points.get(p), found.get(p), trial, heldP);
    if (earned(newP) + earned(newQ) <= earned(results[q]) + 1e-9) {
      return false;
    }
    results[p] = newP;
    results[q] = newQ;
    held[p] = heldP;
    held[q] = heldQ;
    claimed.clear();
    claimed.or(trial);
    return true;
  }

  private static double earned(PointResult r) {
    return r.weight() * r.credit();
  }

  /**
   * The points that had candidates, heaviest first (ties in rubric order); none when every such
   * point is covered already (most answers), so nothing is sorted.
   */
  private static int[] withCandidates(
      List<RubricPoint> points, List<RubricMatcher.Found> found, PointResult[] results) {
    boolean waiting = false;
    for (int p = 0; p < results.length && !waiting; p++) {
      waiting = !results[p].covered() && !found.get(p).candidates().isEmpty();
    }
    if (!waiting) {
      return new int[0];
    }
    int[] out = new int[points.size()];
    int n = 0;
    for (int p = 0; p < out.length; p++) {
      if (!found.get(p).candidates().isEmpty()) {
        int at = n++;
        while (at > 0 && points.get(out[at - 1]).weight() < points.get(p).weight()) {
          out[at] = out[at - 1];
          at--;
        }
        out[at] = p;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
