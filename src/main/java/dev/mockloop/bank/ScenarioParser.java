package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns one scenario file's YAML tree into a {@link Scenario}, reporting every problem in it. */
final class ScenarioParser {
  static final List<String> SCENARIO_FIELDS =
      List.of("id", "kind", "principle", "title", "topic", "tags", "source", "levels");
  // spotless:off
  static final List<String> LEVEL_FIELDS =
      List.of("prompt", "context", "minutes", "rubric", "follow_ups", "model_answer", "premise");
  // spotless:on
  // spotless:off
  static final List<String> FOLLOW_UP_FIELDS =
      List.of("id", "ask", "minutes", "when_missing", "when_said", "rubric", "model_answer");
  // spotless:on
  static final int DEFAULT_FOLLOW_UP_MINUTES = 4;

  /**
   * A parsed scenario file.
   *
   * @param scenario the scenario, or null when the file has errors
   * @param id the id as written (null when missing), with its location, for bank-wide checks
   * @param file the file as shown in messages
   */
  record Parsed(Scenario scenario, YamlNode.Scalar id, String file) {}

  private final FileContext ctx;

  private ScenarioParser(FileContext ctx) {
    this.ctx = ctx;
  }

  static Parsed parse(FileContext ctx, YamlNode root, String sha256) {
    return new ScenarioParser(ctx).scenario(root, sha256);
  }

  private Parsed scenario(YamlNode root, String sha256) {
    int mark = ctx.problemCount();
    Fields f = Fields.of(ctx, root, "the scenario", SCENARIO_FIELDS);
    if (f == null) {
      return new Parsed(null, null, ctx.file());
    }
    String id = Ids.check(ctx, f, "scenario", new LinkedHashMap<>(), "the scenario");
    YamlNode.Scalar idNode = id == null ? null : (YamlNode.Scalar) f.node("id", false);
    String title = f.text("title", true);
    String topic = f.text("topic", true);
    List<YamlNode.Scalar> tagNodes = f.scalars("tags", false);
    List<String> tags =
        tagNodes == null ? List.of() : tagNodes.stream().map(YamlNode.Scalar::text).toList();
    String source = f.text("source", false);
    QuestionKind kind = KindFields.kind(ctx, f);
    String principle = KindFields.principle(ctx, f, kind);
    Map<Level, LevelSpec> levels = levels(f);
    if (ctx.errorsSince(mark)
        || id == null
        || title == null
        || topic == null
        || levels.isEmpty()
        || principle == null) {
      return new Parsed(null, idNode, ctx.file());
    }
    return new Parsed(
        new Scenario(id, title, topic, tags, source, levels, ctx.file(), sha256, kind, principle),
        idNode,
        ctx.file());
  }

  private Map<Level, LevelSpec> levels(Fields f) {
    YamlNode node = f.node("levels", true);
    Map<Level, LevelSpec> levels = new EnumMap<>(Level.class);
    if (node == null) {
      return levels;
    }
    if (!(node instanceof YamlNode.Mapping map)) {
      ctx.error(node, "expected a mapping with L6 and/or L7 for 'levels', got " + node.describe());
      return levels;
    }
    if (map.entries().isEmpty()) {
      ctx.error(f.keyOr("levels"), "the scenario has no levels; add L6 and/or L7");
    }
    for (var e : map.entries().entrySet()) {
      Optional<Level> level = RootFiles.levelKey(ctx, map.keys().get(e.getKey()));
      if (level.isPresent()) {
        LevelSpec spec = level(level.get(), map.keys().get(e.getKey()), e.getValue());
        if (spec != null) {
          levels.put(level.get(), spec);
        }
      }
    }
    return levels;
  }

  private LevelSpec level(Level level, YamlNode.Scalar key, YamlNode node) {
    int mark = ctx.problemCount();
    String name = "level " + level;
    Fields f = Fields.of(ctx, node, name, LEVEL_FIELDS);
    if (f == null) {
      return null;
    }
    String prompt = f.prose("prompt", true);
    String context = f.prose("context", false);
    int minutes = f.integer("minutes", 1, 120, true, 0);
    Set<String> pointIds = new HashSet<>();
    List<RubricPoint> rubric = RubricParser.parse(ctx, f, level, name, pointIds);
    KindFields.checkCore(ctx, key, level, rubric);
    List<FollowUp> followUps = followUps(f, level, pointIds);
    String model = f.prose("model_answer", false);
    if (model == null) {
      ctx.warning(key, name + " has no model_answer; add a strong answer users can compare with");
    }
    RubricPoint premise = PremiseParser.parse(ctx, f, name);
    if (ctx.errorsSince(mark) || prompt == null || minutes == 0 || rubric.isEmpty()) {
      return null;
    }
    return new LevelSpec(prompt, context, minutes, rubric, followUps, model, premise);
  }

  private List<FollowUp> followUps(Fields level, Level lvl, Set<String> pointIds) {
    List<YamlNode> items = level.items("follow_ups", false);
    List<FollowUp> result = new ArrayList<>();
    if (items == null) {
      return result;
    }
    Map<String, YamlNode.Scalar> ids = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      int mark = ctx.problemCount();
      String name = "follow-up " + (i + 1) + " of level " + lvl;
      Fields f = Fields.of(ctx, items.get(i), name, FOLLOW_UP_FIELDS);
      if (f == null) {
        continue;
      }
      String id = Ids.check(ctx, f, "follow-up", ids, "level " + lvl);
      String ask = f.prose("ask", true);
      int minutes = f.integer("minutes", 1, 120, false, DEFAULT_FOLLOW_UP_MINUTES);
      List<String> whenMissing = whenMissing(f, pointIds, lvl);
      FollowUp.WhenSaid whenSaid = WhenSaidParser.parse(ctx, f, pointIds, lvl);
      String owner = id == null ? name : "follow-up '" + id + "' of level " + lvl;
      List<RubricPoint> rubric = RubricParser.parse(ctx, f, lvl, owner);
      String model = f.prose("model_answer", false);
      if (!ctx.errorsSince(mark) && id != null && ask != null && !rubric.isEmpty()) {
        result.add(new FollowUp(id, ask, minutes, whenMissing, whenSaid, rubric, model));
      }
    }
    return result;
  }

  private List<String> whenMissing(Fields f, Set<String> pointIds, Level lvl) {
    List<YamlNode.Scalar> nodes = f.scalars("when_missing", false);
    if (nodes == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (YamlNode.Scalar s : nodes) {
      if (!pointIds.contains(s.text())) {
        ctx.error(
            s,
            "when_missing names '"
                + s.text()
                + "', which is not a point of the "
                + lvl
                + " rubric"
                + Suggest.didYouMean(s.text(), pointIds));
      } else {
        ids.add(s.text());
      }
    }
    return ids;
  }
}
