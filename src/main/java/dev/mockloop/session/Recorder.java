package dev.mockloop.session;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.engine.Answer;
import dev.mockloop.engine.FollowUpChooser;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.PrinciplesEvidenced;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundPlan;
import dev.mockloop.engine.RoundState;
import dev.mockloop.scoring.RoundScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns the engine's state into a transcript: a pure conversion, called at every save. */
public final class Recorder {
  private Recorder() {}

  /**
   * The transcript of {@code loop} so far.
   *
   * @param id the session id
   * @param startedAt when the session started
   * @param status the status to record; an end time is set unless in progress
   * @param now the time of this save
   */
  public static Transcript transcript(
      String id, Instant startedAt, Loop loop, SessionStatus status, Instant now) {
    List<TranscriptRound> rounds = new ArrayList<>();
    for (Round r : loop.rounds()) {
      rounds.add(round(r.state(), r.plan(), now));
    }
    List<String> planned = loop.plan().scenarios().stream().map(s -> s.id()).toList();
    Instant ended = status == SessionStatus.IN_PROGRESS ? null : now;
    return new Transcript(
        Transcript.SCHEMA,
        id,
        loop.plan().level(),
        startedAt,
        ended,
        status,
        TranscriptSettings.of(loop.plan().settings(), loop.plan().seed()),
        planned,
        rounds);
  }

  static TranscriptRound round(RoundState s, RoundPlan plan, Instant now) {
    var spec = s.scenario().level(s.level());
    List<Answer> answers = s.answers();
    TranscriptAnswer main = answers.isEmpty() ? null : answer(answers.get(0));
    List<TranscriptFollowUp> followUps = new ArrayList<>();
    for (int i = 0; i < s.followUps().size(); i++) {
      FollowUp f = s.followUps().get(i);
      TranscriptAnswer a = i + 1 < answers.size() ? answer(answers.get(i + 1)) : null;
      followUps.add(
          new TranscriptFollowUp(
              f.id(),
              f.ask(),
              f.minutes(),
              a,
              answers.isEmpty() ? "" : FollowUpChooser.why(f, answers.get(0).card())));
    }
    Draft draft = null;
    boolean quitMidAnswer = s.phase().kind() == Phase.Kind.QUIT && !s.draft().isEmpty();
    if (s.phase().answering() || quitMidAnswer) {
      draft = new Draft(pendingQuestion(s), s.draft(), s.elapsed().toSeconds(), now);
    }
    RoundScore score = s.score();
    int minutes = plan.settings().untimed() ? 0 : plan.mainMinutes();
    return new TranscriptRound(
        s.scenario().id(),
        s.scenario().sha256(),
        s.scenario().title(),
        s.scenario().topic(),
        spec.prompt(),
        spec.context(),
        minutes,
        s.phase().label(),
        main,
        followUps,
        draft,
        score == null ? null : score.score(),
        s.scenario().behavioral() ? s.scenario().kind().word() : "",
        s.scenario().principle(),
        s.selfRating(),
        score == null ? null : PrinciplesEvidenced.of(s));
  }

  /** The draft being typed in the loop's last round, or null when no answer is being typed. */
  static Draft draft(Loop loop, Instant now) {
    List<Round> rounds = loop.rounds();
    if (rounds.isEmpty()) {
      return null;
    }
    RoundState s = rounds.get(rounds.size() - 1).state();
    return s.phase().answering()
        ? new Draft(pendingQuestion(s), s.draft(), s.elapsed().toSeconds(), now)
        : null;
  }

  /** The id of the question being answered: "main" or the next follow-up's id. */
  private static String pendingQuestion(RoundState s) {
    int next = s.answers().size() - 1;
    return next >= 0 && next < s.followUps().size() ? s.followUps().get(next).id() : Answer.MAIN;
  }

  static TranscriptAnswer answer(Answer a) {
    return new TranscriptAnswer(
        a.text(), a.secondsUsed(), a.timedOut(), a.submittedAt(), a.card(), a.disputes());
  }
}
