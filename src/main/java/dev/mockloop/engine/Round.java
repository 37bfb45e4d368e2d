package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.scoring.AnswerScorer;
import dev.mockloop.scoring.ScoreCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state machine of one round: the main answer, then the chosen follow-ups, then scored. It
 * takes {@link RoundEvent}s, reads time from an injected {@link Clock}, and exposes an immutable
 * {@link RoundState} after every event. At the deadline the draft is submitted and marked timed
 * out. Not thread-safe: a front end drives it from one thread.
 */
public final class Round {
  private final RoundPlan plan;
  private final AnswerScorer scorer;
  private final Clock clock;
  private final RoundStates states;
  private RoundState state;

  private Round(RoundPlan plan, AnswerScorer scorer, Clock clock, RoundState state) {
    this.plan = plan;
    this.scorer = scorer;
    this.clock = clock;
    this.states = new RoundStates(plan, clock);
    this.state = state;
  }

  /** Starts the round now: the main question, an empty draft, the clock running. */
  public static Round start(RoundPlan plan, AnswerScorer scorer, Clock clock) {
    Round r = new Round(plan, scorer, clock, null);
    r.state = r.states.answering(Phase.main(), List.of(), List.of(), "", Duration.ZERO);
    return r;
  }

  /**
   * Continues an interrupted round: the answers already submitted, the follow-ups that were chosen,
   * and the draft of the answer in progress with the time it had already used.
   */
  public static Round resume(
      RoundPlan plan,
      AnswerScorer scorer,
      Clock clock,
      List<Answer> submitted,
      List<FollowUp> chosen,
      String draft,
      Duration used) {
    Round r = new Round(plan, scorer, clock, null);
    if (submitted.isEmpty()) {
      r.state = r.states.answering(Phase.main(), List.of(), List.of(), draft, used);
    } else if (submitted.size() - 1 < chosen.size()) {
      r.state =
          r.states.answering(Phase.followUp(submitted.size() - 1), submitted, chosen, draft, used);
    } else {
      r.state = r.states.scored(submitted, chosen);
    }
    return r;
  }

  public RoundState state() {
    return state;
  }

  public RoundPlan plan() {
    return plan;
  }

  /**
   * Applies one event and returns the new state. Events after the round is over are ignored, except
   * the user's verdicts on points ({@link RoundEvent.MarkCovered}, {@link RoundEvent.Unmark}) and
   * self-rating ({@link RoundEvent.SelfRate}), which only a scored round takes.
   */
  public RoundState on(RoundEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof RoundEvent.MarkCovered || event instanceof RoundEvent.Unmark) {
      return verdict(event);
    }
    if (event instanceof RoundEvent.SelfRate r) {
      if (state.phase().kind() == Phase.Kind.SCORED) {
        state = state.withSelfRating(r.grade(), clock.instant());
      }
      return state;
    }
    if (state.over()) {
      return state;
    }
    Instant now = clock.instant();
    if (event instanceof RoundEvent.Edit e) {
      state = RoundStates.moved(state, state.phase(), e.text(), now);
    } else if (event instanceof RoundEvent.Quit) {
      state = QuitState.of(state, now);
      return state;
    } else {
      state = RoundStates.moved(state, state.phase(), state.draft(), now);
    }
    if (state.timed() && !now.isBefore(state.deadline())) {
      submit(state.deadline(), true);
    } else if (event instanceof RoundEvent.Submit) {
      submit(now, false);
    }
    return state;
  }

  private RoundState verdict(RoundEvent event) {
    if (state.phase().kind() != Phase.Kind.SCORED) {
      return state;
    }
    List<Answer> answers = new ArrayList<>(state.answers());
    Instant now = clock.instant();
    if (event instanceof RoundEvent.MarkCovered m) {
      answers.set(
          m.answer(), answers.get(m.answer()).markCovered(m.pointId(), m.start(), m.end(), now));
    } else if (event instanceof RoundEvent.Unmark u) {
      answers.set(u.answer(), answers.get(u.answer()).withoutDispute(u.pointId()));
    }
    state = state.withAnswers(answers, now);
    return state;
  }

  private void submit(Instant at, boolean timedOut) {
    RoundState s = state;
    FollowUp asked = s.currentFollowUp();
    ScoreCard scored =
        asked == null
            ? scorer.scoreMain(s.draft(), plan.scenario(), plan.level())
            : scorer.scoreFollowUp(s.draft(), plan.scenario(), plan.level(), asked);
    long seconds = Duration.between(s.phaseStart(), at).toSeconds();
    ScoreCard card = OverTime.flag(scored, plan, asked == null, timedOut, seconds);
    String id = asked == null ? Answer.MAIN : asked.id();
    List<Answer> answers = new ArrayList<>(s.answers());
    answers.add(new Answer(id, s.question(), s.draft(), at, Math.max(0, seconds), timedOut, card));
    List<FollowUp> chosen =
        asked == null
            ? FollowUpChooser.choose(spec().followUps(), card, plan.settings().maxFollowUps())
            : s.followUps();
    int next = answers.size() - 1;
    state =
        next < chosen.size()
            ? states.answering(Phase.followUp(next), answers, chosen, "", Duration.ZERO)
            : states.scored(answers, chosen);
  }

  private LevelSpec spec() {
    return plan.scenario().level(plan.level());
  }
}
