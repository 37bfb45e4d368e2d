package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A follow-up's {@code when_said: {points: [...], phrases: [...]}}: the main-rubric points (of the
 * same level) and phrases whose presence in the main answer makes it a dive-deep probe.
 */
final class WhenSaidParser {
  static final List<String> FIELDS = List.of("points", "phrases");

  private WhenSaidParser() {}

  static FollowUp.WhenSaid parse(
      FileContext ctx, Fields followUp, Set<String> pointIds, Level lvl) {
    YamlNode node = followUp.node("when_said", false);
    if (node == null) {
      return FollowUp.WhenSaid.NONE;
    }
    int mark = ctx.problemCount();
    Fields f = Fields.of(ctx, node, "when_said", FIELDS);
    if (f == null) {
      return FollowUp.WhenSaid.NONE;
    }
    List<String> points = new ArrayList<>();
    List<YamlNode.Scalar> pointNodes = f.scalars("points", false);
    for (YamlNode.Scalar s : pointNodes == null ? List.<YamlNode.Scalar>of() : pointNodes) {
      if (pointIds.contains(s.text())) {
        points.add(s.text());
      } else {
        ctx.error(
            s,
            "when_said names point '"
                + s.text()
                + "', which is not a point of the "
                + lvl
                + " rubric"
                + Suggest.didYouMean(s.text(), pointIds));
      }
    }
    List<String> phrases = new ArrayList<>();
    List<YamlNode.Scalar> phraseNodes = f.scalars("phrases", false);
    for (YamlNode.Scalar s : phraseNodes == null ? List.<YamlNode.Scalar>of() : phraseNodes) {
      if (s.text().isBlank()) {
        ctx.error(s, "empty phrase in when_said; remove it or write the phrase");
      } else {
        phrases.add(s.text());
      }
    }
    boolean none =
        (pointNodes == null || pointNodes.isEmpty())
            && (phraseNodes == null || phraseNodes.isEmpty());
    if (none && !ctx.errorsSince(mark)) {
      ctx.error(
          followUp.keyOr("when_said"),
          "when_said needs 'points' (ids of the "
              + lvl
              + " rubric) and/or 'phrases', e.g. when_said: {phrases: [circuit breaker]}");
    }
    return new FollowUp.WhenSaid(points, phrases);
  }
}
