package dev.mockloop.scoring;

import java.util.List;

/**
 * Whether a word reads as a finite verb, from its form alone (the scorer has no part-of-speech
 * tagger): an auxiliary or modal ("is", "has", "can"), a negated one ("doesn't"), a past form
 * ("owned", "took") or a third-person form ("checks", "needs"). Base forms ("run", "hold") are left
 * out, since "that run" or "that hold" reads as a noun as often. Used where a negation's scope
 * depends on a verb following a word: "nobody checks" ({@link NegatedSubjects}), "anything that
 * needs" ({@link ScopeEnds}).
 */
final class VerbLike {
  // spotless:off
  private static final WordSet FINITE =
      WordSet.of("is", "are", "was", "were", "has", "have", "had", "can", "could", "will",
          "would", "should", "must", "may", "might", "does", "did", "do", "cannot", "went",
          "took", "made", "knew", "saw", "got", "ran", "kept", "let", "put", "said", "told",
          "thought", "felt", "held", "paid", "sent", "set", "wrote", "built", "found", "gave",
          "left", "lost", "led", "meant", "came", "became");
  /** Words that may stand between a subject and its verb ("nobody ever checked"). */
  private static final WordSet ADVERBS =
      WordSet.of("ever", "really", "actually", "already", "still", "even", "also", "only",
          "just", "always", "else", "then", "truly", "fully", "properly", "seriously");
  /** Words ending in "s" that are not a verb's third-person form. */
  private static final WordSet NOT_VERBS =
      WordSet.of("this", "its", "his", "hers", "ours", "yours", "theirs", "as", "us", "thus",
          "yes", "plus", "less", "unless", "always", "sometimes", "perhaps", "was", "is", "has",
          "does", "afterwards", "towards", "besides", "news", "series", "status", "bus",
          "process", "access", "success", "business", "progress", "stress", "analysis", "basis",
          "across", "speed", "feed", "seed", "hundred", "indeed");
  // spotless:on

  private VerbLike() {}

  /** The position of the verb that starts at {@code i} after at most one adverb, or -1. */
  static int at(List<Word> words, Shape shape, int i) {
    int k = i;
    if (k < words.size() && ADVERBS.contains(words.get(k).lower()) && !shape.clauseStart[k]) {
      k++;
    }
    if (k >= words.size() || shape.clauseStart[k]) {
      return -1;
    }
    return finite(words.get(k).lower()) ? k : -1;
  }

  /**
   * Whether the word, lower-cased, surely reads as a finite verb: an auxiliary, a modal or a past
   * form, not a form in "-s", which a plural noun shares ("features nobody asked for").
   */
  static boolean surely(String w) {
    return auxiliary(w) || w.length() > 4 && w.endsWith("ed");
  }

  /** Whether the word, lower-cased, is an auxiliary, a modal or an irregular past form. */
  static boolean auxiliary(String w) {
    return FINITE.contains(w) || w.endsWith("n't");
  }

  /** Whether the word, lower-cased, reads as a finite verb. */
  static boolean finite(String w) {
    if (auxiliary(w)) {
      return true;
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return !NOT_VERBS.contains(w);
    }
    return w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")
        && !w.endsWith("'s")
        && !NOT_VERBS.contains(w);
  }
}
