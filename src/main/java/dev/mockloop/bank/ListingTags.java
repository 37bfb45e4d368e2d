package dev.mockloop.bank;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * An entry's {@link Listing.Entry#tags()} as the snapshot's head holds them: the tags of every
 * entry sit in one block after the entries ({@link HeadCodec}), decoded all together the first time
 * any entry's tags are asked for. Only {@code review stats} asks; the lists and the home screen
 * read the head without them (they are most of the bundled head: 1,500 keys and values).
 */
final class ListingTags extends AbstractMap<Level, Map<String, String>> {
  /** The block of tags, shared by the entries of one head. */
  static final class Block {
    private final byte[] bytes;
    private final int entries;
    private int from;
    private int to;
    private Map<Level, Map<String, String>>[] decoded;

    Block(byte[] bytes, int entries) {
      this.bytes = bytes;
      this.entries = entries;
    }

    /** Where the block is in the head's bytes (known once the entries before it are read). */
    void at(int from, int to) {
      this.from = from;
      this.to = to;
    }

    /** Every entry's tags; the bytes were checked with the head's CRC-32C before. */
    synchronized Map<Level, Map<String, String>> tags(int entry) {
      if (decoded == null) {
        CodecIn in = new CodecIn(bytes, from, to);
        @SuppressWarnings("unchecked")
        Map<Level, Map<String, String>>[] all = new Map[entries];
        for (int i = 0; i < entries; i++) {
          all[i] = HeadCodec.tags(in);
        }
        if (!in.atEnd()) {
          throw new CodecIn.Corrupt("the tags run on");
        }
        decoded = all;
      }
      return decoded[entry];
    }
  }

  private final Block block;
  private final int entry;

  ListingTags(Block block, int entry) {
    this.block = block;
    this.entry = entry;
  }

  @Override
  public Set<Entry<Level, Map<String, String>>> entrySet() {
    return block.tags(entry).entrySet();
  }

  @Override
  public Map<String, String> get(Object key) {
    return block.tags(entry).get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return block.tags(entry).containsKey(key);
  }

  @Override
  public int size() {
    return block.tags(entry).size();
  }
}
