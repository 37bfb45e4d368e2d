package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.Said;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses the follow-ups to ask after a main answer, the way a bar raiser does: first a dive-deep
 * probe ({@code when_said}) on the candidate's strongest claim, then a gap probe ({@code
 * when_missing}) on the biggest miss, then the other triggered probes by strength, then the
 * follow-ups with no trigger in file order; at most {@code max} in all. A {@code when_said}
 * follow-up whose points and phrases the answer did not give (and whose {@code when_missing}, if
 * any, did not fire) is not asked. See docs/practice.md.
 */
public final class FollowUpChooser {
  /**
   * The strength of a claim made only by a when_said phrase (a covered point counts its weight).
   */
  static final int PHRASE_STRENGTH = 2;

  private FollowUpChooser() {}

  /** Why a follow-up qualifies: a dive or a gap, how strong, and the words to show in review. */
  private record Trigger(FollowUp followUp, boolean dive, int strength, String why, int order) {}

  public static List<FollowUp> choose(List<FollowUp> available, ScoreCard mainCard, int max) {
    List<Trigger> dives = new ArrayList<>();
    List<Trigger> gaps = new ArrayList<>();
    List<FollowUp> plain = new ArrayList<>();
    for (int i = 0; i < available.size(); i++) {
      FollowUp f = available.get(i);
      Optional<Trigger> dive = dive(f, mainCard, i);
      Optional<Trigger> gap = gap(f, mainCard, i);
      if (dive.isPresent()) {
        dives.add(dive.get());
      } else if (gap.isPresent()) {
        gaps.add(gap.get());
      } else if (f.whenSaid().isEmpty()) {
        plain.add(f);
      }
    }
    Comparator<Trigger> strongest =
        Comparator.comparingInt(Trigger::strength).reversed().thenComparingInt(Trigger::order);
    dives.sort(strongest);
    gaps.sort(strongest);
    List<FollowUp> out = new ArrayList<>();
    int d = 0;
    int g = 0;
    while (d < dives.size() || g < gaps.size()) {
      if (d < dives.size() && (out.size() % 2 == 0 || g >= gaps.size())) {
        out.add(dives.get(d++).followUp());
      } else {
        out.add(gaps.get(g++).followUp());
      }
    }
    out.addAll(plain);
    return List.copyOf(out.subList(0, Math.min(max, out.size())));
  }

  /**
   * Why {@code f} was asked after {@code mainCard}, in words for review ("You said 'bulkhead'",
   * "You did not cover: ..."); empty for a follow-up asked without a trigger.
   */
  public static String why(FollowUp f, ScoreCard mainCard) {
    return dive(f, mainCard, 0).or(() -> gap(f, mainCard, 0)).map(Trigger::why).orElse("");
  }

  private static Optional<Trigger> dive(FollowUp f, ScoreCard card, int order) {
    Map<String, PointResult> byId = points(card);
    Optional<PointResult> claim =
        f.whenSaid().points().stream()
            .map(byId::get)
            .filter(p -> p != null && p.covered())
            .max(Comparator.comparingInt(PointResult::weight));
    Optional<Said> said = card.said().stream().filter(s -> s.followUp().equals(f.id())).findFirst();
    if (claim.isPresent()) {
      PointResult p = claim.get();
      String words = p.evidence().isEmpty() ? "" : " (\"" + p.evidence().get(0).text() + "\")";
      return Optional.of(
          new Trigger(
              f,
              true,
              Math.max(p.weight(), said.isPresent() ? PHRASE_STRENGTH : 0),
              "Dive deep: you covered \"" + p.point() + "\"" + words,
              order));
    }
    return said.map(
        s ->
            new Trigger(
                f,
                true,
                PHRASE_STRENGTH,
                "Dive deep: you said \"" + s.evidence().text() + "\"",
                order));
  }

  private static Optional<Trigger> gap(FollowUp f, ScoreCard card, int order) {
    Map<String, PointResult> byId = points(card);
    return f.whenMissing().stream()
        .map(byId::get)
        .filter(p -> p != null && !p.covered())
        .max(Comparator.comparingInt(PointResult::weight))
        .map(
            p ->
                new Trigger(
                    f, false, p.weight(), "Gap: you did not cover \"" + p.point() + "\"", order));
  }

  private static Map<String, PointResult> points(ScoreCard card) {
    return card.points().stream()
        .collect(Collectors.toMap(PointResult::id, Function.identity(), (a, b) -> a));
  }
}
