package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer's tokens by term and by surface form, for phrase matching: the positions of a phrase
 * token's exact matches (memoized per term), or, when there are none, of the answer's words within
 * a typo of it ({@link TypoIndex}).
 */
final class TermIndex {
  private final Map<String, List<Integer>> byTerm = new HashMap<>();
  private final TypoIndex termTypos = new TypoIndex();
  private final TypoIndex surfaceTypos = new TypoIndex();
  private final Map<String, List<Integer>> bySurface = new HashMap<>();
  private final Map<String, int[]> exactCache = new HashMap<>(1024);

  private static final int[] NONE = new int[0];

  /** Adds the token at {@code position}; tokens are added in order. */
  void add(Token tok, int position) {
    List<Integer> at = byTerm.computeIfAbsent(tok.term(), k -> new ArrayList<>());
    if (at.isEmpty() && tok.fuzzable()) {
      termTypos.add(tok.term());
    }
    at.add(position);
    if (tok.fuzzable()) {
      List<Integer> s = bySurface.computeIfAbsent(tok.surface(), k -> new ArrayList<>());
      if (s.isEmpty()) {
        surfaceTypos.add(tok.surface());
      }
      s.add(position);
    }
  }

  /**
   * Sorted positions of the tokens that match a phrase token: exactly, or, when the answer has no
   * exact match, within a typo.
   */
  int[] positions(Token phraseToken) {
    int[] exact = exact(phraseToken.term());
    if (!phraseToken.fuzzable() || exact.length > 0) {
      return exact;
    }
    List<Integer> fuzzy = termTypos.addClose(phraseToken.term(), byTerm, null);
    fuzzy = surfaceTypos.addClose(phraseToken.surface(), bySurface, fuzzy);
    if (fuzzy == null) {
      return exact;
    }
    for (int e : exact) {
      fuzzy.add(e);
    }
    return sortedDistinct(fuzzy);
  }

  private static int[] sortedDistinct(List<Integer> values) {
    int[] all = new int[values.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = values.get(i);
    }
    Arrays.sort(all);
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (n == 0 || all[n - 1] != all[i]) {
        all[n++] = all[i];
      }
    }
    return n == all.length ? all : Arrays.copyOf(all, n);
  }

  /** Sorted positions of the tokens whose term is exactly {@code term}. */
  private int[] exact(String term) {
    int[] cached = exactCache.get(term);
    if (cached == null) {
      List<Integer> at = byTerm.get(term);
      if (at == null) {
        cached = NONE;
      } else {
        cached = new int[at.size()];
        for (int i = 0; i < cached.length; i++) {
          cached[i] = at.get(i);
        }
      }
      exactCache.put(term, cached);
    }
    return cached;
  }
}
