package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.scoring.AnswerScorer;
import dev.mockloop.scoring.RoundScore;
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
  private RoundState state;

  private Round(RoundPlan plan, AnswerScorer scorer, Clock clock, RoundState state) {
    this.plan = plan;
    this.scorer = scorer;
    this.clock = clock;
    this.state = state;
  }

  /** Starts the round now: the main question, an empty draft, the clock running. */
  public static Round start(RoundPlan plan, AnswerScorer scorer, Clock clock) {
    Round r = new Round(plan, scorer, clock, null);
    r.state = r.answering(Phase.main(), List.of(), List.of(), "", Duration.ZERO);
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
      r.state = r.answering(Phase.main(), List.of(), List.of(), draft, used);
    } else if (submitted.size() - 1 < chosen.size()) {
      r.state = r.answering(Phase.followUp(submitted.size() - 1), submitted, chosen, draft, used);
    } else {
      r.state = r.scoredState(submitted, chosen);
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
      state = copy(state.phase(), e.text(), now);
    } else if (event instanceof RoundEvent.Quit) {
      state = QuitState.of(state, now);
      return state;
    } else {
      state = copy(state.phase(), state.draft(), now);
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
            ? answering(Phase.followUp(next), answers, chosen, "", Duration.ZERO)
            : scoredState(answers, chosen);
  }

  private RoundState answering(
      Phase phase, List<Answer> answers, List<FollowUp> chosen, String draft, Duration used) {
    Instant now = clock.instant();
    Instant start = now.minus(used);
    boolean main = phase.kind() == Phase.Kind.MAIN;
    String question = main ? spec().prompt() : chosen.get(phase.followUp()).ask();
    int minutes = main ? plan.mainMinutes() : chosen.get(phase.followUp()).minutes();
    Instant deadline = plan.settings().untimed() ? null : start.plus(Duration.ofMinutes(minutes));
    String context = main ? spec().context() : "";
    return new RoundState(
        plan.scenario(),
        plan.level(),
        plan.round(),
        plan.rounds(),
        phase,
        question,
        context,
        start,
        deadline,
        now,
        draft,
        answers,
        chosen,
        null);
  }

  private RoundState scoredState(List<Answer> answers, List<FollowUp> chosen) {
    ScoreCard main = answers.get(0).card();
    List<ScoreCard> rest = answers.subList(1, answers.size()).stream().map(Answer::card).toList();
    Instant now = clock.instant();
    String lastQuestion = answers.get(answers.size() - 1).question();
    return new RoundState(
        plan.scenario(),
        plan.level(),
        plan.round(),
        plan.rounds(),
        Phase.scored(),
        lastQuestion,
        "",
        now,
        null,
        now,
        "",
        answers,
        chosen,
        RoundScore.combine(main, rest));
  }

  private RoundState copy(Phase phase, String draft, Instant now) {
    RoundState s = state;
    Instant deadline = phase.answering() ? s.deadline() : null;
    return new RoundState(
        s.scenario(),
        s.level(),
        s.round(),
        s.rounds(),
        phase,
        s.question(),
        s.context(),
        s.phaseStart(),
        deadline,
        now,
        draft,
        s.answers(),
        s.followUps(),
        s.score());
  }

  private LevelSpec spec() {
    return plan.scenario().level(plan.level());
  }
}
