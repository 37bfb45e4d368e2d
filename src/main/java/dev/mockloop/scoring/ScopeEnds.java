package dev.mockloop.scoring;

import java.util.List;

/**
 * Where a negation ends sooner than its clause ({@link Negation#cues}): a negation inside one item
 * of a list ends at the item's comma ("customers charged with no order, refunds, disputes" negates
 * only "order"; "refunds, orders never shipped, disputes" only "shipped"), and "no longer" in a
 * clause that describes the noun before it ("delete data we no longer need and expire logs") ends
 * with its verb. A list a negation opens stays under it: "we don't need retries, backoff or
 * jitter", "without retries, backoff or jitter", "not Cassandra, Mongo or Redis". A negated action
 * ends before a relative clause of its object ({@link RelativeEnds}): "I would not move anything
 * that needs a synchronous answer" negates only the moving.
 */
final class ScopeEnds {
  /** Words an item's "no X" or "without X" may hold before the list's comma. */
  private static final int ITEM_WORDS = 2;

  // spotless:off
  private static final WordSet PRONOUNS = WordSet.of("we", "they", "you", "i", "it", "people");
  /** Words before "we no longer" that make it a clause of its own, not one about a noun. */
  private static final WordSet NOT_A_NOUN =
      WordSet.of("and", "or", "but", "so", "that", "which", "if", "when", "because", "now",
          "then", "think", "know", "mean", "means", "say", "said", "where", "once", "since",
          "hopefully", "honestly", "today", "also", "until", "after", "before", "as", "while");
  // spotless:on

  private ScopeEnds() {}

  /** The last word the negation opened at {@code cue} may reach, or the word count. */
  static int limit(List<Word> words, Shape shape, int cue) {
    int relative =
        Math.min(RelativeEnds.before(words, shape, cue), NegatedSubjects.end(words, shape, cue));
    return Math.min(clauseLimit(words, shape, cue), relative);
  }

  private static int clauseLimit(List<Word> words, Shape shape, int cue) {
    int n = words.size();
    int next = nextSegment(shape, cue, n);
    if (next < n && !shape.clauseStart[next]) {
      int start = cue;
      while (start > 0 && !shape.segmentStart[start]) {
        start--;
      }
      boolean laterItem = start > 0 && !shape.clauseStart[start];
      String w = words.get(cue).lower();
      boolean opensItem = (w.equals("no") || w.equals("without")) && next - cue - 1 <= ITEM_WORDS;
      if ((laterItem || opensItem) && !closedByOr(words, shape, next)) {
        return next - 1;
      }
    }
    if (noLongerAboutANoun(words, shape, cue)) {
      int end = cue + 2; // "no longer" and its verb
      return end + 1 < n && words.get(end + 1).lower().equals("to") ? end + 2 : end;
    }
    return n;
  }

  private static int nextSegment(Shape shape, int cue, int n) {
    int next = cue + 1;
    while (next < n && !shape.segmentStart[next]) {
      next++;
    }
    return next;
  }

  /** Whether the list from word {@code from} ends with "or"/"nor": one negation over all of it. */
  private static boolean closedByOr(List<Word> words, Shape shape, int from) {
    for (int j = from; j < words.size() && (j == from || !shape.clauseStart[j]); j++) {
      String w = words.get(j).lower();
      if (w.equals("or") || w.equals("nor")) {
        return true;
      }
    }
    return false;
  }

  /** "data we no longer need": "no longer" after a pronoun that follows a noun. */
  private static boolean noLongerAboutANoun(List<Word> words, Shape shape, int cue) {
    if (cue < 2 || cue + 2 >= words.size() || !words.get(cue + 1).lower().equals("longer")) {
      return false;
    }
    int pronoun = cue - 1;
    return PRONOUNS.contains(words.get(pronoun).lower())
        && !shape.clauseStart[pronoun]
        && !shape.segmentStart[pronoun]
        && !NOT_A_NOUN.contains(words.get(pronoun - 1).lower());
  }
}
