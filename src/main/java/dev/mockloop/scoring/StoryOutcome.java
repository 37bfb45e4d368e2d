package dev.mockloop.scoring;

import java.util.List;

/**
 * Whether a story tells its result: an outcome phrase ("as a result", "went from", "dropped",
 * "shipped", ...), a before and after ("from 40 minutes to 6") or a time after the fact ("eighteen
 * months later", "in the year after") in the part of the answer that tells the result, its second
 * half: a story ends with its result, and the numbers and "dropping" of its opening are the
 * situation. An outcome verb that is the candidate's own step ("I cut the planner from the launch
 * scope") or an adjective ("the reduced scope") is an action, not a result (docs/scoring.md).
 */
final class StoryOutcome {
  /**
   * Share of an answer's words after which its result is told: a story ends with its result, and
   * the numbers and "dropping" of its opening are the situation (docs/scoring.md).
   */
  static final double LATE = 0.5;

  // spotless:off
  private static final WordPhrases OUTCOME = new WordPhrases("as a result", "result",
      "results", "resulted", "outcome", "in the end", "ended up", "went from", "dropped",
      "fell", "reduced", "cut", "increased", "improved", "saved", "shipped", "launched",
      "delivered", "finished", "completed", "on time", "achieved", "grew", "rose", "halved",
      "doubled", "tripled", "eliminated", "no longer", "since then", "brought down",
      "brought up", "went down", "went up", "succeeded", "paid off", "adopted", "closed",
      "recovered", "got better", "much better", "noticeably better", "went well", "went fine",
      "worked well", "nothing broke", "back to normal", "turned out better", "turned out well",
      "stopped complaining",
      "never happened again", "has not happened since", "became the standard",
      "became the default", "still in use", "still uses", "migrated", "was happy", "were happy",
      "was pleased", "were pleased");
  /** Outcome verbs that are also a step one takes: after "I" or "the" they are the action. */
  private static final WordSet STEPS = WordSet.of("cut", "reduced", "eliminated", "shipped",
      "launched", "delivered", "finished", "completed", "closed", "adopted", "migrated");
  private static final WordSet ACTORS = WordSet.of("i", "the");
  /** Time units of "eighteen months later". */
  private static final WordSet SPANS = WordSet.of("year", "years", "quarter", "quarters",
      "month", "months", "week", "weeks", "day", "days");
  // spotless:on

  /** Words between "from" and "to" in a before and after ("from 40 minutes a week to 6"). */
  private static final int FROM_TO_GAP = 4;

  private StoryOutcome() {}

  /** Where the part of the answer that tells the result begins: a word index. */
  static int lateFrom(List<Word> words) {
    return (int) (words.size() * LATE);
  }

  /** Whether the part of the answer that tells the result states one. */
  static boolean told(List<Word> words) {
    int from = lateFrom(words);
    for (int[] m : OUTCOME.find(words)) {
      if (m[0] >= from && !step(words, m[0])) {
        return true;
      }
    }
    for (int i = from; i < words.size(); i++) {
      if (later(words, i) || fromTo(words, i)) {
        return true;
      }
    }
    return false;
  }

  /** "I cut the planner", "the reduced scope": the outcome verb is a step, not a result. */
  private static boolean step(List<Word> words, int i) {
    return i > 0
        && STEPS.contains(words.get(i).lower())
        && ACTORS.contains(words.get(i - 1).lower());
  }

  /** "Eighteen months later", "in the year after". */
  private static boolean later(List<Word> words, int i) {
    String w = words.get(i).lower();
    return i > 0
        && SPANS.contains(words.get(i - 1).lower())
        && (w.equals("later") || w.equals("after") && words.get(i - 1).lower().equals("year"));
  }

  /** "From 40 minutes to 6": a number after "from" and another after "to". */
  private static boolean fromTo(List<Word> words, int i) {
    if (!words.get(i).lower().equals("from")
        || i + 1 >= words.size()
        || !StoryReader.number(words.get(i + 1))) {
      return false;
    }
    for (int k = i + 2; k <= i + 1 + FROM_TO_GAP && k + 1 < words.size(); k++) {
      if (words.get(k).lower().equals("to") && StoryReader.number(words.get(k + 1))) {
        return true;
      }
    }
    return false;
  }
}
