package dev.mockloop.scoring;

import java.util.List;

/**
 * An answer's tokens by term and by surface form, for phrase matching: each token's {@link Lexicon}
 * number, the positions of a phrase token's exact matches (found by the phrase token's number in a
 * small table of the answer's own terms), or, when there are none, of the answer's words within a
 * typo of it ({@link TypoIndex}). Terms no compiled text has are kept by their string, so typo
 * matching sees them, and get their number if a rubric compiled later has them ({@link #upTo}).
 * Positions are kept in one int array ({@link PositionLists}); callers memoize per phrase token
 * ({@link PhraseSpans}).
 */
final class TermIndex {
  private static final int[] NONE = new int[0];
  private static final int TERM = 0;
  private static final int SURFACE = 1;

  /** Per token, its term's number, or -1 if the lexicon had none at {@link #limit}. */
  private final int[] ids;

  private int limit = Lexicon.size();

  /** The position lists of the answer's numbered terms. */
  private final TermTable byId;

  /** Per token, the list of its term. */
  private final int[] termList;

  /** How many tokens have no term number. */
  private int unknownCount;

  /** The positions of each term and of each fuzzable surface form. */
  private final PositionLists lists;

  private final TypoIndex termTypos = new TypoIndex();
  private final TypoIndex surfaceTypos = new TypoIndex();

  private final List<Token> tokens;

  /** Indexes the answer's tokens. */
  TermIndex(List<Token> tokens) {
    this.tokens = tokens;
    int n = tokens.size();
    this.ids = new int[n];
    this.termList = new int[n];
    this.byId = new TermTable(n);
    int[] surfaceList = new int[n];
    StringSlots byString = new StringSlots(n); // unnumbered terms and surface forms
    int count = 0;
    for (int t = 0; t < n; t++) {
      Token tok = tokens.get(t);
      int id = Lexicon.find(tok.term());
      ids[t] = id;
      int list = id >= 0 ? byId.get(id) : byString.get(tok.term(), TERM);
      boolean fuzzable = tok.fuzzable();
      if (list < 0) {
        list = count++;
        if (id >= 0) {
          byId.put(id, list);
        } else {
          byString.put(tok.term(), TERM, list);
        }
        if (fuzzable) {
          termTypos.add(tok.term(), tok.surface(), list);
        }
      }
      termList[t] = list;
      unknownCount += id < 0 ? 1 : 0;
      surfaceList[t] = -1;
      if (fuzzable) {
        int s = byString.get(tok.surface(), SURFACE);
        if (s < 0) {
          s = count++;
          byString.put(tok.surface(), SURFACE, s);
          surfaceTypos.add(tok.surface(), tok.surface(), s);
        }
        surfaceList[t] = s;
      }
    }
    this.lists = new PositionLists(termList, surfaceList, count);
  }

  /**
   * Each token's term number, every term the lexicon had at {@code needed} (a set's {@link
   * TermBits#limit}) looked up.
   */
  int[] ids(int needed) {
    upTo(needed);
    return ids;
  }

  /**
   * Looks the unnumbered terms up again if the lexicon has grown past what they were looked up at
   * and {@code needed} asks for more: a rubric compiled after the answer was analysed.
   */
  void upTo(int needed) {
    if (needed <= limit || unknownCount == 0) {
      limit = Math.max(limit, needed);
      return;
    }
    limit = Lexicon.size();
    for (int t = 0; t < ids.length; t++) {
      if (ids[t] < 0) {
        ids[t] = Lexicon.find(tokens.get(t).term());
        if (ids[t] >= 0) {
          unknownCount--;
          if (byId.get(ids[t]) < 0) {
            byId.put(ids[t], termList[t]);
          }
        }
      }
    }
  }

  /**
   * Sorted positions of the tokens that match token {@code k} of a phrase: exactly, or, when the
   * answer has no exact match and the token is fuzzable, within a typo.
   */
  int[] positions(Phrase phrase, int k) {
    int id = phrase.termIds()[k];
    upTo(id + 1);
    int found = byId.get(id);
    int[] exact = found < 0 ? NONE : lists.array(found);
    if (phrase.typo()[3 * k] == 0 || exact.length > 0) {
      return exact;
    }
    TypoIndex.Found fuzzy = termTypos.addClose(phrase, k, false, lists, null);
    fuzzy = surfaceTypos.addClose(phrase, k, true, lists, fuzzy);
    return fuzzy == null ? exact : fuzzy.sortedDistinct();
  }

  /**
   * False only when a phrase token with term number {@code id} and typo key {@code typo} ({@link
   * TypoIndex#key}, 0 when it is not fuzzable) surely has no positions: the answer lacks the term
   * and has no word that could be within a typo of it. Reads nothing of the phrase.
   */
  boolean mayMatch(int id, long typo) {
    upTo(id + 1);
    if (byId.get(id) >= 0) {
      return true;
    }
    return typo != 0
        && (termTypos.mayHaveClose(typo, false) || surfaceTypos.mayHaveClose(typo, true));
  }
}
