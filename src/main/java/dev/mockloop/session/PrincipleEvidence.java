package dev.mockloop.session;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Listing;
import dev.mockloop.bank.LoadResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Leadership Principles the technical rounds of a history gave evidence of: every rubric point
 * with an {@code lp:} tag that a round asked counts for its principle, covered (by the user's
 * verdict) or not. Points of scenarios no longer in the bank are skipped.
 *
 * @param principle the principle's id
 * @param covered tagged points covered
 * @param asked tagged points asked
 */
public record PrincipleEvidence(String principle, int covered, int asked) {
  /** The share of asked points covered, 0-100. */
  public int percent() {
    return asked == 0 ? 0 : (int) Math.round(100.0 * covered / asked);
  }

  /** Per principle, lowest share first, with the tags of {@code bank}'s rubrics. */
  public static List<PrincipleEvidence> of(History history, Bank bank) {
    return of(history, Listing.of(new LoadResult(bank, List.of())));
  }

  /**
   * As above, with the tags a {@link Listing} carries (so {@code review stats} need not decode the
   * whole bank).
   */
  public static List<PrincipleEvidence> of(History history, Listing listing) {
    return of(StatsTally.of(history), null, listing);
  }

  /** As above, over the sessions a tally holds at {@code only} (null: every level). */
  public static List<PrincipleEvidence> of(
      StatsTally tally, dev.mockloop.bank.Level only, Listing listing) {
    Map<String, Listing.Entry> byId = new HashMap<>();
    listing.entries().forEach(e -> byId.putIfAbsent(e.id(), e));
    Map<String, int[]> counts = new TreeMap<>();
    tally
        .parts(only)
        .forEach(
            (level, part) ->
                part.evidence.forEach(
                    (scenario, byKey) -> {
                      Listing.Entry entry = byId.get(scenario);
                      Map<String, String> tags = entry == null ? null : entry.tags().get(level);
                      if (tags == null || entry.behavioral()) {
                        return;
                      }
                      byKey.forEach(
                          (key, v) -> {
                            String lp = tags.get(key);
                            if (lp != null) {
                              int[] c = counts.computeIfAbsent(lp, k -> new int[2]);
                              c[0] += (int) v[0];
                              c[1] += (int) v[1];
                            }
                          });
                    }));
    return sorted(counts);
  }

  /** The principles of {@code counts} (covered, asked), in its order, then lowest share first. */
  static List<PrincipleEvidence> sorted(Map<String, int[]> counts) {
    List<PrincipleEvidence> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      out.add(new PrincipleEvidence(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
    out.sort(BY_SHARE);
    return out;
  }

  private static final Comparator<PrincipleEvidence> BY_SHARE = new ByShare();

  /** Lowest share first: a class, not a lambda (each lambda links at its first use). */
  private static final class ByShare implements Comparator<PrincipleEvidence> {
    @Override
    public int compare(PrincipleEvidence a, PrincipleEvidence b) {
      return Integer.compare(a.percent(), b.percent());
    }
  }
}
