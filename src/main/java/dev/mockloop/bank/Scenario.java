package dev.mockloop.bank;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One interview scenario from one YAML file.
 *
 * @param id unique in the bank, {@code [a-z0-9-]+}
 * @param title short title
 * @param topic topic folder / filter, e.g. "databases"
 * @param tags free-form tags
 * @param source where the scenario comes from; may be empty
 * @param levels the level specs; at least one of L6 and L7
 * @param file the path it was loaded from, as shown in messages
 * @param sha256 hex SHA-256 of the file's bytes, recorded in transcripts
 * @param kind a design scenario (the default) or a behavioural Leadership Principle question
 * @param principle the Leadership Principle a behavioural question asks about (an id from
 *     levels.yaml); empty for design scenarios
 */
public record Scenario(
    String id,
    String title,
    String topic,
    List<String> tags,
    String source,
    Map<Level, LevelSpec> levels,
    String file,
    String sha256,
    QuestionKind kind,
    String principle) {
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(topic, "topic");
    tags = tags == null ? List.of() : List.copyOf(tags);
    source = source == null ? "" : source;
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("scenario " + id + " has no levels");
    }
    levels = Map.copyOf(new EnumMap<>(levels));
    file = file == null ? "" : file;
    sha256 = sha256 == null ? "" : sha256;
    kind = kind == null ? QuestionKind.DESIGN : kind;
    principle = principle == null ? "" : principle;
  }

  /** A design scenario. */
  public Scenario(
      String id,
      String title,
      String topic,
      List<String> tags,
      String source,
      Map<Level, LevelSpec> levels,
      String file,
      String sha256) {
    this(id, title, topic, tags, source, levels, file, sha256, QuestionKind.DESIGN, "");
  }

  /** True for a behavioural (Leadership Principle) question. */
  public boolean behavioral() {
    return kind == QuestionKind.BEHAVIORAL;
  }

  /** The spec for a level, or null when the scenario lacks it. */
  public LevelSpec level(Level level) {
    return levels.get(level);
  }

  /** The levels this scenario has, in order L6, L7. */
  public Set<Level> levelSet() {
    return new EnumMap<>(levels).keySet();
  }
}
