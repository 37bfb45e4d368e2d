package dev.mockloop.bank;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * The scenarios of a bank read from a snapshot or cache ({@link BankSnapshot}), each decoded from
 * its own section of the bytes the first time it is asked for: a round needs its own scenario, not
 * the other hundred (or two thousand). The bytes were checked (magic, CRC-32C, schema) before this
 * list was made; a scenario whose stored values its record's checks refuse when it is decoded comes
 * from the bank loaded again from its YAML instead, as a whole refused snapshot would. Immutable
 * and safe to read from any thread: two threads asking for the same scenario at once may both
 * decode it, and one result is kept.
 */
final class ScenarioSections extends AbstractList<Scenario> implements RandomAccess {
  /**
   * Where each scenario's bytes are.
   *
   * @param from the start of each section in {@code bytes}
   * @param to the end of each section
   * @param shared the strings every section may refer to by number ({@link SnapshotBody})
   */
  record Sections(byte[] bytes, int[] from, int[] to, List<String> shared) {
    Sections {
      from = from.clone();
      to = to.clone();
      shared = List.copyOf(shared);
    }
  }

  private final Sections sections;
  private final List<Listing.Entry> entries;
  private final Map<String, Integer> byId;
  private final AtomicReferenceArray<Scenario> decoded;
  private final Supplier<Bank> yaml;
  private Bank reloaded;

  /**
   * @param entries the listing of these scenarios, one per section and in the same order
   * @param yaml the bank loaded from its YAML, for a section that does not decode; null to throw
   */
  ScenarioSections(Sections sections, List<Listing.Entry> entries, Supplier<Bank> yaml) {
    this.sections = sections;
    this.entries = List.copyOf(entries);
    this.yaml = yaml;
    this.decoded = new AtomicReferenceArray<>(sections.from().length);
    this.byId = new HashMap<>(this.entries.size() * 2); // made once, at its size
    for (int i = 0; i < this.entries.size(); i++) {
      byId.putIfAbsent(this.entries.get(i).id(), i);
    }
  }

  @Override
  public int size() {
    return decoded.length();
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

  /** Where each scenario's bytes are. */
  Sections sections() {
    return sections;
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
    String why;
    try {
      CodecIn in =
          new CodecIn(sections.bytes(), sections.from()[i], sections.to()[i], sections.shared());
      Scenario scenario = ScenarioCodec.read(in);
      if (scenario != null && in.atEnd()) {
        return scenario;
      }
      why = "not a scenario";
    } catch (CodecIn.Corrupt e) {
      why = e.getMessage();
    }
    return reread(i, why);
  }

  /** Scenario {@code i} from the bank loaded again, when there is one. */
  private Scenario reread(int i, String why) {
    String id = entries.get(i).id();
    Optional<Scenario> again = yaml == null ? Optional.empty() : reloaded().find(id);
    if (again.isPresent()) {
      return again.get();
    }
    throw new IllegalStateException(
        "scenario '" + id + "' could not be read from the bank snapshot (" + why + ")");
  }

  private synchronized Bank reloaded() {
    if (reloaded == null) {
      reloaded = yaml.get();
    }
    return reloaded;
  }
}
