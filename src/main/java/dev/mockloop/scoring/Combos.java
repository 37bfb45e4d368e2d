package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Combinations of mentions, one per concept group ({@link ConceptMatches}): whether all restate the
 * question, their tokens as a set key, the candidate they make, and the token sets that keep a
 * token from serving two groups.
 */
final class Combos {
  private Combos() {}

  /** Whether a question's mention is in the combination with words of another sentence. */
  static boolean askedApart(List<Mention> combo) {
    for (Mention q : combo) {
      if (Questions.asked(q)) {
        for (Mention m : combo) {
          if (m.sentence() != q.sentence()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static boolean allEcho(List<Mention> combo) {
    for (Mention m : combo) {
      if (!m.echo()) {
        return false;
      }
    }
    return true;
  }

  /** A combination's tokens as a set key, by value. */
  record Tokens(int[] tokens) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Tokens t && java.util.Arrays.equals(tokens, t.tokens);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(tokens);
    }
  }

  /** The candidate a combination makes, given its {@link #tokens}. */
  static RubricMatcher.Candidate candidate(List<Mention> combo, int[] tokens) {
    List<Evidence> spans = new ArrayList<>(combo.size());
    boolean listed = true;
    for (Mention m : combo) {
      spans.add(m.evidence());
      listed &= m.listed();
    }
    return new RubricMatcher.Candidate(tokens, spans, listed);
  }

  /** A combination's words, ascending, each once ({@code scratch} is cleared and reused). */
  static int[] tokens(List<Mention> combo, BitSet scratch) {
    scratch.clear();
    for (Mention m : combo) {
      mark(scratch, m);
    }
    int[] sorted = new int[scratch.cardinality()];
    for (int i = 0, t = scratch.nextSetBit(0); t >= 0; t = scratch.nextSetBit(t + 1)) {
      sorted[i++] = t;
    }
    return sorted;
  }

  /** Marks a mention's words; a question's mention has none of its own ({@link Questions}). */
  static void mark(BitSet set, Mention m) {
    if (Questions.asked(m)) {
      return;
    }
    for (int t : m.tokens()) {
      set.set(t);
    }
  }

  static boolean overlaps(BitSet set, Mention m) {
    if (Questions.asked(m)) {
      return false;
    }
    for (int t : m.tokens()) {
      if (set.get(t)) {
        return true;
      }
    }
    return false;
  }

  /** The nearest usable mention of every other group around the anchor, or null. */
  static List<Mention> combine(
      List<List<Mention>> usable, int anchorGroup, Mention anchor, BitSet used) {
    List<Mention> combo = new ArrayList<>(usable.size());
    combo.add(anchor);
    used.clear();
    Combos.mark(used, anchor);
    int lowSentence = anchor.sentence();
    int highSentence = anchor.sentence();
    int lowToken = anchor.tokens()[0];
    int highToken = anchor.tokens()[anchor.tokens().length - 1];
    for (int g = 0; g < usable.size(); g++) {
      if (g == anchorGroup) {
        continue;
      }
      Mention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Mention m : usable.get(g)) {
        int lo = Math.min(lowSentence, m.sentence());
        int hi = Math.max(highSentence, m.sentence());
        int first = Math.min(lowToken, m.tokens()[0]);
        int last = Math.max(highToken, m.tokens()[m.tokens().length - 1]);
        if (hi - lo > 1 || last - first > ConceptMatches.WINDOW_TOKENS) {
          continue;
        }
        int distance = Math.abs(m.tokens()[0] - anchor.tokens()[0]);
        // the overlap test only for a mention nearer than the best so far (it could not be chosen)
        if (distance < bestDistance && !Combos.overlaps(used, m)) {
          best = m;
          bestDistance = distance;
        }
      }
      if (best == null) {
        return null;
      }
      combo.add(best);
      Combos.mark(used, best);
      lowSentence = Math.min(lowSentence, best.sentence());
      highSentence = Math.max(highSentence, best.sentence());
      lowToken = Math.min(lowToken, best.tokens()[0]);
      highToken = Math.max(highToken, best.tokens()[best.tokens().length - 1]);
    }
    return combo;
  }
}
