package dev.mockloop.scoring;

import java.util.Collection;

/**
 * A set of terms as a bit set over their {@link Lexicon} numbers: membership of an answer's token
 * is one bit test. Immutable. {@link #limit} is the lexicon's size when the set was made, which an
 * answer's numbers must cover ({@link TermIndex#upTo}).
 */
final class TermBits {
  static final TermBits EMPTY = new TermBits(new long[0], 0);

  private final long[] bits;
  final int limit;

  private TermBits(long[] bits, int limit) {
    this.bits = bits;
    this.limit = limit;
  }

  static TermBits of(Collection<String> terms) {
    int limit = Lexicon.registerAll(terms);
    int max = -1;
    int[] ids = new int[terms.size()];
    int n = 0;
    for (String t : terms) {
      ids[n] = Lexicon.find(t);
      max = Math.max(max, ids[n++]);
    }
    long[] bits = new long[(max >> 6) + 1];
    for (int i = 0; i < n; i++) {
      bits[ids[i] >> 6] |= 1L << ids[i];
    }
    return new TermBits(bits, limit);
  }

  boolean contains(int id) {
    int word = id >> 6;
    return id >= 0 && word < bits.length && (bits[word] & (1L << id)) != 0;
  }
}
