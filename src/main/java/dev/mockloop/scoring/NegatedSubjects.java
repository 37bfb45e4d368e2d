package dev.mockloop.scoring;

import java.util.List;

/**
 * "Nobody" as the subject of a verb negates its predicate: "Nobody checks the backups" does not say
 * the backups are checked, and "nobody owned the alerts" does not say anyone owned them (in a story
 * that goes on "so I took them over", the taking over is what shows ownership). Only right before
 * its verb, after at most one adverb ("nobody else knew", "nobody ever checked"): "I told nobody"
 * negates nothing. At the start of a clause (a sentence, a clause, after a conjunction, or as what
 * a verb reports: "we found nobody had checked") the scope is the rest of the clause, as for "not";
 * after a noun ("features nobody has asked for", "what nobody wants") the clause describes the
 * noun, and the scope is its verb only ({@link #end}), since what follows it is the sentence's own
 * clause. "No one" and "none of" are negations already ("no", "none").
 */
final class NegatedSubjects {
  private static final WordSet SUBJECTS = WordSet.of("nobody", "noone");

  // spotless:off
  /** Words after which "nobody" starts a clause. */
  private static final WordSet OPENERS =
      WordSet.of("and", "but", "so", "because", "since", "as", "when", "whenever", "if", "until",
          "while", "though", "although", "where", "yet", "or", "then", "once", "after", "before");
  /** Words of a verb group after its first verb: "can easily test", "has asked for". */
  private static final WordSet GROUP =
      WordSet.of("be", "been", "being", "have", "ever", "really", "actually", "even", "easily",
          "still", "already", "for", "about", "on", "up", "with", "to", "of", "in");
  private static final WordSet MODALS =
      WordSet.of("can", "could", "will", "would", "should", "must", "may", "might", "does",
          "did", "do", "cannot", "can't", "won't", "wouldn't", "doesn't", "didn't");
  // spotless:on

  private NegatedSubjects() {}

  /** Whether the word at {@code i} is "nobody" as the subject of a verb that follows it. */
  static boolean opens(List<Word> words, Shape shape, int i) {
    return SUBJECTS.contains(words.get(i).lower()) && VerbLike.at(words, shape, i + 1) >= 0;
  }

  /**
   * The last word of a negated subject that starts at {@code i}: "nobody", or "one" of "no one"
   * (whose "no" is a cue of its own); -1 if none starts there.
   */
  static int subject(List<Word> words, int i) {
    String w = words.get(i).lower();
    if (SUBJECTS.contains(w)) {
      return i;
    }
    boolean noOne =
        w.equals("no") && i + 1 < words.size() && words.get(i + 1).lower().equals("one");
    return noOne ? i + 1 : -1;
  }

  /**
   * The last word the scope of "nobody" at {@code cue} reaches: the word count for a clause's
   * subject, the end of its verb group after a noun ("what nobody wants", "something nobody can
   * easily test").
   */
  static int end(List<Word> words, Shape shape, int cue) {
    int subject = subject(words, cue);
    if (subject < 0 || startsClause(words, shape, cue)) {
      return words.size();
    }
    int verb = VerbLike.at(words, shape, subject + 1);
    if (verb < 0) {
      return words.size();
    }
    int last = verb;
    boolean base = MODALS.contains(words.get(verb).lower()); // a modal's verb follows it
    for (int k = verb + 1; k < words.size() && !shape.segmentStart[k]; k++) {
      String w = words.get(k).lower();
      if (GROUP.contains(w) || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly")) {
        last = k;
      } else if (base) {
        last = k;
        base = false;
      } else {
        break;
      }
    }
    return last;
  }

  private static boolean startsClause(List<Word> words, Shape shape, int i) {
    if (shape.segmentStart[i]) {
      return true;
    }
    String prev = words.get(i - 1).lower();
    if (prev.equals("that")) { // "we found that nobody...", not "the gap that nobody claimed"
      return i > 1 && !shape.segmentStart[i - 1] && VerbLike.surely(words.get(i - 2).lower());
    }
    return OPENERS.contains(prev) || VerbLike.surely(prev);
  }
}
