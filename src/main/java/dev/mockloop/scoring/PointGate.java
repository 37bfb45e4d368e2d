package dev.mockloop.scoring;

import java.util.List;

/**
 * What decides, for one rubric point, which of its phrases an answer may match, laid out flat: the
 * first term number and first typo key ({@link Phrase#firstTerm}, {@link Phrase#firstTypo}) of its
 * {@code any:} phrases, then of each concept group's alternatives, in order. Ruling a phrase out
 * ({@link AnalyzedAnswer#mayMatch(int, long)}) then reads these arrays alone, not the phrase
 * records scattered over the heap: with the scenario changing at every answer, each record read is
 * a cache miss, and most phrases of a rubric are absent from any one answer.
 *
 * @param terms each phrase's first term number (-1 for a placeholder: it always may match)
 * @param typos each phrase's first typo key (0 when not fuzzable)
 * @param ends {@code ends[0]} the number of {@code any:} phrases; {@code ends[1 + g]} the slot
 *     after concept group {@code g}'s alternatives
 */
record PointGate(int[] terms, long[] typos, int[] ends) {
  static PointGate of(List<Phrase> phrases, List<List<Phrase>> groups) {
    int n = phrases.size();
    int[] ends = new int[1 + groups.size()];
    ends[0] = n;
    for (int g = 0; g < groups.size(); g++) {
      n += groups.get(g).size();
      ends[1 + g] = n;
    }
    int[] terms = new int[n];
    long[] typos = new long[n];
    int k = 0;
    for (Phrase p : phrases) {
      terms[k] = p.firstTerm();
      typos[k++] = p.firstTypo();
    }
    for (List<Phrase> group : groups) {
      for (Phrase p : group) {
        terms[k] = p.firstTerm();
        typos[k++] = p.firstTypo();
      }
    }
    return new PointGate(terms, typos, ends);
  }

  /** How many concept groups the point has. */
  int groups() {
    return ends.length - 1;
  }

  /** Whether the answer may match the phrase in slot {@code k} (false: it surely does not). */
  boolean mayMatch(AnalyzedAnswer answer, int k) {
    return terms[k] < 0 || answer.mayMatch(terms[k], typos[k]);
  }
}
