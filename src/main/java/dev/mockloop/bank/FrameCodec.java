package dev.mockloop.bank;

import static dev.mockloop.bank.CodecParts.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body's {@link SnapshotBody.Frame} (glossary, level guide, the load's problems, the shared
 * strings) written and read field by field, without reflection, as {@link ScenarioCodec} does the
 * scenarios; {@link SnapshotBody#SCHEMA} names the components, and {@code BodyCodecTest} fails when
 * a record changes and this class was not changed with it.
 */
final class FrameCodec {
  private static final Level[] LEVELS = Level.values();
  private static final Severity[] SEVERITIES = Severity.values();

  private FrameCodec() {}

  static void write(CodecOut out, SnapshotBody.Frame f) {
    if (present(out, f)) {
      out.string(f.source());
      glossary(out, f.glossary());
      guide(out, f.guide());
      if (CodecParts.size(out, f.problems(), f.problems() == null ? 0 : f.problems().size())) {
        for (Problem p : f.problems()) {
          problem(out, p);
        }
      }
      CodecParts.strings(out, f.shared());
    }
  }

  /**
   * The frame, or null when none was stored.
   *
   * @throws CodecIn.Corrupt when the bytes are out of shape or a record refuses its values
   */
  static SnapshotBody.Frame read(CodecIn in) {
    try {
      if (!in.present()) {
        return null;
      }
      String source = in.string();
      Glossary glossary = in.present() ? new Glossary(CodecParts.stringLists(in)) : null;
      LevelGuide guide = guide(in);
      int n = in.count();
      List<Problem> problems = n < 0 ? null : new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        problems.add(problem(in));
      }
      return new SnapshotBody.Frame(source, glossary, guide, problems, CodecParts.strings(in));
    } catch (CodecIn.Corrupt e) {
      throw e;
    } catch (RuntimeException e) { // a record's checks
      throw new CodecIn.Corrupt("the bank's frame refused its stored values: " + e);
    }
  }

  private static void glossary(CodecOut out, Glossary g) {
    if (present(out, g)) {
      CodecParts.stringLists(out, g.synonyms());
    }
  }

  private static void guide(CodecOut out, LevelGuide g) {
    if (!present(out, g)) {
      return;
    }
    if (CodecParts.size(out, g.levels(), g.levels() == null ? 0 : g.levels().size())) {
      for (Map.Entry<Level, LevelGuide.Entry> e : g.levels().entrySet()) {
        CodecParts.enumName(out, e.getKey());
        LevelGuide.Entry entry = e.getValue();
        if (present(out, entry)) {
          out.string(entry.summary());
          CodecParts.stringMap(out, entry.dimensions());
        }
      }
    }
    CodecParts.stringMap(out, g.principles());
    CodecParts.stringMap(out, g.behavioral());
  }

  private static LevelGuide guide(CodecIn in) {
    if (!in.present()) {
      return null;
    }
    int n = in.count();
    Map<Level, LevelGuide.Entry> levels = n < 0 ? null : new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Level level = CodecParts.enumName(in, LEVELS);
      levels.put(
          level, in.present() ? new LevelGuide.Entry(in.string(), CodecParts.stringMap(in)) : null);
    }
    return new LevelGuide(levels, CodecParts.stringMap(in), CodecParts.stringMap(in));
  }

  private static void problem(CodecOut out, Problem p) {
    if (present(out, p)) {
      out.string(p.file());
      CodecParts.whole(out, p.line());
      CodecParts.whole(out, p.column());
      CodecParts.enumName(out, p.severity());
      out.string(p.message());
    }
  }

  private static Problem problem(CodecIn in) {
    if (!in.present()) {
      return null;
    }
    String file = in.string();
    int line = CodecParts.whole(in);
    int column = CodecParts.whole(in);
    Severity severity = CodecParts.enumName(in, SEVERITIES);
    return new Problem(file, line, column, severity, in.string());
  }
}
