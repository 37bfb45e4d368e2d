package dev.mockloop.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * A two-word rubric term said the other way round: "the key we partition on" for "partition key",
 * "the lease expires" for "expired lease", "teams own" for "owning team". Both words must be
 * content words ("in order of $ per" is not "per order"), at most {@value #SPAN} tokens apart, with
 * no clause or comma boundary between them, and not both words of the question (reading the
 * question back earns nothing); a word already used by a match in the written order is not used
 * again. A term written with a negation ("no lock", "not failures") keeps its order, so its sense
 * does not flip.
 */
final class ReversedTerms {
  static final int SPAN = 3;
  private static final WordSet BEFORE_ITS_NOUN = WordSet.of("per", "via", "than", "vs", "versus");

  private ReversedTerms() {}

  /**
   * Adds to {@code out} (matches in the written order, kept in token order) each place where the
   * term's second word ({@code seconds}: its positions) comes just before its first ({@code
   * firsts}).
   */
  static void add(AnalyzedAnswer answer, int[] seconds, int[] firsts, List<int[]> out) {
    if (seconds.length == 0 || firsts.length == 0) {
      return;
    }
    int before = out.size();
    for (int s : seconds) {
      int i = Arrays.binarySearch(firsts, s + 1);
      i = i < 0 ? -i - 1 : i;
      if (i < firsts.length) {
        int f = firsts[i];
        if (f - s <= SPAN
            && content(answer, s)
            && content(answer, f)
            && oneSegment(answer, s, f)
            && !(asked(answer, s) && asked(answer, f))
            && !taken(out, s, f)) {
          out.add(new int[] {s, f});
        }
      }
    }
    if (out.size() > before) {
      out.sort((a, b) -> Integer.compare(a[0], b[0]));
    }
  }

  /** A word of the question: both words asked would let reading the question back earn it. */
  private static boolean asked(AnalyzedAnswer answer, int token) {
    return answer.question.has(answer.tokens.get(token).term());
  }

  /** Not a stop word, nor a preposition that only makes sense before its noun ("per order"). */
  private static boolean content(AnalyzedAnswer answer, int token) {
    Token t = answer.tokens.get(token);
    return !t.stop() && !BEFORE_ITS_NOUN.contains(t.surface());
  }

  /** No clause or comma boundary between the words of tokens {@code a} and {@code b}. */
  private static boolean oneSegment(AnalyzedAnswer answer, int a, int b) {
    for (int w = answer.tokenWord[a] + 1; w <= answer.tokenWord[b]; w++) {
      if (answer.shape.segmentStart[w]) {
        return false;
      }
    }
    return true;
  }

  private static boolean taken(List<int[]> out, int a, int b) {
    for (int[] m : out) {
      for (int x : m) {
        if (x == a || x == b) {
          return true;
        }
      }
    }
    return false;
  }
}
