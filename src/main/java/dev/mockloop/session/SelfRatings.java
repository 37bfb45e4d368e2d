package dev.mockloop.session;

import dev.mockloop.scoring.DimensionScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-rated rounds of a history, oldest first, from its summaries (the session index keeps
 * each round's rating, so no transcript is read): a round counts when it was rated and scored, with
 * the weakest of its dimensions over every answer of the round.
 */
public final class SelfRatings {
  private SelfRatings() {}

  public static List<SelfRatingStats.Rated> of(History history) {
    List<SelfRatingStats.Rated> out = new ArrayList<>();
    for (SessionSummary s : history.sessions()) {
      out.addAll(of(s));
    }
    return out;
  }

  /** The rated rounds of one session, in order. */
  static List<SelfRatingStats.Rated> of(SessionSummary s) {
    List<SelfRatingStats.Rated> out = List.of();
    for (RoundSummary r : s.rounds()) {
      if (r.selfRating() != null && r.scored()) {
        out = out.isEmpty() ? new ArrayList<>() : out;
        out.add(
            new SelfRatingStats.Rated(
                s.level(), r.selfRating(), r.score(), weakest(r.dimensions())));
      }
    }
    return out;
  }

  /** The rated rounds a tally holds at {@code only} (null: every level), oldest first. */
  public static List<SelfRatingStats.Rated> of(StatsTally tally, dev.mockloop.bank.Level only) {
    List<SelfRatingStats.Rated> out = new ArrayList<>();
    for (StatsTally.Row r : tally.rows(only)) {
      out.addAll(r.rated());
    }
    return out;
  }

  /** The dimension with the smallest share of its points earned; empty when none has any. */
  static String weakest(List<DimensionScore> dimensions) {
    DimensionScore min = null;
    for (DimensionScore d : dimensions) {
      if (d.possible() > 0 && (min == null || d.ratio() < min.ratio())) {
        min = d;
      }
    }
    return min == null ? "" : min.dimension();
  }
}
