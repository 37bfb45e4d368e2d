package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a transcript into its {@link SessionSummary}, and collects its rubric sentences. */
public final class Summaries {
  private Summaries() {}

  public static SessionSummary of(Transcript t) {
    List<RoundSummary> rounds = new ArrayList<>();
    for (TranscriptRound r : t.rounds()) {
      rounds.add(round(r));
    }
    return new SessionSummary(
        t.id(), t.level(), t.status(), t.startedAt(), t.endedAt(), t.planned().size(), rounds);
  }

  /** The sentence of every rubric point in the transcript, by {@link #pointKey}. */
  public static Map<String, String> pointTexts(Transcript t) {
    Map<String, String> out = new LinkedHashMap<>();
    for (TranscriptRound r : t.rounds()) {
      forEachCard(
          r,
          (prefix, card) -> {
            for (PointResult p : card.points()) {
              out.put(pointKey(r.scenario(), t.level(), prefix + p.id()), p.point());
            }
          });
    }
    return out;
  }

  /** The key of a point's sentence: scenario, level and {@link PointMark#key()}. */
  public static String pointKey(String scenario, Level level, String markKey) {
    return scenario + "|" + level + "|" + markKey;
  }

  /**
   * The summary of one round, by the user's verdict: a point the user marked as covered counts as
   * covered, and its weight as earned in its dimension (the scores stay the scorer's).
   */
  public static RoundSummary round(TranscriptRound r) {
    Map<String, int[]> dims = new LinkedHashMap<>();
    List<PointMark> points = new ArrayList<>();
    forEachAnswer(
        r,
        (prefix, answer) -> {
          ScoreCard card = answer.card();
          Map<String, Integer> marked = new LinkedHashMap<>();
          for (PointResult p : card.points()) {
            boolean disputed = !p.covered() && answer.disputed(p.id());
            points.add(new PointMark(prefix + p.id(), p.covered() || disputed, disputed));
            if (disputed) {
              marked.merge(p.dimension(), p.weight(), Integer::sum);
            }
          }
          for (DimensionScore d : card.dimensions()) {
            int[] sum = dims.computeIfAbsent(d.dimension(), k -> new int[2]);
            sum[0] += Math.min(d.possible(), d.earned() + marked.getOrDefault(d.dimension(), 0));
            sum[1] += d.possible();
          }
        });
    boolean timedOut =
        (r.answer() != null && r.answer().timedOut())
            || r.followUps().stream().anyMatch(f -> f.answer() != null && f.answer().timedOut());
    List<DimensionScore> ds = new ArrayList<>();
    dims.forEach((name, v) -> ds.add(new DimensionScore(name, v[0], v[1])));
    return new RoundSummary(
        r.scenario(),
        r.title(),
        r.topic(),
        r.score(),
        r.secondsUsed(),
        timedOut,
        ds,
        points,
        r.principle(),
        r.answer() == null ? null : r.selfRating());
  }

  private interface CardVisitor {
    void card(String keyPrefix, ScoreCard card);
  }

  private interface AnswerVisitor {
    void answer(String keyPrefix, TranscriptAnswer answer);
  }

  /** The main card (prefix "") and each answered follow-up's card (prefix "id/"). */
  private static void forEachCard(TranscriptRound r, CardVisitor v) {
    forEachAnswer(r, (prefix, a) -> v.card(prefix, a.card()));
  }

  /** The main answer (prefix "") and each answered follow-up (prefix "id/"). */
  private static void forEachAnswer(TranscriptRound r, AnswerVisitor v) {
    if (r.answer() != null) {
      v.answer("", r.answer());
    }
    for (TranscriptFollowUp f : r.followUps()) {
      if (f.answer() != null) {
        v.answer(f.id() + "/", f.answer());
      }
    }
  }
}
