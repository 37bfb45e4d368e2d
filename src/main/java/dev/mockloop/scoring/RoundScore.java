package dev.mockloop.scoring;

import java.util.List;

/**
 * The score of a whole round: the main answer weighs {@link #MAIN_SHARE} of the total and the
 * follow-ups share the rest equally. With no follow-ups the main answer is the whole score.
 *
 * @param score 0..100
 * @param main the main answer's card
 * @param followUps the follow-up answers' cards, in the order asked
 */
public record RoundScore(int score, ScoreCard main, List<ScoreCard> followUps) {
  public static final double MAIN_SHARE = 0.7;

  public RoundScore {
    followUps = List.copyOf(followUps);
  }

  public static RoundScore combine(ScoreCard main, List<ScoreCard> followUps) {
    if (followUps.isEmpty()) {
      return new RoundScore(main.score(), main, followUps);
    }
    double rest = followUps.stream().mapToInt(ScoreCard::score).average().orElse(0);
    int total = (int) Math.round(MAIN_SHARE * main.score() + (1 - MAIN_SHARE) * rest);
    return new RoundScore(total, main, followUps);
  }
}
