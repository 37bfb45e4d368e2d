package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses the optional bank-root files {@code glossary.yaml} and {@code levels.yaml}. */
final class RootFiles {
  static final String GLOSSARY = "glossary.yaml";
  static final String LEVELS = "levels.yaml";

  private RootFiles() {}

  /** {@code synonyms: [[p99, 99th percentile], ...]}: groups of at least two phrases. */
  static GlossaryIndex glossary(FileContext ctx, YamlNode root) {
    Fields fields = Fields.of(ctx, root, GLOSSARY, List.of("synonyms"));
    List<YamlNode> groups = fields == null ? null : fields.items("synonyms", true);
    if (groups == null) {
      return GlossaryIndex.EMPTY;
    }
    List<List<String>> synonyms = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (YamlNode group : groups) {
      if (!(group instanceof YamlNode.Sequence seq)) {
        ctx.error(
            group,
            "expected a synonym group as a list of phrases, e.g. [p99, tail latency],"
                + " got "
                + group.describe());
        continue;
      }
      List<String> phrases = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        if (!(item instanceof YamlNode.Scalar s) || s.text().isBlank()) {
          ctx.error(
              item, "expected a non-empty phrase in the synonym group, got " + item.describe());
          continue;
        }
        Integer earlier = seen.putIfAbsent(GlossaryIndex.normalize(s.text()), seq.line());
        if (earlier != null && earlier != seq.line()) {
          ctx.error(
              s,
              "phrase '"
                  + s.text()
                  + "' is already in the group at line "
                  + earlier
                  + "; merge the two groups");
        }
        phrases.add(s.text());
      }
      if (seq.items().size() < 2) {
        ctx.error(seq, "a synonym group needs at least two phrases, got " + seq.items().size());
      } else if (phrases.size() >= 2) {
        synonyms.add(phrases);
        lines.add(seq.line());
      }
    }
    return new GlossaryIndex(new Glossary(synonyms), ctx.file(), lines);
  }

  /** {@code levels: {L6: {summary: ..., dimensions: {name: description}}, L7: ...}}. */
  static LevelGuide levels(FileContext ctx, YamlNode root) {
    Fields fields = Fields.of(ctx, root, LEVELS, List.of("levels", "principles", "behavioral"));
    YamlNode levels = fields == null ? null : fields.node("levels", true);
    if (levels == null) {
      return LevelGuide.EMPTY;
    }
    if (!(levels instanceof YamlNode.Mapping map)) {
      ctx.error(levels, "expected a mapping of L6 and L7 for 'levels', got " + levels.describe());
      return LevelGuide.EMPTY;
    }
    Map<Level, LevelGuide.Entry> entries = new EnumMap<>(Level.class);
    for (var e : map.entries().entrySet()) {
      Optional<Level> level = levelKey(ctx, map.keys().get(e.getKey()));
      Fields lf =
          Fields.of(ctx, e.getValue(), "level " + e.getKey(), List.of("summary", "dimensions"));
      if (level.isEmpty() || lf == null) {
        continue;
      }
      String summary = lf.text("summary", true);
      Map<String, String> dimensions = dimensions(ctx, lf.node("dimensions", true));
      if (summary != null) {
        entries.put(level.get(), new LevelGuide.Entry(summary, dimensions));
      }
    }
    return new LevelGuide(
        entries,
        principles(ctx, fields.node("principles", false)),
        behavioral(ctx, fields.node("behavioral", false)));
  }

  /** {@code behavioral: {dimensions: {situation: ..., ...}}}: the same at L6 and L7. */
  private static Map<String, String> behavioral(FileContext ctx, YamlNode node) {
    if (node == null) {
      return Map.of();
    }
    Fields f = Fields.of(ctx, node, "behavioral", List.of("dimensions"));
    return f == null ? Map.of() : dimensions(ctx, f.node("dimensions", true));
  }

  private static Map<String, String> dimensions(FileContext ctx, YamlNode dims) {
    Map<String, String> dimensions = new LinkedHashMap<>();
    if (dims instanceof YamlNode.Mapping dm) {
      for (var d : dm.entries().entrySet()) {
        if (d.getValue() instanceof YamlNode.Scalar s && !s.text().isBlank()) {
          dimensions.put(d.getKey(), s.text());
        } else {
          ctx.error(
              d.getValue(),
              "expected a one-line description of dimension '"
                  + d.getKey()
                  + "', got "
                  + d.getValue().describe());
        }
      }
    } else if (dims != null) {
      ctx.error(
          dims, "expected a mapping of dimension name to description, got " + dims.describe());
    }
    return dimensions;
  }

  /** {@code principles: {dive-deep: description, ...}}: the ids an {@code lp} tag may use. */
  private static Map<String, String> principles(FileContext ctx, YamlNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof YamlNode.Mapping map)) {
      ctx.error(
          node,
          "expected a mapping of principle id to description for 'principles', got "
              + node.describe());
      return out;
    }
    for (var e : map.entries().entrySet()) {
      if (e.getValue() instanceof YamlNode.Scalar s
          && !s.text().isBlank()
          && e.getKey().matches("[a-z0-9-]+")) {
        out.put(e.getKey(), s.text());
      } else {
        ctx.error(
            e.getValue(),
            "expected a principle id of [a-z0-9-] with a one-line "
                + "description, got '"
                + e.getKey()
                + "'");
      }
    }
    return out;
  }

  /** The level a key names ("L6" or "L7" exactly), reporting anything else. */
  static Optional<Level> levelKey(FileContext ctx, YamlNode.Scalar key) {
    for (Level level : Level.values()) {
      if (level.name().equals(key.text())) {
        return Optional.of(level);
      }
    }
    Optional<Level> loose = Level.parse(key.text());
    String hint = loose.map(l -> "; did you mean '" + l + "'?").orElse("; use L6 or L7");
    ctx.error(key, "unknown level '" + key.text() + "'" + hint);
    return Optional.empty();
  }
}
