package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.Answer;
import dev.mockloop.engine.Dispute;
import dev.mockloop.scoring.PointResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One point the scorer missed and the user marked as covered, with where it was said: what {@code
 * review disputes} lists so bank authors can add the ways people actually say a point.
 *
 * @param sessionId the session
 * @param startedAt when the session started
 * @param level the level practised
 * @param scenario the scenario id
 * @param title the scenario's title as asked
 * @param question {@code main} for the main answer, else the follow-up's id
 * @param pointId the rubric point's id
 * @param point the rubric point's sentence, from the answer's score card
 * @param dispute the user's mark: their sentence, its offsets in the answer and when
 */
public record DisputedPoint(
    String sessionId,
    Instant startedAt,
    Level level,
    String scenario,
    String title,
    String question,
    String pointId,
    String point,
    Dispute dispute) {
  /** Grouped by scenario, level, question (main first) and point, then oldest first. */
  public static final Comparator<DisputedPoint> ORDER =
      Comparator.comparing(DisputedPoint::scenario)
          .thenComparing(DisputedPoint::level)
          .thenComparing(d -> !d.main())
          .thenComparing(DisputedPoint::question)
          .thenComparing(DisputedPoint::pointId)
          .thenComparing(DisputedPoint::startedAt)
          .thenComparing(DisputedPoint::sessionId);

  public DisputedPoint {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(dispute, "dispute");
    title = title == null ? "" : title;
    pointId = dispute.pointId();
    point = point == null ? "" : point;
  }

  /** True for a point of the main answer's rubric. */
  public boolean main() {
    return Answer.MAIN.equals(question);
  }

  /** Every disputed point of a transcript, in the order asked. */
  public static List<DisputedPoint> of(Transcript t) {
    List<DisputedPoint> out = new ArrayList<>();
    for (TranscriptRound r : t.rounds()) {
      add(t, r, Answer.MAIN, r.answer(), out);
      for (TranscriptFollowUp f : r.followUps()) {
        add(t, r, f.id(), f.answer(), out);
      }
    }
    return out;
  }

  private static void add(
      Transcript t,
      TranscriptRound r,
      String question,
      TranscriptAnswer a,
      List<DisputedPoint> out) {
    if (a == null) {
      return;
    }
    for (PointResult p : a.card().points()) {
      a.disputes().stream()
          .filter(d -> d.pointId().equals(p.id()))
          .findFirst()
          .ifPresent(
              d ->
                  out.add(
                      new DisputedPoint(
                          t.id(),
                          t.startedAt(),
                          t.level(),
                          r.scenario(),
                          r.title(),
                          question,
                          p.id(),
                          p.point(),
                          d)));
    }
  }
}
