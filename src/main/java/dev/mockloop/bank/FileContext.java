package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * What parsing one scenario file needs and collects: the file's display name, the problem list, the
 * bank-wide glossary and level guide it is checked against, and the dimensions it uses (for the
 * bank-wide "used only once" check).
 */
final class FileContext {
  /** A rubric dimension as used by one point, with where it is written. */
  record DimensionUse(String dimension, String file, int line, int column) {}

  private final String file;
  private final List<Problem> out;
  private final GlossaryIndex glossary;
  private final LevelGuide guide;
  private final List<DimensionUse> dimensions = new ArrayList<>();
  private QuestionKind kind = QuestionKind.DESIGN;

  FileContext(String file, List<Problem> out, GlossaryIndex glossary, LevelGuide guide) {
    this.file = file;
    this.out = out;
    this.glossary = glossary;
    this.guide = guide;
  }

  String file() {
    return file;
  }

  GlossaryIndex glossary() {
    return glossary;
  }

  LevelGuide guide() {
    return guide;
  }

  /** The kind of the question being parsed, set once its {@code kind} field is read. */
  QuestionKind kind() {
    return kind;
  }

  void kind(QuestionKind kind) {
    this.kind = kind;
  }

  List<DimensionUse> dimensions() {
    return dimensions;
  }

  void useDimension(String dimension, YamlNode at) {
    dimensions.add(new DimensionUse(dimension, file, at.line(), at.column()));
  }

  void error(YamlNode at, String message) {
    out.add(Problem.error(file, at.line(), at.column(), message));
  }

  void warning(YamlNode at, String message) {
    out.add(Problem.warning(file, at.line(), at.column(), message));
  }

  int problemCount() {
    return out.size();
  }

  /** True when an error was added since {@code mark} (a value of {@link #problemCount()}). */
  boolean errorsSince(int mark) {
    return out.subList(mark, out.size()).stream().anyMatch(Problem::isError);
  }
}
