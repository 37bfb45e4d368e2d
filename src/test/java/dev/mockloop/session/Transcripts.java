package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Signals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test transcripts built by hand: rounds whose points are covered when the answer names them. */
public final class Transcripts {
  private Transcripts() {}

  /** A point: id, dimension, weight and the phrase that covers it. */
  public record P(String id, String dimension, int weight, String phrase) {}

  // spotless:off
  public static final List<P> DYNAMO = List.of(
      new P("latency-fit", "analysis", 3, "p99"),
      new P("query-patterns", "design", 2, "access pattern"),
      new P("cost", "trade-offs", 2, "cost"));
  // spotless:on

  /** A card for {@code answer}: each point is covered when its phrase appears in it. */
  public static ScoreCard card(String answer, List<P> rubric) {
    List<PointResult> points = new ArrayList<>();
    Map<String, int[]> dims = new LinkedHashMap<>();
    int earned = 0;
    int possible = 0;
    for (P p : rubric) {
      int at = answer.indexOf(p.phrase());
      boolean covered = at >= 0;
      List<Evidence> ev =
          covered
              ? List.of(new Evidence(at, at + p.phrase().length(), p.phrase(), p.phrase()))
              : List.of();
      points.add(
          new PointResult(
              p.id(),
              "Point " + p.id(),
              p.dimension(),
              p.weight(),
              covered,
              ev,
              List.of(),
              "Hint for " + p.id()));
      int[] d = dims.computeIfAbsent(p.dimension(), k -> new int[2]);
      d[1] += p.weight();
      possible += p.weight();
      if (covered) {
        d[0] += p.weight();
        earned += p.weight();
      }
    }
    List<DimensionScore> ds = new ArrayList<>();
    dims.forEach((k, v) -> ds.add(new DimensionScore(k, v[0], v[1])));
    Signals signals =
        new Signals(answer.split("\\s+").length, 1, List.of(), false, List.of(), List.of(), 0.5);
    return new ScoreCard(
        possible == 0 ? 0 : 100 * earned / possible, points, ds, signals, List.of(), null);
  }

  /** A scored round of {@code scenario} answered with {@code answer} in {@code seconds}. */
  public static TranscriptRound round(
      String scenario, String topic, String answer, long seconds, Instant at, List<P> rubric) {
    ScoreCard card = card(answer, rubric);
    TranscriptAnswer a = new TranscriptAnswer(answer, seconds, false, at, card);
    return new TranscriptRound(
        scenario,
        "ab12",
        "Title of " + scenario,
        topic,
        "Prompt of " + scenario,
        "",
        12,
        "scored",
        a,
        List.of(),
        null,
        card.score());
  }

  /** A completed session of the given rounds. */
  public static Transcript session(
      String id, Level level, Instant start, TranscriptRound... rounds) {
    List<String> planned = java.util.Arrays.stream(rounds).map(TranscriptRound::scenario).toList();
    return new Transcript(
        Transcript.SCHEMA,
        id,
        level,
        start,
        start.plusSeconds(900),
        SessionStatus.COMPLETED,
        TranscriptSettings.DEFAULT,
        planned,
        List.of(rounds));
  }

  /** A one-round dynamodb-vs-rds L6 session started at {@code start}. */
  public static Transcript dynamo(String id, String start, String answer) {
    Instant at = Instant.parse(start);
    return session(
        id,
        Level.L6,
        at,
        round("dynamodb-vs-rds", "databases", answer, 300, at.plusSeconds(300), DYNAMO));
  }

  /**
   * {@code t} with the main answer of round {@code round} disputing {@code pointId}, covered by the
   * first occurrence of {@code sentence} in the answer.
   */
  public static Transcript disputed(
      Transcript t, int round, String pointId, String sentence, Instant at) {
    List<TranscriptRound> rounds = new ArrayList<>(t.rounds());
    TranscriptRound r = rounds.get(round);
    TranscriptAnswer a = r.answer();
    int start = a.text().indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("'" + sentence + "' is not in the answer");
    }
    List<dev.mockloop.engine.Dispute> disputes = new ArrayList<>(a.disputes());
    disputes.add(
        new dev.mockloop.engine.Dispute(pointId, sentence, start, start + sentence.length(), at));
    TranscriptAnswer marked =
        new TranscriptAnswer(
            a.text(), a.secondsUsed(), a.timedOut(), a.submittedAt(), a.card(), disputes);
    rounds.set(
        round,
        new TranscriptRound(
            r.scenario(),
            r.sha256(),
            r.title(),
            r.topic(),
            r.prompt(),
            r.context(),
            r.minutes(),
            r.phase(),
            marked,
            r.followUps(),
            r.draft(),
            r.score()));
    return new Transcript(
        t.schema(),
        t.id(),
        t.level(),
        t.startedAt(),
        t.endedAt(),
        t.status(),
        t.settings(),
        t.planned(),
        rounds);
  }
}
