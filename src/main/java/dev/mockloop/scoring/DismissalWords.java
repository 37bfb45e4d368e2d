package dev.mockloop.scoring;

import java.util.List;

/**
 * Words that dismiss the idea they follow in a clause: "overkill", "premature", "a non-issue", "a
 * nice-to-have", "over-engineering", "sounds nice, but", "can wait", "can come later", "would only
 * slow everyone down", and "is fine" closing a clause that starts with an action. {@link
 * Dismissals} decides which mentions such a word reaches.
 */
final class DismissalWords {
  /** Verdicts that dismiss what they follow ("the partition key is premature"). */
  // spotless:off
  private static final String[] DISMISSAL_WORDS = {"overkill", "unnecessary", "unneeded",
      "pointless", "premature", "irrelevant", "unimportant", "nonissue", "needless", "moot",
      "overrated", "overengineering", "optional", "waste", "noise", "negligible", "overengineered",
      "overblown", "overstated", "overcomplicated", "distraction", "bureaucracy", "bureaucratic",
      "myth"};
  // spotless:on
  static final WordSet DISMISSALS = WordSet.of(DISMISSAL_WORDS);

  /** Words before "later" or "wait" that defer an idea indefinitely ("X can come later"). */
  // spotless:off
  private static final WordSet DEFERRALS =
      WordSet.of("can", "could", "worry", "deal", "leave", "defer", "postpone", "bother", "until");
  // spotless:on
  /** "X sounds nice, but": faint praise before a contrast sets X aside. */
  // spotless:off
  private static final WordSet FAINT_PRAISE =
      WordSet.of("nice", "good", "great", "appealing", "reasonable", "elegant", "clever", "neat");
  // spotless:on
  /** The second half of a hyphenated dismissal the scanner splits ("over-engineering"). */
  // spotless:off
  private static final WordSet OVERDONE =
      WordSet.of("engineering", "engineered", "engineer", "kill", "blown", "stated", "complicated");
  // spotless:on
  /** "X would only slow everyone down": who an idea is said to slow down. */
  // spotless:off
  private static final WordSet SLOWED =
      WordSet.of("them", "us", "everyone", "everybody", "teams", "people", "things", "delivery",
          "engineers", "developers");
  // spotless:on
  // spotless:off
  private static final String[] APPEARS_WORDS = {"sound", "sounds", "look", "looks", "seem",
      "seems"};
  private static final WordSet APPEARS = WordSet.of(APPEARS_WORDS);
  // spotless:on

  /** Every word {@link #dismisses} can be true at: any other is ruled out by one probe. */
  private static final WordSet TRIGGERS = triggers();

  private static WordSet triggers() {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(DISMISSAL_WORDS));
    all.addAll(java.util.List.of(APPEARS_WORDS));
    all.addAll(java.util.List.of("non", "nice", "over", "later", "slow", "slows", "wait", "fine"));
    return WordSet.copyOf(all);
  }

  private DismissalWords() {}

  /**
   * Whether word j, after a mention, dismisses it: "premature", "overkill", "a non-issue", "a
   * nice-to-have", "can wait", "can come later", and "is fine" closing a clause that starts with an
   * action ("counting declines as failures is fine", "keeping it as it is is fine").
   */
  static boolean dismisses(List<Word> words, Shape shape, int j, String w) {
    if (!TRIGGERS.contains(w)) {
      return false;
    }
    String next = j + 1 < words.size() ? words.get(j + 1).lower() : "";
    String prev = j > 0 ? words.get(j - 1).lower() : "";
    if (DISMISSALS.contains(w)) {
      return !(w.equals("optional") && prev.equals("not"))
          && !POSSESSIVES.contains(prev)
          // "optional fields": before its noun, with no "is" before it, it names a kind of thing;
          // "premature optimization" or "noise nobody reads" stay verdicts
          && !(w.equals("optional") && beforeItsNoun(words, shape, j + 1));
    }
    if (w.equals("non") && next.equals("issue")
        || w.equals("nice")
            && next.equals("to")
            && j + 2 < words.size()
            && words.get(j + 2).lower().equals("have")
            && !beforeItsNoun(words, shape, j + 3)) {
      return true;
    }
    if (w.equals("over") && OVERDONE.contains(next)) {
      return true;
    }
    if (APPEARS.contains(w) && FAINT_PRAISE.contains(next)) {
      for (int k = j + 2; k <= j + 5 && k < words.size(); k++) {
        String c = words.get(k).lower();
        if (c.equals("but") || c.equals("however")) {
          return true;
        }
      }
      return false;
    }
    if (w.equals("later")) {
      return LaterWord.defers(words, shape, j, prev, next);
    }
    if (w.equals("slow") || w.equals("slows")) {
      String after = j + 2 < words.size() ? words.get(j + 2).lower() : "";
      return SLOWED.contains(next) && after.equals("down");
    }
    if (w.equals("wait")) {
      return deferredBefore(words, j);
    }
    if (w.equals("fine")) {
      boolean closes =
          j + 1 >= words.size()
              || shape.clauseStart[j + 1]
              || shape.sentence[j + 1] != shape.sentence[j]
              || next.equals("as");
      return closes && clauseStartsWithAction(words, shape, j);
    }
    return false;
  }

  /** A deferral word ("can", "worry", "leave") in the three words before j. */
  static boolean deferredBefore(List<Word> words, int j) {
    for (int k = Math.max(0, j - 3); k < j; k++) {
      if (DEFERRALS.contains(words.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet COPULAS =
      WordSet.of("is", "are", "was", "were", "be", "been", "being", "it's", "that's", "seems");

  /** "cut their waste": a dismissal word as the object of a possessive is a noun, not a verdict. */
  private static final WordSet POSSESSIVES =
      WordSet.of("their", "our", "its", "my", "your", "his", "her");

  /** Words that follow a verdict ("overkill for this", "optional here"), never its noun. */
  // spotless:off
  private static final WordSet AFTER_A_VERDICT =
      WordSet.of("and", "or", "but", "for", "to", "in", "at", "of", "because", "since", "so", "if",
          "when", "than", "as", "is", "are", "was", "were", "be", "anyway", "now", "here", "there",
          "really", "too", "though", "compared", "until", "unless", "by", "on", "given");
  // spotless:on

  /**
   * Whether the word at k, in the same clause, is the noun a dismissal word describes
   * ("nice-to-have features", "optional fields"): then the word names a kind of thing, it does not
   * dismiss one.
   */
  private static boolean beforeItsNoun(List<Word> words, Shape shape, int k) {
    if (k >= words.size() || shape.clauseStart[k] || shape.sentence[k] != shape.sentence[k - 1]) {
      return false;
    }
    for (int c = Math.max(0, k - 5); c < k; c++) {
      if (COPULAS.contains(words.get(c).lower())) {
        return false; // "drills are a nice-to-have exercise": still a verdict
      }
    }
    String w = words.get(k).lower();
    return Character.isLetter(w.charAt(0)) && !AFTER_A_VERDICT.contains(w);
  }

  private static boolean clauseStartsWithAction(List<Word> words, Shape shape, int j) {
    int start = j;
    while (start > 0 && !shape.clauseStart[start]) {
      start--;
    }
    for (int k = start; k <= start + 1 && k < j; k++) {
      String w = words.get(k).lower();
      if (w.length() > 4 && w.endsWith("ing") || w.equals("keep") || w.equals("leave")) {
        return true;
      }
    }
    return false;
  }
}
