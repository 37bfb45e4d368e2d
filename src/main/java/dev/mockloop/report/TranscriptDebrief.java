package dev.mockloop.report;

import dev.mockloop.engine.DebriefRound;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptRound;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Debrief} of a saved loop, from the transcript alone (no bank): the cards of its
 * answers and the principles recorded with each round. Shown by {@code review show}, the export and
 * the review browser for a session of more than one round.
 */
public final class TranscriptDebrief {
  private TranscriptDebrief() {}

  /** The debrief, or nothing for a single round or a loop with no scored round. */
  public static List<ReportLine> of(Transcript t) {
    if (t.rounds().size() < 2) {
      return List.of();
    }
    List<DebriefRound> rounds = new ArrayList<>();
    for (int i = 0; i < t.rounds().size(); i++) {
      rounds.add(round(i + 1, t.rounds().get(i), t));
    }
    return Debrief.of(rounds);
  }

  static DebriefRound round(int index, TranscriptRound r, Transcript t) {
    List<ScoreCard> cards = new ArrayList<>();
    if (r.answer() != null) {
      cards.add(DebriefRound.asTheUserSees(r.answer().card(), r.answer().disputes()));
      r.followUps().stream()
          .filter(f -> f.answer() != null)
          .forEach(
              f -> cards.add(DebriefRound.asTheUserSees(f.answer().card(), f.answer().disputes())));
    }
    return new DebriefRound(
        index,
        SessionReport.title(r),
        r.scenario(),
        t.level(),
        r.score(),
        cards,
        r.principles(),
        r.selfRating());
  }
}
