package dev.mockloop.scoring;

/**
 * Typo tolerance: the optimal-string-alignment Damerau-Levenshtein distance (insert, delete,
 * substitute, swap two neighbours), allowing 1 edit in words of {@value #MIN_LENGTH} or more
 * characters and 2 in words of {@value #TWO_EDITS} or more. Both words must start with the same
 * letter, since typos rarely hit it. Shorter words match exactly, which keeps pairs of real words
 * such as "scale" and "stale" or "shard" and "share" apart.
 */
final class Fuzzy {
  static final int MIN_LENGTH = 6;
  static final int TWO_EDITS = 9;

  private Fuzzy() {}

  /** A bit per letter the word contains (letters outside a-z share bits by their code). */
  static long letters(String word) {
    long mask = 0;
    for (int i = 0; i < word.length(); i++) {
      mask |= 1L << (word.charAt(i) & 63);
    }
    return mask;
  }

  /**
   * Whether two words can be close, from their lengths, first characters and {@link #letters} alone
   * (the second word given by those, so its string need not be read): each edit changes the set of
   * letters by at most two, so a larger difference rules the pair out without the distance
   * computation.
   */
  static boolean mayBeClose(String a, long lettersA, int lengthB, char firstB, long lettersB) {
    int max = allowed(a.length(), lengthB);
    return max > 0
        && a.charAt(0) == firstB
        && Math.abs(a.length() - lengthB) <= max
        && Long.bitCount(lettersA ^ lettersB) <= 2 * max;
  }

  /** {@link #mayBeClose} of two words known to share their first character, by their lengths. */
  static boolean mayBeClose(int lengthA, long lettersA, int lengthB, long lettersB) {
    int max = allowed(lengthA, lengthB);
    return max > 0
        && Math.abs(lengthA - lengthB) <= max
        && Long.bitCount(lettersA ^ lettersB) <= 2 * max;
  }

  /** The edits allowed between two words of these lengths (by the shorter one). */
  static int allowed(int a, int b) {
    int len = Math.min(a, b);
    return len >= TWO_EDITS ? 2 : len >= MIN_LENGTH ? 1 : 0;
  }

  /** The shared first letters two real words need to match within a typo ({@link #sameFamily}). */
  static final int FAMILY_PREFIX = 6;

  /**
   * Whether two words may be forms of one word: their first {@value #FAMILY_PREFIX} letters agree,
   * so the edits fall in the ending ("convert" and "conversion", "recovery" and "recover"). Typo
   * matching asks it of an answer's real words ({@link RealWords}), which are what the candidate
   * meant: "leaving" is not "leaking", "shared" not "sharded", "monitoring" not "mentoring". Also
   * true of British and American spellings that differ in one c, s or z ("licences", "license").
   */
  static boolean sameFamily(String a, String b) {
    return a.length() >= FAMILY_PREFIX
            && b.length() >= FAMILY_PREFIX
            && a.regionMatches(0, b, 0, FAMILY_PREFIX)
        || spellingVariant(a, b);
  }

  /** Whether a and b differ in one letter, a c, s or z in both ("defence", "defense"). */
  private static boolean spellingVariant(String a, String b) {
    int at = mismatch(a, b);
    return at >= 0
        && at < a.length()
        && at < b.length()
        && "csz".indexOf(a.charAt(at)) >= 0
        && "csz".indexOf(b.charAt(at)) >= 0
        && a.regionMatches(at + 1, b, at + 1, a.length() - at - 1)
        && a.length() == b.length();
  }

  private static int mismatch(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return -1;
  }

  static boolean close(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int max = allowed(a.length(), b.length());
    if (max == 0 || Math.abs(a.length() - b.length()) > max || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return distance(a, b, max) <= max;
  }

  /** OSA distance, or {@code max + 1} as soon as it must exceed {@code max}. */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
