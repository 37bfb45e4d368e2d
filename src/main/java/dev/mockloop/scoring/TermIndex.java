package dev.mockloop.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An answer's tokens by term and by surface form, for phrase matching: the positions of a phrase
 * token's exact matches, or, when there are none, of the answer's words within a typo of it ({@link
 * TypoIndex}). Positions are kept as growing int arrays (no boxing); callers memoize per phrase
 * token ({@link PhraseSpans}).
 */
final class TermIndex {
  private final Map<String, Positions> byTerm = new HashMap<>(256);
  private final Map<String, Positions> bySurface = new HashMap<>(256);
  private final TypoIndex termTypos = new TypoIndex();
  private final TypoIndex surfaceTypos = new TypoIndex();

  private static final int[] NONE = new int[0];

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

    boolean isEmpty() {
      return size == 0;
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
  void add(Token tok, int position) {
    Positions at = byTerm.get(tok.term());
    if (at == null) {
      at = new Positions();
      byTerm.put(tok.term(), at);
      if (tok.fuzzable()) {
        termTypos.add(tok.term(), at);
      }
    }
    at.add(position);
    if (tok.fuzzable()) {
      Positions s = bySurface.get(tok.surface());
      if (s == null) {
        s = new Positions();
        bySurface.put(tok.surface(), s);
        surfaceTypos.add(tok.surface(), s);
      }
      s.add(position);
    }
  }

  /**
   * Sorted positions of the tokens that match a phrase token: exactly, or, when the answer has no
   * exact match, within a typo.
   */
  int[] positions(Token phraseToken) {
    Positions found = byTerm.get(phraseToken.term());
    int[] exact = found == null ? NONE : found.array();
    if (!phraseToken.fuzzable() || exact.length > 0) {
      return exact;
    }
    TypoIndex.Found fuzzy = termTypos.addClose(phraseToken.term(), null);
    fuzzy = surfaceTypos.addClose(phraseToken.surface(), fuzzy);
    return fuzzy == null ? exact : fuzzy.sortedDistinct();
  }
}
