package dev.mockloop.scoring;

import dev.mockloop.bank.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which level an answer reads as, for a scenario that has both levels.
 *
 * @param readsAs the level whose rubric the answer covers better (ties go to the asked level); null
 *     when it covers too little of either to read as a level
 * @param asked the level the answer was given for
 * @param l6Coverage weighted coverage of the L6 rubric, 0..100
 * @param l7Coverage weighted coverage of the L7 rubric, 0..100
 * @param missingForOther the other level's points the answer missed, as their sentences
 * @param missingForAsked the asked level's points the answer missed, heaviest first: what to add to
 *     read as the asked level
 */
public record LevelRead(
    Level readsAs,
    Level asked,
    int l6Coverage,
    int l7Coverage,
    List<String> missingForOther,
    List<String> missingForAsked) {
  /** Coverage (percent) below which an answer reads as neither level. */
  public static final int THIN = 25;

  /** How many missed points the advice names. */
  public static final int ADVICE_POINTS = 4;

  /** How many points more of the other level's rubric make an answer read as that level. */
  static final int MISMATCH_MARGIN = 10;

  public LevelRead {
    missingForOther = missingForOther == null ? List.of() : List.copyOf(missingForOther);
    missingForAsked = missingForAsked == null ? List.of() : List.copyOf(missingForAsked);
  }

  /** The card's flag when the answer reads as the other level, else null. */
  Flag mismatchFlag() {
    if (readsAs == null || readsAs == asked) {
      return null;
    }
    return new Flag(
        "level-mismatch",
        readsAs.compareTo(asked) > 0
            ? "This covers more of the "
                + readsAs
                + " rubric than of the "
                + asked
                + " one asked: keep that scope, and add the "
                + asked
                + " depth it misses"
                + " (the missed points above)."
            : "This reads as an "
                + readsAs
                + " answer; to read as "
                + asked
                + ", cover the missed points above.");
  }

  /** One line that says how the answer reads against the asked level. */
  public String verdict() {
    String cover = " (L6 rubric " + l6Coverage + "% covered, L7 rubric " + l7Coverage + "%)";
    if (readsAs == null) {
      return "Too little of either rubric is covered to read as L6 or L7" + cover + ".";
    }
    if (readsAs == asked) {
      return "Reads as " + asked + ", the level asked" + cover + ".";
    }
    return "Reads as " + readsAs + " although " + asked + " was asked" + cover + ".";
  }

  /** Whether the answer reads as the level asked. */
  public boolean onLevel() {
    return readsAs == asked;
  }

  /** The lead-in of {@link #advice()}, or empty when there is nothing to add. */
  public String adviceHeading() {
    return advice().isEmpty() ? "" : "To read as " + asked + ", add:";
  }

  /** The asked level's heaviest missed points, when the answer does not read as it. */
  public List<String> advice() {
    if (onLevel()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < missingForAsked.size() && i < ADVICE_POINTS; i++) {
      out.add(missingForAsked.get(i));
    }
    return out;
  }

  /**
   * The same read with {@code covered} (sentences of points the user marked "I covered this") no
   * longer among the points to add; the coverage and the level stay the scorer's.
   */
  public LevelRead without(java.util.Set<String> covered) {
    if (covered.isEmpty()) {
      return this;
    }
    return new LevelRead(
        readsAs,
        asked,
        l6Coverage,
        l7Coverage,
        missingForOther,
        missingForAsked.stream().filter(s -> !covered.contains(s)).toList());
  }

  /** How an answer's coverage of the asked level's rubric compares with the other level's. */
  static LevelRead of(Level asked, RubricMatcher.Outcome mine, RubricMatcher.Outcome other) {
    int own = (int) Math.round(100 * mine.coverage());
    int theirs = (int) Math.round(100 * other.coverage());
    Level readsAs =
        Math.max(own, theirs) < LevelRead.THIN
            ? null
            : theirs >= own + MISMATCH_MARGIN ? asked.other() : asked;
    List<String> missingOther =
        other.points().stream().filter(p -> !p.covered()).map(PointResult::point).toList();
    List<String> missingAsked =
        mine.points().stream()
            .filter(p -> p.credit() < 1)
            .sorted(Comparator.comparingInt(PointResult::weight).reversed())
            .map(PointResult::point)
            .toList();
    int l6 = asked == Level.L6 ? own : theirs;
    int l7 = asked == Level.L7 ? own : theirs;
    return new LevelRead(readsAs, asked, l6, l7, missingOther, missingAsked);
  }
}
