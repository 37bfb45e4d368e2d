package dev.mockloop.session;

import dev.mockloop.scoring.DimensionScore;
import java.util.List;
import java.util.Objects;

/**
 * What history, stats and drill need from one round of a transcript: no answer text.
 *
 * @param scenario the scenario id
 * @param title its title when asked
 * @param topic its topic
 * @param score the round's combined score; null when the round was not scored
 * @param seconds time spent answering in the round
 * @param timedOut true when an answer of the round was submitted by the deadline
 * @param dimensions weighted points earned / possible per dimension, over every answer
 * @param points every rubric point asked in the round, main answer first
 * @param principle the Leadership Principle of a behavioural question; empty for a design round
 * @param selfRating the user's own 0-4 rating of an answered round; null when not rated
 */
public record RoundSummary(
    String scenario,
    String title,
    String topic,
    Integer score,
    long seconds,
    boolean timedOut,
    List<DimensionScore> dimensions,
    List<PointMark> points,
    String principle,
    Integer selfRating) {
  public RoundSummary {
    Objects.requireNonNull(scenario, "scenario");
    title = title == null || title.isBlank() ? scenario : title;
    topic = topic == null ? "" : topic;
    if (score != null && (score < 0 || score > 100)) {
      throw new IllegalArgumentException("score must be 0..100, was " + score);
    }
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must be >= 0, was " + seconds);
    }
    dimensions = List.copyOf(dimensions);
    points = List.copyOf(points);
    principle = principle == null ? "" : principle;
    if (selfRating != null && (selfRating < 0 || selfRating > 4)) {
      throw new IllegalArgumentException("self-rating must be 0..4, was " + selfRating);
    }
  }

  /** A round without a self-rating. */
  public RoundSummary(
      String scenario,
      String title,
      String topic,
      Integer score,
      long seconds,
      boolean timedOut,
      List<DimensionScore> dimensions,
      List<PointMark> points,
      String principle) {
    this(scenario, title, topic, score, seconds, timedOut, dimensions, points, principle, null);
  }

  /** A design round. */
  public RoundSummary(
      String scenario,
      String title,
      String topic,
      Integer score,
      long seconds,
      boolean timedOut,
      List<DimensionScore> dimensions,
      List<PointMark> points) {
    this(scenario, title, topic, score, seconds, timedOut, dimensions, points, "", null);
  }

  public boolean scored() {
    return score != null;
  }

  /** The points the round's answers missed. */
  public List<PointMark> missed() {
    return points.stream().filter(p -> !p.covered()).toList();
  }
}
