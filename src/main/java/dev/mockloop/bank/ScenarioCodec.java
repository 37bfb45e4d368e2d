package dev.mockloop.bank;

import static dev.mockloop.bank.CodecParts.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Scenario} (with its {@link LevelSpec}s, {@link RubricPoint}s, {@link FollowUp}s) written
 * and read field by field, without reflection: making codecs from the records' components cost
 * 10-14 ms of CPU at every round's start (docs/performance.md). The bytes are those the reflective
 * {@code RecordCodec} (kept in the tests as the reference) writes; {@link SnapshotBody#SCHEMA}
 * names the components, and {@code BodyCodecTest} fails when a record changes and this class was
 * not changed with it.
 */
final class ScenarioCodec {
  private static final Level[] LEVELS = Level.values();
  private static final QuestionKind[] KINDS = QuestionKind.values();

  private ScenarioCodec() {}

  static void write(CodecOut out, Scenario s) {
    if (!present(out, s)) {
      return;
    }
    out.string(s.id());
    out.string(s.title());
    out.string(s.topic());
    CodecParts.strings(out, s.tags());
    out.string(s.source());
    if (CodecParts.size(out, s.levels(), s.levels() == null ? 0 : s.levels().size())) {
      for (Map.Entry<Level, LevelSpec> e : s.levels().entrySet()) {
        CodecParts.enumName(out, e.getKey());
        level(out, e.getValue());
      }
    }
    out.string(s.file());
    out.string(s.sha256());
    CodecParts.enumName(out, s.kind());
    out.string(s.principle());
  }

  /**
   * The scenario, or null when none was stored.
   *
   * @throws CodecIn.Corrupt when the bytes are out of shape or a record refuses its values
   */
  static Scenario read(CodecIn in) {
    try {
      if (!in.present()) {
        return null;
      }
      String id = in.string();
      String title = in.string();
      String topic = in.string();
      List<String> tags = CodecParts.strings(in);
      String source = in.string();
      int n = in.count();
      Map<Level, LevelSpec> levels = n < 0 ? null : new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        Level level = CodecParts.enumName(in, LEVELS);
        levels.put(level, level(in));
      }
      String file = in.string();
      String sha256 = in.string();
      QuestionKind kind = CodecParts.enumName(in, KINDS);
      return new Scenario(id, title, topic, tags, source, levels, file, sha256, kind, in.string());
    } catch (CodecIn.Corrupt e) {
      throw e;
    } catch (RuntimeException e) { // a record's checks
      throw new CodecIn.Corrupt("a scenario refused its stored values: " + e);
    }
  }

  private static void level(CodecOut out, LevelSpec l) {
    if (!present(out, l)) {
      return;
    }
    out.string(l.prompt());
    out.string(l.context());
    CodecParts.whole(out, l.minutes());
    points(out, l.rubric());
    if (CodecParts.size(out, l.followUps(), l.followUps() == null ? 0 : l.followUps().size())) {
      for (FollowUp f : l.followUps()) {
        followUp(out, f);
      }
    }
    out.string(l.modelAnswer());
    point(out, l.premise());
  }

  private static LevelSpec level(CodecIn in) {
    if (!in.present()) {
      return null;
    }
    String prompt = in.string();
    String context = in.string();
    int minutes = CodecParts.whole(in);
    List<RubricPoint> rubric = points(in);
    int n = in.count();
    List<FollowUp> followUps = n < 0 ? null : new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      followUps.add(followUp(in));
    }
    String model = in.string();
    RubricPoint premise = in.present() ? point(in) : null;
    return new LevelSpec(prompt, context, minutes, rubric, followUps, model, premise);
  }

  private static void followUp(CodecOut out, FollowUp f) {
    if (!present(out, f)) {
      return;
    }
    out.string(f.id());
    out.string(f.ask());
    CodecParts.whole(out, f.minutes());
    CodecParts.strings(out, f.whenMissing());
    FollowUp.WhenSaid w = f.whenSaid();
    if (present(out, w)) {
      CodecParts.strings(out, w.points());
      CodecParts.strings(out, w.phrases());
    }
    points(out, f.rubric());
    out.string(f.modelAnswer());
  }

  private static FollowUp followUp(CodecIn in) {
    if (!in.present()) {
      return null;
    }
    String id = in.string();
    String ask = in.string();
    int minutes = CodecParts.whole(in);
    List<String> whenMissing = CodecParts.strings(in);
    FollowUp.WhenSaid whenSaid =
        in.present() ? new FollowUp.WhenSaid(CodecParts.strings(in), CodecParts.strings(in)) : null;
    List<RubricPoint> rubric = points(in);
    return new FollowUp(id, ask, minutes, whenMissing, whenSaid, rubric, in.string());
  }

  private static void points(CodecOut out, List<RubricPoint> points) {
    if (!CodecParts.size(out, points, points == null ? 0 : points.size())) {
      return;
    }
    for (RubricPoint p : points) {
      point(out, p);
    }
  }

  private static void point(CodecOut out, RubricPoint p) {
    if (present(out, p)) {
      out.string(p.id());
      out.string(p.point());
      out.string(p.dimension());
      CodecParts.whole(out, p.weight());
      CodecParts.strings(out, p.any());
      CodecParts.stringLists(out, p.all());
      out.string(p.hint());
      out.string(p.lp());
    }
  }

  private static List<RubricPoint> points(CodecIn in) {
    int n = in.count();
    if (n < 0) {
      return null;
    }
    List<RubricPoint> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.present() ? point(in) : null);
    }
    return out;
  }

  private static RubricPoint point(CodecIn in) {
    String id = in.string();
    String point = in.string();
    String dimension = in.string();
    int weight = CodecParts.whole(in);
    List<String> any = CodecParts.strings(in);
    List<List<String>> all = CodecParts.stringLists(in);
    String hint = in.string();
    return new RubricPoint(id, point, dimension, weight, any, all, hint, in.string());
  }
}
