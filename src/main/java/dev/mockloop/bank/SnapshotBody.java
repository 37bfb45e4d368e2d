package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The body of a {@link BankSnapshot}: a {@link Frame} (the bank without its scenarios, and the
 * problems of its load), the number of scenarios and each one's length in bytes, then each scenario
 * in a section of its own (with its own string table), so that it can be decoded alone ({@link
 * ScenarioSections}).
 */
final class SnapshotBody {
  /**
   * The bank apart from its scenarios, the problems of its load, and the strings that more than one
   * scenario holds (each section refers to them by number instead of holding its own copy).
   */
  record Frame(
      String source,
      Glossary glossary,
      LevelGuide guide,
      List<Problem> problems,
      List<String> shared) {}

  private static final RecordCodec FRAME = new RecordCodec(Frame.class);
  private static final RecordCodec SCENARIO = new RecordCodec(Scenario.class);

  /** The shape of the records stored here. */
  static final String SCHEMA = FRAME.schema() + "\n" + SCENARIO.schema();

  private SnapshotBody() {}

  /**
   * Starts making this class's codecs (built from the records by reflection: 10-14 ms of CPU before
   * anything is compiled) on a thread of their own, for a caller about to read a whole snapshot,
   * whose head is read and decoded meanwhile. Whoever needs them first waits for them (the class is
   * initialised once).
   */
  static void prepare() {
    Thread t = new Thread(new MakeCodecs(), "mockloop-codecs");
    t.setDaemon(true);
    t.start();
  }

  /** A class, not a lambda: the first lambda of a run costs more than this thread saves. */
  private static final class MakeCodecs implements Runnable {
    @Override
    public void run() {
      try {
        Objects.requireNonNull(SCHEMA);
      } catch (RuntimeException | LinkageError e) {
        // the reader that needs them meets the same failure, and reports it
      }
    }
  }

  static byte[] encode(LoadResult result) {
    Bank bank = result.bank();
    List<String> shared = shared(bank.scenarios());
    CodecOut body = new CodecOut();
    FRAME.write(
        body, new Frame(bank.source(), bank.glossary(), bank.guide(), result.problems(), shared));
    List<byte[]> sections = new ArrayList<>();
    for (Scenario s : bank.scenarios()) {
      CodecOut one = new CodecOut(shared);
      SCENARIO.write(one, s);
      sections.add(one.toByteArray());
    }
    body.varlong(sections.size());
    sections.forEach(b -> body.varlong(b.length));
    sections.forEach(body::raw);
    return body.toByteArray();
  }

  /** Strings written by more than one scenario, in the order first written. */
  private static List<String> shared(List<Scenario> scenarios) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Scenario s : scenarios) {
      CodecOut one = new CodecOut();
      SCENARIO.write(one, s);
      one.written().forEach(w -> seen.merge(w, 1, Integer::sum));
    }
    List<String> out = new ArrayList<>();
    seen.forEach(
        (w, n) -> {
          if (n > 1) {
            out.add(w);
          }
        });
    return out;
  }

  /**
   * The load stored from {@code start} to the end of {@code bytes} (already checked against its
   * CRC), its scenarios left to decode when asked for; null when it is out of shape or does not
   * match {@code listing}; a scenario that cannot be decoded after all comes from {@code yaml} (may
   * be null: it then throws).
   *
   * @throws CodecIn.Corrupt when the frame does not decode
   */
  static LoadResult decode(byte[] bytes, int start, Listing listing, Supplier<Bank> yaml) {
    CodecIn in = new CodecIn(bytes, start, bytes.length);
    Frame frame = (Frame) FRAME.read(in);
    long n = in.varlong();
    if (frame == null || n != listing.entries().size()) {
      return null;
    }
    long[] lengths = new long[(int) n];
    for (int i = 0; i < n; i++) {
      lengths[i] = in.varlong();
    }
    int[] from = new int[(int) n];
    int[] to = new int[(int) n];
    long at = in.position();
    for (int i = 0; i < n; i++) {
      if (lengths[i] < 0 || lengths[i] > bytes.length - at) {
        return null;
      }
      from[i] = (int) at;
      at += lengths[i];
      to[i] = (int) at;
    }
    if (at != bytes.length) {
      return null;
    }
    List<Scenario> scenarios =
        new ScenarioSections(
            new ScenarioSections.Sections(bytes, from, to, frame.shared()),
            listing.entries(),
            SCENARIO,
            yaml);
    return new LoadResult(
        new Bank(frame.source(), scenarios, frame.glossary(), frame.guide()), frame.problems());
  }
}
