package dev.mockloop.scoring;

import dev.mockloop.bank.Level;
import java.util.List;

/**
 * Which level an answer reads as, for a scenario that has both levels.
 *
 * @param readsAs the level whose rubric the answer covers better (ties go to the asked level)
 * @param asked the level the answer was given for
 * @param l6Coverage weighted coverage of the L6 rubric, 0..100
 * @param l7Coverage weighted coverage of the L7 rubric, 0..100
 * @param missingForOther the other level's points the answer missed, as their sentences ("to
 *     read as L7, add: ...")
 */
public record LevelRead(
    Level readsAs, Level asked, int l6Coverage, int l7Coverage, List<String> missingForOther) {
  public LevelRead {
    missingForOther = List.copyOf(missingForOther);
  }
}
