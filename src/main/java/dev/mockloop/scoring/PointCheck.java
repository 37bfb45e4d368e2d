package dev.mockloop.scoring;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why the scorer does or does not credit a point for one sentence, concept group by concept group:
 * what {@code review disputes} shows under a sentence a user marked as covering a missed point, so
 * a bank author sees which group lacks the user's words (or which words were read as negated or as
 * restating the question) without running the scorer by hand.
 */
public final class PointCheck {
  private static final int SHOWN_ALTERNATIVES = 6;

  private PointCheck() {}

  /** What one concept group finds in the sentence. */
  public record Group(
      List<String> alternatives, int more, List<String> found, List<String> refused) {
    public Group {
      alternatives = List.copyOf(alternatives);
      found = List.copyOf(found);
      refused = List.copyOf(refused);
    }
  }

  /**
   * @param credited whether the bank as it stands credits the point for the sentence alone
   * @param groups the point's concept groups, in order (empty for a point of {@code any} phrases)
   */
  public record Result(boolean credited, List<Group> groups) {
    public Result {
      groups = List.copyOf(groups);
    }
  }

  record Input(AnalyzedAnswer answer, CompiledRubric rubric) {}

  /**
   * The check of point {@code pointId} of the main rubric ({@code followUp} null) or of a
   * follow-up's, for {@code sentence}; empty when the bank no longer has that point.
   */
  public static Optional<Result> of(
      Scorer scorer,
      String sentence,
      Scenario scenario,
      Level level,
      FollowUp followUp,
      String pointId) {
    if (scenario.level(level) == null) {
      return Optional.empty();
    }
    Input in = scorer.checkInput(sentence, scenario, level, followUp);
    int index = -1;
    for (int i = 0; i < in.rubric().points.size(); i++) {
      if (in.rubric().points.get(i).id().equals(pointId)) {
        index = i;
      }
    }
    if (index < 0) {
      return Optional.empty();
    }
    List<PointResult> points =
        (followUp == null
                ? scorer.scoreMain(sentence, scenario, level)
                : scorer.scoreFollowUp(sentence, scenario, level, followUp))
            .points();
    boolean credited = points.stream().anyMatch(p -> p.id().equals(pointId) && p.covered());
    RubricMatcher matcher = new RubricMatcher(in.answer());
    List<Group> groups = new ArrayList<>();
    for (List<Phrase> group : in.rubric().groups.get(index)) {
      groups.add(group(matcher, group));
    }
    return Optional.of(new Result(credited, groups));
  }

  private static Group group(RubricMatcher matcher, List<Phrase> alternatives) {
    List<String> shown = new ArrayList<>();
    List<String> found = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Phrase alt : alternatives) {
      if (alt.inverted()) {
        continue; // the negated reading of an alternative written with "no": not one to list
      }
      if (shown.size() < SHOWN_ALTERNATIVES) {
        shown.add(alt.text());
      }
      for (int[] span : matcher.spans(alt)) {
        Mention m = matcher.mention(span, alt);
        String words = m.evidence().text();
        if (m.negated()) {
          add(refused, words + " (negated)");
        } else if (m.echo()) {
          add(refused, words + " (restates the question)");
        } else {
          add(found, words);
        }
      }
    }
    int total = (int) alternatives.stream().filter(a -> !a.inverted()).count();
    return new Group(shown, total - shown.size(), found, refused);
  }

  private static void add(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }
}
