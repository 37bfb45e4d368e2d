package dev.mockloop.bank;

import java.util.Map;

/**
 * The minutes per level of the listing's entries as {@link HeadCodec} reads them, each distinct set
 * made once per listing: an immutable map made anew for each of 2,000 entries (its level keys
 * hashed as it is made) cost more than the rest of the entry, and a bank holds few distinct sets. A
 * direct-mapped table of {@value #SLOTS} slots, each compared on all it stands for.
 */
final class ListingMinutes {
  private static final int SLOTS = 64;
  private static final Level[] LEVELS = Level.values();

  private final long[] minutes = new long[SLOTS];
  private final int[] levels = new int[SLOTS];
  private final Object[] maps = new Object[SLOTS];

  /** The next entry's minutes: the number of levels, then each level and its minutes. */
  @SuppressWarnings("unchecked") // only maps of Level to Integer are stored
  Map<Level, Integer> read(CodecIn in) {
    int n = HeadCodec.count(in);
    if (n == 0) {
      return Map.of();
    }
    Level first = LEVELS[HeadCodec.index(in, LEVELS.length)];
    int firstMinutes = (int) in.varlong();
    Level second = null;
    int secondMinutes = 0;
    if (n > 1) {
      second = LEVELS[HeadCodec.index(in, LEVELS.length)];
      secondMinutes = (int) in.varlong();
      if (n > 2 || second == first) {
        throw new CodecIn.Corrupt("minutes of " + n + " levels");
      }
    }
    long m = (long) firstMinutes << 32 | (secondMinutes & 0xFFFFFFFFL);
    int l = first.ordinal() << 8 | (second == null ? 0xFF : second.ordinal());
    int slot = (int) ((m * 31 + l) * 0x9E3779B97F4A7C15L >>> 58);
    if (maps[slot] != null && minutes[slot] == m && levels[slot] == l) {
      return (Map<Level, Integer>) maps[slot];
    }
    Map<Level, Integer> made =
        second == null
            ? Map.of(first, firstMinutes)
            : Map.of(first, firstMinutes, second, secondMinutes);
    minutes[slot] = m;
    levels[slot] = l;
    maps[slot] = made;
    return made;
  }
}
