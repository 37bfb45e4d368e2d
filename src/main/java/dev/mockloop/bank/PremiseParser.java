package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a behavioural level's optional {@code premise:}: the situation a story must be about to
 * answer the question ({@code says}), found by its {@code any} phrases or {@code all} concept
 * groups (docs/question-format.md). A story in which it is nowhere found answers another question.
 */
final class PremiseParser {
  static final List<String> FIELDS = List.of("says", "any", "all");

  /** The id and dimension the premise carries as a point; no rubric point may take them. */
  static final String ID = "premise";

  private PremiseParser() {}

  /** The premise of level {@code f}, or null when absent or wrong (problems go to ctx). */
  static RubricPoint parse(FileContext ctx, Fields level, String name) {
    YamlNode node = level.node(ID, false);
    if (node == null) {
      return null;
    }
    if (ctx.kind() != QuestionKind.BEHAVIORAL) {
      ctx.error(
          level.keyOr(ID),
          "'premise' of "
              + name
              + " is read only for behavioral questions (kind: behavioral); remove it");
      return null;
    }
    int mark = ctx.problemCount();
    String who = "the premise of " + name;
    Fields f = Fields.of(ctx, node, who, FIELDS);
    if (f == null) {
      return null;
    }
    String says = f.prose("says", true);
    List<List<String>> groups = ConceptGroups.parse(ctx, f, who);
    List<String> any = any(ctx, f, who);
    if (any.isEmpty() && groups.isEmpty() && !ctx.errorsSince(mark)) {
      ctx.error(
          node,
          who
              + " has no 'any' phrases and no 'all' groups; write the words that show a story"
              + " is about it");
    }
    if (ctx.errorsSince(mark) || says == null || any.isEmpty() && groups.isEmpty()) {
      return null;
    }
    return new RubricPoint(ID, says, ID, 1, any, groups, "", "");
  }

  private static List<String> any(FileContext ctx, Fields f, String who) {
    if (f.node("any", false) == null) {
      return List.of();
    }
    List<YamlNode.Scalar> nodes = f.scalars("any", true);
    List<String> out = new ArrayList<>();
    if (nodes == null) {
      return out;
    }
    for (YamlNode.Scalar s : nodes) {
      if (s.text().isBlank()) {
        ctx.error(s, "empty phrase in 'any' of " + who + "; remove it or write the phrase");
      } else {
        out.add(s.text());
      }
    }
    return out;
  }
}
