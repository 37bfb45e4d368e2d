package dev.mockloop.report;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.engine.Answer;
import dev.mockloop.engine.Dispute;
import dev.mockloop.engine.FollowUpChooser;
import dev.mockloop.engine.PrinciplesEvidenced;
import dev.mockloop.engine.RoundState;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.session.TranscriptAnswer;
import dev.mockloop.session.TranscriptFollowUp;
import dev.mockloop.session.TranscriptRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the results of a round show, whether the round was just played ({@link #of(RoundState)}) or
 * read back from a transcript ({@link #of(TranscriptRound)}), so the results screen, line mode, the
 * review browser and {@code review show} print one card the same way.
 *
 * @param score the round's combined score; null when it was not scored
 * @param selfRating the user's own 0-4 rating, or null
 * @param answers the submitted answers, main first
 * @param principles the Leadership Principles evidenced and those still to probe
 */
public record RoundResult(
    Integer score, Integer selfRating, List<Part> answers, PrinciplesEvidenced principles) {
  /**
   * One submitted answer.
   *
   * @param followUp 0 for the main answer, else the follow-up's 1-based number
   * @param ask the follow-up's question; empty for the main answer
   * @param why why the follow-up was asked ("Gap: you did not cover ..."); empty when it was asked
   *     without a trigger (and in older transcripts)
   * @param text the answer as typed
   * @param card its score card
   * @param secondsUsed time spent on it
   * @param timedOut true when the deadline submitted it
   * @param disputes the missed points the user marked as covered
   */
  public record Part(
      int followUp,
      String ask,
      String why,
      String text,
      ScoreCard card,
      long secondsUsed,
      boolean timedOut,
      List<Dispute> disputes) {
    public Part {
      disputes = List.copyOf(disputes);
    }

    /** The user's mark on {@code pointId}, if they marked it covered. */
    public Optional<Dispute> dispute(String pointId) {
      return disputes.stream().filter(d -> d.pointId().equals(pointId)).findFirst();
    }

    public boolean isMain() {
      return followUp == 0;
    }
  }

  public RoundResult {
    answers = List.copyOf(answers);
    principles =
        principles == null ? new PrinciplesEvidenced(java.util.Map.of(), List.of()) : principles;
  }

  /** A round just played. */
  public static RoundResult of(RoundState s) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < s.answers().size(); i++) {
      Answer a = s.answers().get(i);
      FollowUp f = i == 0 ? null : s.followUps().get(i - 1);
      parts.add(
          new Part(
              i,
              f == null ? "" : f.ask().strip(),
              f == null ? "" : FollowUpChooser.why(f, s.answers().get(0).card()),
              a.text(),
              a.card(),
              a.secondsUsed(),
              a.timedOut(),
              a.disputes()));
    }
    boolean scored = s.score() != null;
    return new RoundResult(
        scored ? s.score().score() : null,
        s.selfRating(),
        parts,
        scored ? PrinciplesEvidenced.of(s) : null);
  }

  /** A round read back from a transcript: its answered questions. */
  public static RoundResult of(TranscriptRound r) {
    List<Part> parts = new ArrayList<>();
    if (r.answer() != null) {
      parts.add(part(0, "", "", r.answer()));
      for (int f = 0; f < r.followUps().size(); f++) {
        TranscriptFollowUp fu = r.followUps().get(f);
        if (fu.answer() != null) {
          parts.add(part(f + 1, fu.ask().strip(), fu.why(), fu.answer()));
        }
      }
    }
    return new RoundResult(r.score(), r.selfRating(), parts, r.principles());
  }

  private static Part part(int n, String ask, String why, TranscriptAnswer a) {
    return new Part(n, ask, why, a.text(), a.card(), a.secondsUsed(), a.timedOut(), a.disputes());
  }

  /** Scored, with a main answer to show. */
  public boolean scored() {
    return score != null && !answers.isEmpty();
  }
}
