package dev.mockloop.engine;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.GradeBand;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.ScoreCard;
import java.util.List;

/**
 * The verdict of a loop at the level asked, as a debrief would give it: "Inclined at L6", "Inclined
 * at L6, not yet at L7", "Not yet at L7", from the average score's grade band and how many rounds
 * read as the level asked. The report package's debrief shows it with what to work on next ({@link
 * WorkOnNext}).
 */
public final class LoopVerdict {
  private LoopVerdict() {}

  /**
   * The verdict on the main answers' cards at the level asked, given the grade band of the average
   * score.
   */
  public static String verdict(List<ScoreCard> mains, Level asked, GradeBand band) {
    int onLevel = 0;
    int other = 0;
    for (ScoreCard c : mains) {
      LevelRead read = c.levelRead();
      if (read == null || read.readsAs() == asked) {
        onLevel += GradeBand.of(c.score()).grade() >= 2 ? 1 : 0;
      } else if (read.readsAs() == asked.other()) {
        other++;
      }
    }
    boolean mostOnLevel = 2 * onLevel >= mains.size();
    if (band.grade() >= 3 && mostOnLevel) {
      return "Inclined at " + asked;
    }
    if (2 * other > mains.size() && asked == Level.L7) {
      return "Inclined at L6, not yet at L7";
    }
    if (2 * other > mains.size()) {
      return "Not yet at L6: the answers read at L7's altitude; add implementation depth";
    }
    return "Not yet at " + asked;
  }
}
