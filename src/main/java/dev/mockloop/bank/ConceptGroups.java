package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a rubric point's {@code all:} field: a list of concept groups, each a list of alternative
 * phrases, e.g. {@code all: [[roll back, revert, undo], [release, deploy]]}. A point with concept
 * groups is covered when every group matches near each other (see docs/question-format.md). An
 * alternative may also be a placeholder for a kind of quantity: {@value #PLACEHOLDER_LIST}.
 */
final class ConceptGroups {
  /** Placeholders that stand for any quantity of a kind in the answer. */
  static final Set<String> PLACEHOLDERS =
      Set.of("<number>", "<money>", "<percent>", "<duration>", "<year>");

  static final String PLACEHOLDER_LIST = "<number>, <money>, <percent>, <duration>, <year>";

  private ConceptGroups() {}

  /** The groups of {@code f}'s optional {@code all} field; problems go to ctx. */
  static List<List<String>> parse(FileContext ctx, Fields f, String who) {
    YamlNode value = f.node("all", false);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof YamlNode.Sequence seq)) {
      ctx.error(
          value,
          "expected a list of concept groups for 'all' of "
              + who
              + ", got "
              + value.describe()
              + "; write it as [[a, b], [c, d]] or one '- [a, b]' per line");
      return List.of();
    }
    if (seq.items().size() < 2) {
      ctx.error(
          value,
          "'all' of "
              + who
              + " has "
              + seq.items().size()
              + " concept group"
              + (seq.items().size() == 1 ? "" : "s")
              + "; it needs at least two (a single group "
              + "is the same as 'any': move its phrases there)");
      return List.of();
    }
    List<List<String>> groups = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      List<String> group = group(ctx, item, who);
      if (group != null) {
        groups.add(group);
      }
    }
    return groups.size() == seq.items().size() ? groups : List.of();
  }

  private static List<String> group(FileContext ctx, YamlNode item, String who) {
    if (!(item instanceof YamlNode.Sequence seq)) {
      ctx.error(
          item,
          "expected a concept group (a list of alternative phrases) in 'all' of "
              + who
              + ", got "
              + item.describe()
              + "; write it as [a, b]");
      return null;
    }
    if (seq.items().isEmpty()) {
      ctx.error(
          item,
          "empty concept group in 'all' of "
              + who
              + "; list the words or phrases that say this part of the idea");
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (YamlNode alt : seq.items()) {
      if (!(alt instanceof YamlNode.Scalar s) || s.text().isBlank()) {
        ctx.error(
            alt, "expected a phrase in a concept group of " + who + ", got " + alt.describe());
        ok = false;
      } else if (s.text().startsWith("<") && !PLACEHOLDERS.contains(s.text())) {
        ctx.error(
            alt,
            "unknown placeholder '"
                + s.text()
                + "' in 'all' of "
                + who
                + "; the placeholders are "
                + PLACEHOLDER_LIST);
        ok = false;
      } else {
        out.add(s.text());
      }
    }
    return ok ? out : null;
  }
}
