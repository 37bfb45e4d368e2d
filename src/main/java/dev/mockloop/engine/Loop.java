package dev.mockloop.engine;

import dev.mockloop.scoring.AnswerScorer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A practice loop in progress: its plan and the rounds started so far. The front end drives the
 * current round with events and calls {@link #next()} once it is scored.
 */
public final class Loop {
  private final LoopPlan plan;
  private final AnswerScorer scorer;
  private final Clock clock;
  private final List<Round> rounds = new ArrayList<>();

  private Loop(LoopPlan plan, AnswerScorer scorer, Clock clock) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts the loop: round 1 begins now. */
  public static Loop start(LoopPlan plan, AnswerScorer scorer, Clock clock) {
    Loop loop = new Loop(plan, scorer, clock);
    loop.rounds.add(Round.start(plan.round(0), scorer, clock));
    return loop;
  }

  /**
   * Continues a loop from rounds rebuilt elsewhere (e.g. from a transcript); the last of them is
   * the current round.
   */
  public static Loop resume(LoopPlan plan, AnswerScorer scorer, Clock clock, List<Round> done) {
    if (done.isEmpty() || done.size() > plan.rounds()) {
      throw new IllegalArgumentException(done.size() + " rounds for a plan of " + plan.rounds());
    }
    Loop loop = new Loop(plan, scorer, clock);
    loop.rounds.addAll(done);
    return loop;
  }

  public LoopPlan plan() {
    return plan;
  }

  public AnswerScorer scorer() {
    return scorer;
  }

  public Clock clock() {
    return clock;
  }

  /** The round being played (or the last one, once the loop is finished). */
  public Round current() {
    return rounds.get(rounds.size() - 1);
  }

  /** The rounds started so far, in order. */
  public List<Round> rounds() {
    return List.copyOf(rounds);
  }

  /** True when the current round is scored and another is planned. */
  public boolean hasNext() {
    return current().state().phase().kind() == Phase.Kind.SCORED && rounds.size() < plan.rounds();
  }

  /** Starts the next round; only valid when {@link #hasNext()}. */
  public Round next() {
    if (!hasNext()) {
      throw new IllegalStateException(
          "no next round: "
              + current().state().phase().label()
              + ", round "
              + rounds.size()
              + " of "
              + plan.rounds());
    }
    Round r = Round.start(plan.round(rounds.size()), scorer, clock);
    rounds.add(r);
    return r;
  }

  /** True when every planned round is scored. */
  public boolean completed() {
    return rounds.size() == plan.rounds() && current().state().phase().kind() == Phase.Kind.SCORED;
  }

  /** True when the user quit the current round. */
  public boolean quit() {
    return current().state().phase().kind() == Phase.Kind.QUIT;
  }

  /** The mean of the scored rounds' totals, 0..100; 0 when none is scored. */
  public int averageScore() {
    return (int)
        Math.round(
            rounds.stream()
                .map(r -> r.state().score())
                .filter(Objects::nonNull)
                .mapToInt(s -> s.score())
                .average()
                .orElse(0));
  }
}
