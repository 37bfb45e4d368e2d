package dev.mockloop.bank;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The scenarios of a bank read from a snapshot or cache ({@link BankSnapshot}), each decoded from
 * its own section of the bytes the first time it is asked for: a round needs its own scenario, not
 * the other hundred (or two thousand). The bytes were checked (magic, CRC-32C, schema) before this
 * list was made. Immutable and safe to read from any thread: two threads asking for the same
 * scenario at once may both decode it, and one result is kept.
 */
final class ScenarioSections extends AbstractList<Scenario> implements RandomAccess {
  private final byte[] bytes;
  private final int[] from;
  private final int[] to;
  private final List<Listing.Entry> entries;
  private final Map<String, Integer> byId = new HashMap<>();
  private final AtomicReferenceArray<Scenario> decoded;
  private final RecordCodec codec;
  private final List<String> shared;

  /**
   * @param entries the listing of these scenarios, one per section and in the same order
   * @param shared the strings every section may refer to by number ({@link SnapshotBody})
   */
  ScenarioSections(
      byte[] bytes,
      int[] from,
      int[] to,
      List<Listing.Entry> entries,
      RecordCodec codec,
      List<String> shared) {
    this.bytes = bytes;
    this.from = from.clone();
    this.to = to.clone();
    this.entries = List.copyOf(entries);
    this.codec = codec;
    this.shared = List.copyOf(shared);
    this.decoded = new AtomicReferenceArray<>(from.length);
    for (int i = 0; i < this.entries.size(); i++) {
      byId.putIfAbsent(this.entries.get(i).id(), i);
    }
  }

  @Override
  public int size() {
    return from.length;
  }

  @Override
  public Scenario get(int i) {
    Scenario s = decoded.get(i);
    if (s == null) {
      s = decode(i);
      if (!decoded.compareAndSet(i, null, s)) {
        s = decoded.get(i);
      }
    }
    return s;
  }

  /** How many scenarios have been decoded so far. */
  int decodedCount() {
    int n = 0;
    for (int i = 0; i < decoded.length(); i++) {
      n += decoded.get(i) == null ? 0 : 1;
    }
    return n;
  }

  /** The listing entries, one per scenario in order; nothing is decoded. */
  List<Listing.Entry> entries() {
    return entries;
  }

  /** The first scenario with this id, decoding only it. */
  Optional<Scenario> find(String id) {
    Integer i = byId.get(id);
    return i == null ? Optional.empty() : Optional.of(get(i));
  }

  private Scenario decode(int i) {
    try {
      CodecIn in = new CodecIn(bytes, from[i], to[i], shared);
      Object s = codec.read(in);
      if (s instanceof Scenario scenario && in.atEnd()) {
        return scenario;
      }
    } catch (CodecIn.Corrupt e) {
      throw unreadable(i, e.getMessage());
    }
    throw unreadable(i, "not a scenario");
  }

  private IllegalStateException unreadable(int i, String why) {
    return new IllegalStateException(
        "scenario '"
            + entries.get(i).id()
            + "' could not be read from the bank snapshot ("
            + why
            + "); delete the bank's "
            + BankCache.FILE
            + " file, if any, and try again");
  }
}
