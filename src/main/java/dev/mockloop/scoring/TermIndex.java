package dev.mockloop.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer's tokens by term and by surface form, for phrase matching: each token's {@link Lexicon}
 * number, the positions of a phrase token's exact matches (found by the phrase token's number in a
 * small table of the answer's own terms), or, when there are none, of the answer's words within a
 * typo of it ({@link TypoIndex}). Terms no compiled text has are kept by their string, so typo
 * matching sees them, and get their number if a rubric compiled later has them ({@link #upTo}).
 * Positions are kept as growing int arrays (no boxing); callers memoize per phrase token ({@link
 * PhraseSpans}).
 */
final class TermIndex {
  private static final int[] NONE = new int[0];

  /** Per token, its term's number, or -1 if the lexicon had none at {@link #limit}. */
  private final int[] ids;

  private int limit = Lexicon.size();

  /** The positions of the answer's numbered terms. */
  private final TermTable byId = new TermTable();

  /** The terms without a number, by string. */
  private final Map<String, Positions> unknown = new HashMap<>();

  private final Map<String, Positions> bySurface = new HashMap<>(256);
  private final TypoIndex termTypos = new TypoIndex();
  private final TypoIndex surfaceTypos = new TypoIndex();

  private final List<Token> tokens;

  /** Indexes the answer's tokens. */
  TermIndex(List<Token> tokens) {
    this.tokens = tokens;
    this.ids = new int[tokens.size()];
    for (int t = 0; t < ids.length; t++) {
      add(tokens.get(t), t);
    }
  }

  /** The positions of one term or surface form, in order; the array is made once all are in. */
  static final class Positions {
    private int[] at = new int[2];
    private int size;
    private int[] sorted;

    void add(int position) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = position;
    }

    /** The positions, ascending (tokens are added in order); the same array on every call. */
    int[] array() {
      if (sorted == null) {
        sorted = Arrays.copyOf(at, size);
      }
      return sorted;
    }

    /** Appends the positions to {@code into} from index {@code n}; returns the new length. */
    int copyInto(int[] into, int n) {
      System.arraycopy(at, 0, into, n, size);
      return n + size;
    }

    int size() {
      return size;
    }
  }

  /** Adds the token at {@code position}; tokens are added in order. */
  private void add(Token tok, int position) {
    int id = Lexicon.find(tok.term());
    ids[position] = id;
    Positions at = id >= 0 ? get(id) : unknown.get(tok.term());
    if (at == null) {
      at = new Positions();
      if (id >= 0) {
        put(id, at);
      } else {
        unknown.put(tok.term(), at);
      }
      if (tok.fuzzable()) {
        termTypos.add(tok.term(), tok.surface(), at);
      }
    }
    at.add(position);
    if (tok.fuzzable()) {
      Positions s = bySurface.get(tok.surface());
      if (s == null) {
        s = new Positions();
        bySurface.put(tok.surface(), s);
        surfaceTypos.add(tok.surface(), tok.surface(), s);
      }
      s.add(position);
    }
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
    if (needed <= limit || unknown.isEmpty()) {
      limit = Math.max(limit, needed);
      return;
    }
    limit = Lexicon.size();
    var it = unknown.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      int id = Lexicon.find(e.getKey());
      if (id >= 0) {
        put(id, e.getValue());
        it.remove();
      }
    }
    for (int t = 0; t < ids.length; t++) {
      if (ids[t] < 0) {
        ids[t] = Lexicon.find(tokens.get(t).term());
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
    Positions found = get(id);
    int[] exact = found == null ? NONE : found.array();
    if (phrase.typo()[3 * k] == 0 || exact.length > 0) {
      return exact;
    }
    TypoIndex.Found fuzzy = termTypos.addClose(phrase, k, false, null);
    fuzzy = surfaceTypos.addClose(phrase, k, true, fuzzy);
    return fuzzy == null ? exact : fuzzy.sortedDistinct();
  }

  /**
   * False only when a phrase token with term number {@code id} and typo key {@code typo} ({@link
   * TypoIndex#key}, 0 when it is not fuzzable) surely has no positions: the answer lacks the term
   * and has no word that could be within a typo of it. Reads nothing of the phrase.
   */
  boolean mayMatch(int id, long typo) {
    upTo(id + 1);
    if (get(id) != null) {
      return true;
    }
    return typo != 0
        && (termTypos.mayHaveClose(typo, false) || surfaceTypos.mayHaveClose(typo, true));
  }

  private Positions get(int id) {
    return byId.get(id);
  }

  private void put(int id, Positions p) {
    byId.put(id, p);
  }
}
