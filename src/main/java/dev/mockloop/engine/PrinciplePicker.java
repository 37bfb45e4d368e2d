package dev.mockloop.engine;

import dev.mockloop.bank.Listing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws behavioural questions so that principles spread over a loop, as a real loop assigns each
 * interviewer different principles: no principle twice while an unused one is left (a bank with
 * fewer principles than the loop needs repeats one, rather than refusing the loop).
 */
final class PrinciplePicker {
  private PrinciplePicker() {}

  /**
   * {@code wanted} questions from {@code shuffled} (already in random order), new principles first,
   * those in {@code used} last; fails when the pool has fewer than {@code wanted}.
   */
  static List<Listing.Entry> spread(List<Listing.Entry> shuffled, int wanted, Set<String> used) {
    if (wanted <= 0) {
      return List.of();
    }
    Set<String> principles = new LinkedHashSet<>(used);
    List<Listing.Entry> out = new ArrayList<>();
    List<Listing.Entry> repeats = new ArrayList<>();
    for (Listing.Entry s : shuffled) {
      if (out.size() == wanted) {
        break;
      }
      if (principles.add(s.principle())) {
        out.add(s);
      } else {
        repeats.add(s);
      }
    }
    for (int i = 0; i < repeats.size() && out.size() < wanted; i++) {
      out.add(repeats.get(i));
    }
    if (out.size() < wanted) {
      throw new PlanException(
          wanted
              + " Leadership Principle questions were needed but only "
              + out.size()
              + " match; ask for fewer rounds, a smaller --lp, or --lp 0");
    }
    return out;
  }
}
