package dev.mockloop.engine;

import dev.mockloop.scoring.RoundScore;
import dev.mockloop.scoring.ScoreCard;
import java.time.Instant;
import java.util.List;

/**
 * The state of a round the user quit: the draft kept, the clock stopped, and the answers already
 * submitted scored as they stand. A main answer that was submitted or timed out keeps its score
 * whatever happens after it (the follow-ups not answered add nothing); a round quit before its main
 * answer has no score.
 */
final class QuitState {
  private QuitState() {}

  static RoundState of(RoundState s, Instant now) {
    List<Answer> answers = s.answers();
    RoundScore score = null;
    if (!answers.isEmpty()) {
      List<ScoreCard> rest = answers.subList(1, answers.size()).stream().map(Answer::card).toList();
      score = RoundScore.combine(answers.get(0).card(), rest);
    }
    return new RoundState(
        s.scenario(),
        s.level(),
        s.round(),
        s.rounds(),
        Phase.quit(),
        s.question(),
        s.context(),
        s.phaseStart(),
        null,
        now,
        s.draft(),
        answers,
        s.followUps(),
        score,
        s.selfRating());
  }
}
