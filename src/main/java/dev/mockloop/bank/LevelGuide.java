package dev.mockloop.bank;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each level rewards and the rubric dimensions its points use, from the bank's {@code
 * levels.yaml}. Empty when the bank has no such file; {@link #summary} then falls back to {@link
 * Level#rewards()}.
 *
 * @param levels the guide per level, for the levels the file describes
 * @param principles the Leadership Principles a rubric point's {@code lp} may name, id to
 *     description, in file order; empty when the file lists none (then any {@code lp} is taken)
 * @param behavioral the dimensions of behavioural (Leadership Principle) questions, the same at L6
 *     and L7, name to description in file order; empty when the file declares none
 */
public record LevelGuide(
    Map<Level, LevelGuide.Entry> levels,
    Map<String, String> principles,
    Map<String, String> behavioral) {
  /** A guide with no levels described. */
  public static final LevelGuide EMPTY = new LevelGuide(Map.of());

  public LevelGuide(Map<Level, LevelGuide.Entry> levels) {
    this(levels, Map.of(), Map.of());
  }

  public LevelGuide(Map<Level, LevelGuide.Entry> levels, Map<String, String> principles) {
    this(levels, principles, Map.of());
  }

  /**
   * One level's guide.
   *
   * @param summary what answers at this level are rewarded for
   * @param dimensions dimension name to description, in file order
   */
  public record Entry(String summary, Map<String, String> dimensions) {
    public Entry {
      Objects.requireNonNull(summary, "summary");
      dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    }
  }

  public LevelGuide {
    levels = levels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(levels));
    principles =
        principles == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(principles));
    behavioral =
        behavioral == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(behavioral));
  }

  public boolean isEmpty() {
    return levels.isEmpty();
  }

  /** The level's summary from the file, else the built-in one-liner. */
  public String summary(Level level) {
    Entry entry = levels.get(level);
    return entry != null ? entry.summary() : level.rewards();
  }

  /** Dimension name to description for the level, in file order; empty when not described. */
  public Map<String, String> dimensions(Level level) {
    Entry entry = levels.get(level);
    return entry != null ? entry.dimensions() : Map.of();
  }

  /** The dimensions a question of {@code kind} uses at the level; empty when not described. */
  public Map<String, String> dimensions(Level level, QuestionKind kind) {
    return kind == QuestionKind.BEHAVIORAL ? behavioral : dimensions(level);
  }
}
