package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses and checks one rubric (a level's main rubric or a follow-up's). */
final class RubricParser {
  static final List<String> POINT_FIELDS =
      List.of("id", "point", "dimension", "weight", "any", "all", "hint", "lp");

  /** Fewer phrases than this in {@code any} draws a warning. */
  static final int FEW_PHRASES = 3;

  private final FileContext ctx;
  private final Level level;
  private final String owner;
  private final Map<String, YamlNode.Scalar> ids = new LinkedHashMap<>();

  /** Per glossary group, the first point and phrase of this rubric seen in it. */
  private final Map<Integer, String[]> groupUse = new HashMap<>();

  private RubricParser(FileContext ctx, Level level, String owner) {
    this.ctx = ctx;
    this.level = level;
    this.owner = owner;
  }

  /** The valid points of {@code fields}' required {@code rubric} list; problems go to ctx. */
  static List<RubricPoint> parse(FileContext ctx, Fields fields, Level level, String owner) {
    return parse(ctx, fields, level, owner, new HashSet<>());
  }

  /**
   * As {@link #parse(FileContext, Fields, Level, String)}, adding to {@code idsOut} every
   * well-formed point id written, valid point or not (so references to a point with some other
   * error are not reported as unknown).
   */
  static List<RubricPoint> parse(
      FileContext ctx, Fields fields, Level level, String owner, Set<String> idsOut) {
    List<YamlNode> items = fields.items("rubric", true);
    if (items == null) {
      return List.of();
    }
    if (items.isEmpty()) {
      ctx.error(
          fields.keyOr("rubric"), "the rubric of " + owner + " has no points; add at least one");
    }
    RubricParser parser = new RubricParser(ctx, level, owner);
    List<RubricPoint> points = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      RubricPoint point = parser.point(items.get(i), i + 1);
      if (point != null) {
        points.add(point);
      }
    }
    idsOut.addAll(parser.ids.keySet());
    return points;
  }

  private RubricPoint point(YamlNode node, int number) {
    int mark = ctx.problemCount();
    Fields f = Fields.of(ctx, node, "rubric point " + number + " of " + owner, POINT_FIELDS);
    if (f == null) {
      return null;
    }
    String id = Ids.check(ctx, f, "point", ids, owner);
    String point = f.prose("point", true);
    String dimension = dimension(f);
    int weight = f.integer("weight", 1, 5, false, 1);
    String who = "point '" + (id != null ? id : rawId(f) == null ? "?" : rawId(f)) + "'";
    List<List<String>> concepts = ConceptGroups.parse(ctx, f, who);
    List<String> phrases = phrases(f, id != null ? id : rawId(f), concepts.isEmpty());
    String hint = f.prose("hint", false);
    String lp = principle(f);
    if (ctx.errorsSince(mark)
        || id == null
        || point == null
        || phrases.isEmpty() && concepts.isEmpty()) {
      return null;
    }
    return new RubricPoint(id, point, dimension, weight, phrases, concepts, hint, lp);
  }

  /** The point's optional {@code lp} tag, checked against levels.yaml's principles. */
  private String principle(Fields f) {
    String lp = f.text("lp", false);
    Map<String, String> listed = ctx.guide().principles();
    if (lp != null && !listed.isEmpty() && !listed.containsKey(lp)) {
      ctx.error(
          f.node("lp", false),
          "unknown Leadership Principle '"
              + lp
              + "'"
              + Suggest.didYouMean(lp, listed.keySet())
              + "; the principles are listed in "
              + "levels.yaml");
    }
    return lp;
  }

  private static String rawId(Fields f) {
    return f.node("id", false) instanceof YamlNode.Scalar s ? s.text() : null;
  }

  private String dimension(Fields f) {
    String dimension = f.text("dimension", false);
    String name = dimension == null ? "general" : dimension;
    YamlNode at = f.keyOr("dimension");
    YamlNode value = f.node("dimension", false);
    ctx.useDimension(name, value != null ? value : at);
    boolean behavioral = ctx.kind() == QuestionKind.BEHAVIORAL;
    Map<String, String> listed = ctx.guide().dimensions(level, ctx.kind());
    if (!listed.isEmpty() && !listed.containsKey(name)) {
      String hint = Suggest.didYouMean(name, listed.keySet());
      ctx.warning(
          value != null ? value : at,
          "dimension '"
              + name
              + "'"
              + (dimension == null ? " (the default)" : "")
              + " is not listed for "
              + (behavioral ? "behavioral questions under 'behavioral:'" : level.toString())
              + " in levels.yaml ("
              + String.join(", ", listed.keySet())
              + ")"
              + hint);
    }
    return dimension;
  }

  private List<String> phrases(Fields f, String id, boolean required) {
    if (!required && f.node("any", false) == null) {
      return List.of();
    }
    List<YamlNode.Scalar> nodes = f.scalars("any", true);
    if (nodes == null) {
      return List.of();
    }
    String who = "point '" + (id == null ? "?" : id) + "'";
    if (nodes.isEmpty()) {
      ctx.error(f.keyOr("any"), "'any' of " + who + " is empty; list the phrases that cover it");
      return List.of();
    }
    List<String> phrases = new ArrayList<>();
    for (YamlNode.Scalar s : nodes) {
      if (s.text().isBlank()) {
        ctx.error(s, "empty phrase in 'any' of " + who + "; remove it or write the phrase");
        continue;
      }
      phrases.add(s.text());
      checkGlossary(s, id);
    }
    if (required && nodes.size() < FEW_PHRASES) {
      ctx.warning(
          f.keyOr("any"),
          who
              + " has only "
              + nodes.size()
              + " phrase"
              + (nodes.size() == 1 ? "" : "s")
              + " in 'any'; add aliases (abbreviations, numbers"
              + " written other ways, synonyms) so more answers match");
    }
    return phrases;
  }

  /** Reports a glossary group that makes this phrase a synonym of another point's phrase. */
  private void checkGlossary(YamlNode.Scalar phrase, String id) {
    int group = ctx.glossary().group(phrase.text());
    if (group < 0 || id == null) {
      return;
    }
    String[] first = groupUse.putIfAbsent(group, new String[] {id, phrase.text()});
    if (first != null
        && !first[0].equals(id)
        && !GlossaryIndex.normalize(first[1]).equals(GlossaryIndex.normalize(phrase.text()))) {
      ctx.error(
          phrase,
          ctx.glossary().describe(group)
              + " joins two points of "
              + owner
              + ": '"
              + first[0]
              + "' ('"
              + first[1]
              + "') and '"
              + id
              + "' ('"
              + phrase.text()
              + "'); an answer covering one would cover both: split the group or reword a phrase");
    }
  }
}
