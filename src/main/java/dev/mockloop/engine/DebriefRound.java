package dev.mockloop.engine;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the loop's debrief needs from one round, whether it was just played ({@link #of}) or read
 * back from a transcript (the session layer builds it there): no answer text.
 *
 * @param round 1-based index in the loop
 * @param title how the round is named ({@link RoundTitle})
 * @param scenario the scenario id, for the drill command
 * @param level the level asked
 * @param score the round's combined score; null when it was not scored
 * @param cards the score cards of the submitted answers, main first
 * @param principles the Leadership Principles its answers evidenced, and those left to probe
 * @param selfRating the user's own 0-4 rating, or null
 */
public record DebriefRound(
    int round,
    String title,
    String scenario,
    Level level,
    Integer score,
    List<ScoreCard> cards,
    PrinciplesEvidenced principles,
    Integer selfRating) {
  public DebriefRound {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(level, "level");
    cards = List.copyOf(cards);
    principles =
        principles == null ? new PrinciplesEvidenced(java.util.Map.of(), List.of()) : principles;
  }

  /** A round just played, each card with the points the user marked covered as covered. */
  public static DebriefRound of(RoundState s) {
    List<ScoreCard> cards =
        s.answers().stream()
            .filter(a -> a.card() != null)
            .map(a -> asTheUserSees(a.card(), a.disputes()))
            .toList();
    boolean scored = s.score() != null;
    return new DebriefRound(
        s.round(),
        RoundTitle.of(s.scenario()),
        s.scenario().id(),
        s.level(),
        scored ? s.score().score() : null,
        cards,
        scored ? PrinciplesEvidenced.of(s) : null,
        s.selfRating());
  }

  /**
   * The card with the points the user marked "I covered this" counted as covered: what to work on
   * next, what held a round back and what to add to read as the level asked follow the user's
   * verdict, as stats and drill do. The score stays the scorer's.
   */
  public static ScoreCard asTheUserSees(ScoreCard card, List<Dispute> disputes) {
    if (disputes.isEmpty()) {
      return card;
    }
    java.util.Set<String> marked = new java.util.HashSet<>();
    disputes.forEach(d -> marked.add(d.pointId()));
    java.util.Set<String> sentences = new java.util.HashSet<>();
    card.points().stream()
        .filter(p -> marked.contains(p.id()))
        .forEach(p -> sentences.add(p.point()));
    List<PointResult> points =
        card.points().stream()
            .map(
                p ->
                    !p.covered() && marked.contains(p.id())
                        ? new PointResult(
                            p.id(),
                            p.point(),
                            p.dimension(),
                            p.weight(),
                            true,
                            p.evidence(),
                            p.negated(),
                            p.hint(),
                            p.basis(),
                            p.echoed())
                        : p)
            .toList();
    return new ScoreCard(
        card.score(),
        points,
        card.dimensions(),
        card.signals(),
        card.flags(),
        card.levelRead() == null ? null : card.levelRead().without(sentences),
        card.said());
  }

  public boolean scored() {
    return score != null && !cards.isEmpty();
  }

  /**
   * The point that most moved a round: the heaviest of its answers' points; between points of equal
   * weight, a covered one when the round reached "good" ({@code good}), else a missed one, then the
   * first asked. Null when the cards have no point.
   */
  public static PointResult moved(List<ScoreCard> cards, boolean good) {
    return cards.stream()
        .flatMap(c -> c.points().stream())
        .max(Comparator.comparingInt(PointResult::weight).thenComparing(p -> p.covered() == good))
        .orElse(null);
  }

  /** The drill command that asks this round's question again. */
  public String drill() {
    return "mockloop practice --scenario " + scenario + " --level " + level;
  }
}
