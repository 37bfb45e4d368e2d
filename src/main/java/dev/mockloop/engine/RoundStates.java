package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.scoring.RoundScore;
import dev.mockloop.scoring.ScoreCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builds a {@link Round}'s immutable states from its plan: a question being answered (with its
 * clock and deadline), the scored round, and a state moved on by an event. {@link Round} decides
 * which state comes next; this class only knows what each holds.
 */
final class RoundStates {
  private final RoundPlan plan;
  private final Clock clock;

  RoundStates(RoundPlan plan, Clock clock) {
    this.plan = plan;
    this.clock = clock;
  }

  /**
   * The state of an answer starting: its question (the main prompt with its context, or the chosen
   * follow-up), its clock started {@code used} ago, its deadline unless the round is untimed.
   */
  RoundState answering(
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

  /** The state of a scored round: every answer, the combined score, no deadline. */
  RoundState scored(List<Answer> answers, List<FollowUp> chosen) {
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

  /**
   * {@code s} at {@code now} in {@code phase} with {@code draft}; the deadline is kept only while
   * answering.
   */
  static RoundState moved(RoundState s, Phase phase, String draft, Instant now) {
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
