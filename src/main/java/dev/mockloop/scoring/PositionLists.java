package dev.mockloop.scoring;

import java.util.Arrays;

/**
 * An answer's lists of token positions (a term's or a surface form's, {@link TermIndex}), all in
 * one int array: list {@code l} is {@code pool[offset[l] .. offset[l + 1])}, ascending. Built once
 * from each token's list numbers, so an answer makes three arrays instead of an object and a
 * growing array per distinct word.
 */
final class PositionLists {
  private final int[] pool;
  private final int[] offset;

  /** The lists as arrays of their own, made when first asked for. */
  private int[][] arrays;

  /**
   * The lists of {@code count} list numbers; token {@code t} is in list {@code first[t]} and,
   * unless it is -1, in list {@code second[t]}.
   */
  PositionLists(int[] first, int[] second, int count) {
    offset = new int[count + 1];
    int n = first.length;
    for (int t = 0; t < n; t++) {
      offset[first[t] + 1]++;
      if (second[t] >= 0) {
        offset[second[t] + 1]++;
      }
    }
    for (int l = 0; l < count; l++) {
      offset[l + 1] += offset[l];
    }
    pool = new int[offset[count]];
    int[] fill = Arrays.copyOf(offset, count);
    for (int t = 0; t < n; t++) {
      pool[fill[first[t]]++] = t;
      if (second[t] >= 0) {
        pool[fill[second[t]]++] = t;
      }
    }
  }

  int size(int list) {
    return offset[list + 1] - offset[list];
  }

  /** The positions of a list, ascending; the same array on every call. */
  int[] array(int list) {
    if (arrays == null) {
      arrays = new int[offset.length - 1][];
    }
    int[] a = arrays[list];
    if (a == null) {
      a = Arrays.copyOfRange(pool, offset[list], offset[list + 1]);
      arrays[list] = a;
    }
    return a;
  }

  /**
   * Appends the positions of a list to {@code into} from index {@code n}; returns the new length.
   */
  int copyInto(int list, int[] into, int n) {
    int size = size(list);
    System.arraycopy(pool, offset[list], into, n, size);
    return n + size;
  }
}
