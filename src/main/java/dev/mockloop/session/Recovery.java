package dev.mockloop.session;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.Answer;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.LoopPlan;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundPlan;
import dev.mockloop.scoring.AnswerScorer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the engine's loop from an unfinished transcript, so the user continues where the process
 * died: same scenarios, submitted answers and their cards, and the draft with the time it had used.
 */
public final class Recovery {
  private Recovery() {}

  /**
   * @throws SessionException when the bank no longer has a scenario or follow-up the session used;
   *     the caller should then keep the session as recovered
   */
  public static Loop resume(Transcript t, Bank bank, AnswerScorer scorer, Clock clock) {
    List<Scenario> scenarios = new ArrayList<>();
    for (String id : t.planned()) {
      Scenario s =
          bank.find(id)
              .orElseThrow(
                  () ->
                      new SessionException(
                          "session "
                              + t.id()
                              + " used scenario '"
                              + id
                              + "', which is no longer in the bank; keep it as recovered"));
      scenarios.add(s);
    }
    if (t.rounds().isEmpty()) {
      throw new SessionException("session " + t.id() + " has no round to resume");
    }
    LoopPlan plan =
        new LoopPlan(t.level(), scenarios, t.settings().roundSettings(), t.settings().seed());
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < t.rounds().size(); i++) {
      rounds.add(round(t, plan.round(i), t.rounds().get(i), scorer, clock));
    }
    return Loop.resume(plan, scorer, clock, rounds);
  }

  private static Round round(
      Transcript t, RoundPlan plan, TranscriptRound tr, AnswerScorer scorer, Clock clock) {
    LevelSpec spec = plan.scenario().level(plan.level());
    if (spec == null) {
      throw new SessionException(
          "scenario '"
              + tr.scenario()
              + "' no longer has a "
              + plan.level()
              + " version; keep session "
              + t.id()
              + " as recovered");
    }
    List<Answer> answers = new ArrayList<>();
    List<FollowUp> chosen = new ArrayList<>();
    if (tr.answer() != null) {
      answers.add(answer(Answer.MAIN, tr.prompt(), tr.answer()));
    }
    for (TranscriptFollowUp f : tr.followUps()) {
      FollowUp bankF = spec.followUp(f.id());
      if (bankF == null) {
        throw new SessionException(
            "follow-up '"
                + f.id()
                + "' of "
                + tr.scenario()
                + " is no longer in the bank; keep session "
                + t.id()
                + " as recovered");
      }
      chosen.add(bankF);
      if (f.answer() != null) {
        answers.add(answer(f.id(), f.ask(), f.answer()));
      }
    }
    String draft = tr.draft() == null ? "" : tr.draft().text();
    Duration used = Duration.ofSeconds(tr.draft() == null ? 0 : tr.draft().secondsUsed());
    Round round = Round.resume(plan, scorer, clock, answers, chosen, draft, used);
    if (tr.selfRating() != null) {
      round.on(new RoundEvent.SelfRate(tr.selfRating()));
    }
    return round;
  }

  private static Answer answer(String id, String question, TranscriptAnswer a) {
    return new Answer(
        id,
        question,
        a.text(),
        a.submittedAt(),
        a.secondsUsed(),
        a.timedOut(),
        a.card(),
        a.disputes());
  }
}
