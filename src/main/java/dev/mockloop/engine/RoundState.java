package dev.mockloop.engine;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.RoundScore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An immutable snapshot of a round, which front ends render and the session recorder saves.
 *
 * @param scenario the scenario asked
 * @param level the level it is asked at
 * @param round 1-based index of this round in its loop
 * @param rounds rounds in the loop
 * @param phase where the round is
 * @param question the question now on screen: the prompt, a follow-up's ask, or (scored/quit) the
 *     last one asked
 * @param context the scenario context for the main question; empty for follow-ups
 * @param phaseStart when the current answer began (for a resumed answer, moved back by the time
 *     used before the interruption)
 * @param deadline when the current answer is submitted automatically; null when untimed or not
 *     answering
 * @param now the clock's time when this snapshot was taken
 * @param draft the text being typed for the current question
 * @param answers the submitted answers, main first
 * @param followUps the follow-ups chosen for this round (empty until the main answer is in)
 * @param score the combined score once {@code phase} is scored, or quit after the main answer (the
 *     answers submitted by then, {@link QuitState}); else null
 * @param selfRating the user's own rating of the round on the grading guide's 0-4 scale, given
 *     after the last answer and before the score is shown; null when not given (skipped, not asked,
 *     or not scored yet)
 */
public record RoundState(
    Scenario scenario,
    Level level,
    int round,
    int rounds,
    Phase phase,
    String question,
    String context,
    Instant phaseStart,
    Instant deadline,
    Instant now,
    String draft,
    List<Answer> answers,
    List<FollowUp> followUps,
    RoundScore score,
    Integer selfRating) {
  public RoundState {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(phaseStart, "phaseStart");
    Objects.requireNonNull(now, "now");
    context = context == null ? "" : context;
    draft = draft == null ? "" : draft;
    answers = List.copyOf(answers);
    followUps = List.copyOf(followUps);
    if (round < 1 || round > rounds) {
      throw new IllegalArgumentException("round " + round + " of " + rounds);
    }
    if (selfRating != null && (selfRating < 0 || selfRating > 4)) {
      throw new IllegalArgumentException("self-rating must be 0..4, was " + selfRating);
    }
  }

  /** A snapshot without a self-rating. */
  public RoundState(
      Scenario scenario,
      Level level,
      int round,
      int rounds,
      Phase phase,
      String question,
      String context,
      Instant phaseStart,
      Instant deadline,
      Instant now,
      String draft,
      List<Answer> answers,
      List<FollowUp> followUps,
      RoundScore score) {
    this(
        scenario,
        level,
        round,
        rounds,
        phase,
        question,
        context,
        phaseStart,
        deadline,
        now,
        draft,
        answers,
        followUps,
        score,
        null);
  }

  /** The same snapshot with {@code newAnswers} (a verdict changed), taken at {@code at}. */
  RoundState withAnswers(List<Answer> newAnswers, Instant at) {
    return new RoundState(
        scenario,
        level,
        round,
        rounds,
        phase,
        question,
        context,
        phaseStart,
        deadline,
        at,
        draft,
        newAnswers,
        followUps,
        score,
        selfRating);
  }

  /** The same snapshot with the user's rating {@code grade} (0..4), taken at {@code at}. */
  RoundState withSelfRating(int grade, Instant at) {
    return new RoundState(
        scenario,
        level,
        round,
        rounds,
        phase,
        question,
        context,
        phaseStart,
        deadline,
        at,
        draft,
        answers,
        followUps,
        score,
        grade);
  }

  /** True when the current answer has a deadline. */
  public boolean timed() {
    return deadline != null;
  }

  /** Time left for the current answer; zero when past the deadline or untimed. */
  public Duration remaining() {
    if (deadline == null || !now.isBefore(deadline)) {
      return Duration.ZERO;
    }
    return Duration.between(now, deadline);
  }

  /** Time spent on the current answer so far. */
  public Duration elapsed() {
    return now.isBefore(phaseStart) ? Duration.ZERO : Duration.between(phaseStart, now);
  }

  /** The whole time allowed for the current answer; zero when untimed. */
  public Duration allowed() {
    return deadline == null ? Duration.ZERO : Duration.between(phaseStart, deadline);
  }

  /** The follow-up being answered, or null outside a follow-up phase. */
  public FollowUp currentFollowUp() {
    return phase.kind() == Phase.Kind.FOLLOW_UP ? followUps.get(phase.followUp()) : null;
  }

  /** The main answer once submitted, else null. */
  public Answer mainAnswer() {
    return answers.isEmpty() ? null : answers.get(0);
  }

  /** True when the last submitted answer was submitted by the time-out. */
  public boolean lastTimedOut() {
    return !answers.isEmpty() && answers.get(answers.size() - 1).timedOut();
  }

  /** True once the round is scored or quit: no more events change it. */
  public boolean over() {
    return !phase.answering();
  }
}
