package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Which negation a mention sits under, so that an idea said negatively keeps only its own clause.
 * An alternative written as a negation ("no skew", "never trust") or with a negation inside it
 * ("won't join") makes the other groups' words under the same negation part of its idea ("we don't
 * need a lock for these updates": "updates" counts with "no lock"). Words under another negation
 * stay rejected ("I don't care about clock skew. We never trust the network." does not cover clock
 * safety with "never trust"), and so do words the same negation reaches before the negated
 * alternative: there the negation is a verdict on them, the mechanism, not on the harm the
 * alternative names ("a check for erased ids is unnecessary" dismisses the check; "we don't need a
 * view here, breaking is not a concern" dismisses the view).
 */
final class SameNegation {
  private SameNegation() {}

  /**
   * Per word, the negation that covers it: the position of its cue ({@link Negation#cues}), or the
   * word count plus the first word of a reported idea the sentence sets aside ({@link
   * Attribution#rejected}); -1 if neither.
   */
  static int[] ids(List<Word> words, Shape shape) {
    int[] ids = Negation.cues(words, shape);
    boolean[] reported = Attribution.rejected(words, shape);
    int n = words.size();
    for (int i = 0; i < n; i++) {
      if (ids[i] < 0 && reported[i]) {
        ids[i] = i > 0 && reported[i - 1] && ids[i - 1] >= n ? ids[i - 1] : n + i;
      }
    }
    return ids;
  }

  static boolean[] marked(int[] ids) {
    boolean[] out = new boolean[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = ids[i] >= 0;
    }
    return out;
  }

  /** A negation an alternative owns, and where that alternative starts. */
  private record Owner(int negation, int start) {}

  /**
   * Adds to each group's usable mentions its refused ones that sit under a negation a usable
   * negated alternative owns, after that alternative's start.
   */
  static void join(
      AnalyzedAnswer answer,
      List<List<Mention>> usable,
      List<List<Mention>> refused,
      List<Mention> inverted) {
    List<Owner> owners = new ArrayList<>();
    for (List<Mention> group : usable) {
      for (Mention m : group) {
        int first = m.tokens()[0];
        int last = m.tokens()[m.tokens().length - 1];
        if (inverted.contains(m)) {
          owners.add(new Owner(answer.negationOf(first, last), first));
        } else if (m.saysNo()) {
          for (int w = answer.tokenWord[first]; w <= answer.tokenWord[last]; w++) {
            if (Negation.isCueWord(answer.words.get(w).lower())) {
              owners.add(new Owner(w, first));
            }
          }
        }
      }
    }
    if (owners.isEmpty()) {
      return;
    }
    for (int g = 0; g < usable.size(); g++) {
      for (Mention m : refused.get(g)) {
        int first = m.tokens()[0];
        int negation = answer.negationOf(first, m.tokens()[m.tokens().length - 1]);
        for (Owner o : owners) {
          if (o.negation() == negation && o.start() <= first) {
            usable.get(g).add(m);
            break;
          }
        }
      }
    }
  }
}
