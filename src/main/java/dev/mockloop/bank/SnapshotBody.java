package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The shape of the records stored here, as the reflective {@code RecordCodec} (in the tests)
   * describes them: {@code BodyCodecTest} fails when a record's components change and this, {@link
   * FrameCodec} and {@link ScenarioCodec} were not changed with them. A snapshot of another shape
   * is not read.
   */
  static final String SCHEMA =
      "dev.mockloop.bank.SnapshotBody$Frame(java.lang.String source, dev.mockloop.bank.Glossary"
          + " glossary, dev.mockloop.bank.LevelGuide guide, java.util.List<dev.mockloop.bank.Problem>"
          + " problems, java.util.List<java.lang.String> shared)\n"
          + "dev.mockloop.bank.Glossary(java.util.List<java.util.List<java.lang.String>> synonyms)\n"
          + "dev.mockloop.bank.LevelGuide(java.util.Map<dev.mockloop.bank.Level,"
          + " dev.mockloop.bank.LevelGuide$Entry> levels, java.util.Map<java.lang.String,"
          + " java.lang.String> principles, java.util.Map<java.lang.String, java.lang.String>"
          + " behavioral)\n"
          + "dev.mockloop.bank.Level enum [L6, L7]\n"
          + "dev.mockloop.bank.LevelGuide$Entry(java.lang.String summary,"
          + " java.util.Map<java.lang.String, java.lang.String> dimensions)\n"
          + "dev.mockloop.bank.Problem(java.lang.String file, int line, int column,"
          + " dev.mockloop.bank.Severity severity, java.lang.String message)\n"
          + "dev.mockloop.bank.Severity enum [ERROR, WARNING]\n"
          + "dev.mockloop.bank.Scenario(java.lang.String id, java.lang.String title,"
          + " java.lang.String topic, java.util.List<java.lang.String> tags, java.lang.String"
          + " source, java.util.Map<dev.mockloop.bank.Level, dev.mockloop.bank.LevelSpec> levels,"
          + " java.lang.String file, java.lang.String sha256, dev.mockloop.bank.QuestionKind kind,"
          + " java.lang.String principle)\n"
          + "dev.mockloop.bank.Level enum [L6, L7]\n"
          + "dev.mockloop.bank.LevelSpec(java.lang.String prompt, java.lang.String context, int"
          + " minutes, java.util.List<dev.mockloop.bank.RubricPoint> rubric,"
          + " java.util.List<dev.mockloop.bank.FollowUp> followUps, java.lang.String modelAnswer,"
          + " dev.mockloop.bank.RubricPoint premise)\n"
          + "dev.mockloop.bank.RubricPoint(java.lang.String id, java.lang.String point,"
          + " java.lang.String dimension, int weight, java.util.List<java.lang.String> any,"
          + " java.util.List<java.util.List<java.lang.String>> all, java.lang.String hint,"
          + " java.lang.String lp)\n"
          + "dev.mockloop.bank.FollowUp(java.lang.String id, java.lang.String ask, int minutes,"
          + " java.util.List<java.lang.String> whenMissing, dev.mockloop.bank.FollowUp$WhenSaid"
          + " whenSaid, java.util.List<dev.mockloop.bank.RubricPoint> rubric, java.lang.String"
          + " modelAnswer)\n"
          + "dev.mockloop.bank.FollowUp$WhenSaid(java.util.List<java.lang.String> points,"
          + " java.util.List<java.lang.String> phrases)\n"
          + "dev.mockloop.bank.QuestionKind enum [BEHAVIORAL, DESIGN]";

  private SnapshotBody() {}

  static byte[] encode(LoadResult result) {
    Bank bank = result.bank();
    List<String> shared = shared(bank.scenarios());
    CodecOut body = new CodecOut();
    FrameCodec.write(
        body, new Frame(bank.source(), bank.glossary(), bank.guide(), result.problems(), shared));
    List<byte[]> sections = new ArrayList<>();
    for (Scenario s : bank.scenarios()) {
      CodecOut one = new CodecOut(shared);
      ScenarioCodec.write(one, s);
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
      ScenarioCodec.write(one, s);
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
    Frame frame = FrameCodec.read(in);
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
            yaml);
    return new LoadResult(
        new Bank(frame.source(), scenarios, frame.glossary(), frame.guide()), frame.problems());
  }
}
