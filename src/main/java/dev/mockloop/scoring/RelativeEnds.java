package dev.mockloop.scoring;

import java.util.List;

/**
 * Where a negated action ends before a relative clause of its object: "I would not move anything
 * that needs a synchronous answer", "we never delete data that has a legal hold". The negation is
 * on the verb ("move", "delete"); the clause "that"/"who" and a verb opens states a property of the
 * object positively, so the scope ends before it. The converse of a negation inside a relative
 * clause ({@link Negation}). A negation of being, having, needing, finding or knowing keeps the
 * clause, since there the object itself is denied and what the clause says with it ("we don't have
 * a job that checks the backups", "there isn't a runbook that covers it", "we never found a log
 * that explained it"), and so do "no", "without", "none" and "nor", which deny the object ("no job
 * that checks the backups"). A negated subject denies its verb like "not" ("nobody checks the job
 * that runs at night", "no one reads the alert that fires": {@link NegatedSubjects}). Only a
 * negation word opens such a scope: "instead of", "rather than" and "avoid" keep theirs.
 */
final class RelativeEnds {
  // spotless:off
  /** Cues that deny a thing, not an action, and negations of being. */
  private static final WordSet DENY_THINGS =
      WordSet.of("no", "without", "none", "nor", "neither", "isn't", "aren't", "wasn't",
          "weren't", "isnt", "arent", "wasnt", "werent", "ain't");
  /** Verbs whose negation denies their object, and words that start an object, not a verb. */
  private static final WordSet KEEP =
      WordSet.of("be", "been", "being", "is", "are", "was", "were", "have", "has", "had",
          "having", "need", "needs", "needed", "want", "wanted", "see", "saw", "seen", "find",
          "found", "know", "knew", "known", "get", "got", "exist", "exists", "existed", "there",
          "notice", "noticed", "hear", "heard", "remember", "recall", "think", "thought",
          "believe", "expect", "mean", "say", "said", "tell", "told", "show", "showed", "a",
          "an", "the", "any", "every", "all", "some", "anything", "everything", "this", "that",
          "these", "those", "my", "our", "their", "your", "its", "one", "many", "much", "enough",
          "more", "only", "just", "so", "as", "even");
  private static final WordSet BE =
      WordSet.of("is", "are", "was", "were", "be", "been", "am", "it's", "that's", "there's",
          "he's", "she's", "what's", "we're", "they're", "you're", "i'm");
  private static final WordSet FILLERS =
      WordSet.of("to", "ever", "really", "actually", "necessarily", "always", "usually", "just");
  private static final WordSet RELATIVES = WordSet.of("that", "who");
  // spotless:on

  private RelativeEnds() {}

  /**
   * The last word a negation opened at {@code cue} may reach when a relative clause of its verb's
   * object follows: the word before the clause's "that"/"who"; else the word count.
   */
  static int before(List<Word> words, Shape shape, int cue) {
    int n = words.size();
    String c = words.get(cue).lower();
    int subject = NegatedSubjects.subject(words, cue); // "nobody checks", "no one checks"
    if (!Negation.isCueWord(c) && subject < 0
        || DENY_THINGS.contains(c) && subject < 0
        || c.equals("not") && cue > 0 && BE.contains(at(words, cue - 1))) {
      return n; // "no job that checks", "it's not something that needs"
    }
    int verb = Math.max(cue, subject) + 1;
    while (verb < n && verb <= cue + 2 && FILLERS.contains(at(words, verb))) {
      verb++;
    }
    if (verb >= n || shape.clauseStart[verb] || KEEP.contains(at(words, verb))) {
      return n;
    }
    for (int j = verb + 2; j < n && j <= cue + Negation.SCOPE && !shape.clauseStart[j]; j++) {
      if (RELATIVES.contains(at(words, j)) && VerbLike.at(words, shape, j + 1) >= 0) {
        return j - 1;
      }
    }
    return n;
  }

  private static String at(List<Word> words, int i) {
    return i < words.size() ? words.get(i).lower() : "";
  }
}
