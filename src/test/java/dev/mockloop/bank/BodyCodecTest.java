package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ScenarioCodec} and {@link FrameCodec}, written by hand, against {@link RecordCodec}, which
 * derives the same bytes from the records' components by reflection: a component added, removed,
 * renamed or retyped changes the derived schema, and a component not written changes the bytes.
 */
class BodyCodecTest {
  private static final RecordCodec FRAME = new RecordCodec(SnapshotBody.Frame.class);
  private static final RecordCodec SCENARIO = new RecordCodec(Scenario.class);

  @Test
  void theSchemaIsTheOneTheRecordsComponentsGive() {
    assertThat(SnapshotBody.SCHEMA).isEqualTo(FRAME.schema() + "\n" + SCENARIO.schema());
  }

  @Test
  void everyScenarioOfTheShippedBankIsWrittenAsTheRecordsComponentsAreAndReadsBackEqual() {
    LoadResult shipped = BankLoader.loadBundledYaml();
    for (Scenario s : shipped.bank().scenarios()) {
      assertSameBytesAndBack(s);
    }
    Bank bank = shipped.bank();
    assertSameBytesAndBack(
        new SnapshotBody.Frame(
            bank.source(), bank.glossary(), bank.guide(), shipped.problems(), List.of("a", "b")));
  }

  @Test
  void everyFieldSetOrLeftOutIsWrittenAndReadBack(@TempDir Path dir) {
    GeneratedBank.write(dir, 3);
    for (Scenario s : BankLoader.load(dir).bank().scenarios()) {
      assertSameBytesAndBack(s);
    }
    RubricPoint all =
        new RubricPoint(
            "p1",
            "Point “one”",
            "",
            5,
            List.of(),
            List.of(List.of("a", "b"), List.of("c")),
            "a hint",
            "ownership");
    RubricPoint any = new RubricPoint("p2", "Two", "analysis", 1, List.of("x"), null, null, null);
    FollowUp f =
        new FollowUp(
            "f1",
            "Why?",
            4,
            List.of("p1"),
            new FollowUp.WhenSaid(List.of("p2"), List.of("cache")),
            List.of(any),
            "because");
    LevelSpec l6 = new LevelSpec("Ask", null, 12, List.of(all, any), List.of(f), "model");
    LevelSpec l7 = new LevelSpec("Ask more", "ctx", 120, List.of(any), null, null);
    assertSameBytesAndBack(
        new Scenario(
            "s-1",
            "T",
            "topic",
            List.of("t1", "t2"),
            "seed",
            Map.of(Level.L6, l6, Level.L7, l7),
            "topic/s-1.yaml",
            "ab12",
            QuestionKind.BEHAVIORAL,
            "ownership"));
    assertSameBytesAndBack(
        new Scenario("s-2", "T", "t", null, null, Map.of(Level.L7, l7), null, null, null, null));
    assertSameBytesAndBack(
        new SnapshotBody.Frame(
            null,
            new Glossary(List.of(List.of("p99", "tail latency"))),
            new LevelGuide(
                Map.of(Level.L7, new LevelGuide.Entry("sum", Map.of("d", "desc"))),
                Map.of("ownership", "Owns it"),
                null),
            List.of(Problem.error("a.yaml", 3, 4, "bad"), Problem.warning("b.yaml", 0, 0, "w")),
            List.of()));
    assertSameBytesAndBack(new SnapshotBody.Frame("s", null, null, null, null));
  }

  @Test
  void storedValuesARecordRefusesAreDamage() {
    LevelSpec spec =
        new LevelSpec(
            "Ask", "", 12, List.of(new RubricPoint("p", "P", "", 1, List.of("x"), "")), null, "");
    Scenario s = new Scenario("s", "T", "t", null, null, Map.of(Level.L6, spec), null, null);
    CodecOut out = new CodecOut();
    ScenarioCodec.write(out, s);
    byte[] bytes = out.toByteArray();
    int at = indexOfMinutes(bytes);
    bytes[at] = 0; // 12 minutes become 0, which LevelSpec refuses
    assertThatThrownBy(() -> ScenarioCodec.read(new CodecIn(bytes, 0, bytes.length)))
        .isInstanceOf(CodecIn.Corrupt.class)
        .hasMessageContaining("minutes");
    byte[] none = {0};
    assertThat(ScenarioCodec.read(new CodecIn(none, 0, 1))).isNull();
    assertThat(FrameCodec.read(new CodecIn(none, 0, 1))).isNull();
    byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), 9);
    assertThatThrownBy(() -> ScenarioCodec.read(new CodecIn(cut, 0, cut.length)))
        .isInstanceOf(CodecIn.Corrupt.class);
  }

  /** The byte that holds the 12 of the only level's minutes (present mark 1, then 12). */
  private static int indexOfMinutes(byte[] bytes) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == 1 && bytes[i + 1] == 12) {
        found.add(i + 1);
      }
    }
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static void assertSameBytesAndBack(Object value) {
    boolean scenario = value instanceof Scenario;
    RecordCodec reference = scenario ? SCENARIO : FRAME;
    CodecOut expected = new CodecOut();
    reference.write(expected, value);
    CodecOut actual = new CodecOut();
    if (scenario) {
      ScenarioCodec.write(actual, (Scenario) value);
    } else {
      FrameCodec.write(actual, (SnapshotBody.Frame) value);
    }
    byte[] bytes = actual.toByteArray();
    assertThat(bytes).isEqualTo(expected.toByteArray());
    CodecIn in = new CodecIn(bytes, 0, bytes.length);
    Object back = scenario ? ScenarioCodec.read(in) : FrameCodec.read(in);
    assertThat(in.atEnd()).isTrue();
    assertThat(back).isEqualTo(value);
    assertThat(reference.read(new CodecIn(bytes, 0, bytes.length))).isEqualTo(back);
  }
}
