package dev.mockloop.scoring;

import java.util.List;

/**
 * Clauses that name things without saying anything about them: an empty predicate ("X and Y are
 * important", "TTLs matter", "should be taken into account"), a clause that only extends an empty
 * one ("..., as are X and Y"), and a short lead-in ("For alerting, ...") whose clause says nothing.
 * Their words count as bare list items ({@link ListItems}).
 */
final class EmptyClauses {
  /**
   * Empty predicates: a clause that only says a thing "is important", "matters", "plays a role" or
   * "should be considered" names it without saying anything about it.
   */
  // spotless:off
  private static final WordSet EMPTY_PREDICATES =
      WordSet.of("important", "importance", "matters", "essential", "crucial", "vital", "paramount",
          "consideration", "considerations", "considered", "relevant", "factor", "factors",
          "aspect", "aspects", "role", "account", "mind", "key", "part");
  // spotless:on
  // spotless:off
  private static final WordSet BREAKERS =
      WordSet.of("because", "since", "so", "which", "where", "when", "if", "but", "otherwise",
          "therefore", "by", "via", "using", "to");
  // spotless:on

  private EmptyClauses() {}

  /** Marks the empty clauses and the lead-ins of clauses that say nothing. */
  static void mark(List<Word> words, Shape shape, boolean[] listed) {
    emptyClauses(words, shape, listed);
    frames(words, shape, listed);
  }

  /**
   * Marks a short lead-in ("For alerting, ...", "On the rotation, ...") whose clause goes on to say
   * nothing (an empty clause or a list of terms): the topic it names is only listed too.
   */
  private static void frames(List<Word> words, Shape shape, boolean[] listed) {
    int n = words.size();
    for (int a = 0; a < n; a++) {
      if (!shape.clauseStart[a] || !FRAME_LEADS.contains(words.get(a).lower())) {
        continue;
      }
      int b = a + 1;
      while (b < n && !shape.clauseStart[b]) {
        b++;
      }
      if (b - a > ListItems.ITEM_WORDS + 1 || b == n || shape.sentence[b] != shape.sentence[a]) {
        continue;
      }
      int c = b + 1;
      int marked = listed[b] ? 1 : 0;
      while (c < n && !shape.clauseStart[c]) {
        marked += listed[c] ? 1 : 0;
        c++;
      }
      if (marked >= 2) {
        ListItems.fill(listed, a, b);
      }
    }
  }

  // spotless:off
  private static final WordSet FRAME_LEADS =
      WordSet.of("for", "on", "regarding", "re", "about", "with", "around", "in", "as");
  // spotless:on

  /**
   * Marks clauses whose only predicate is empty ("X and Y are important", "TTLs matter"), and a
   * clause that only extends an empty one ("..., as are X and Y"; "..., and so does Z").
   */
  private static void emptyClauses(List<Word> words, Shape shape, boolean[] listed) {
    int n = words.size();
    int start = 0;
    boolean previousEmpty = false;
    for (int i = 1; i <= n; i++) {
      if (i == n || shape.clauseStart[i] || BREAKERS.contains(words.get(i).lower())) {
        if (onlyJoiners(words, start, i)) {
          continue;
        }
        boolean empty = isEmpty(words, start, i) || previousEmpty && extendsEmpty(words, start, i);
        if (empty) {
          ListItems.fill(listed, start, i);
        }
        boolean saysNothing = empty || allListed(words, listed, start, i);
        previousEmpty = saysNothing && (i == n || shape.sentence[i] == shape.sentence[start]);
        start = i;
      }
    }
  }

  private static boolean onlyJoiners(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!ListItems.JOINERS.contains(words.get(k).lower())) {
        return false;
      }
    }
    return to < words.size();
  }

  /** Whether every word of [from, to) but the joiners is a bare list item. */
  private static boolean allListed(List<Word> words, boolean[] listed, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!listed[k] && !ListItems.JOINERS.contains(words.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /** "as are X", "as is X", "as does X", "and so does X", "as well as X" after an empty clause. */
  private static boolean extendsEmpty(List<Word> words, int from, int to) {
    int k = from;
    if (k < to && words.get(k).lower().equals("and")) {
      k++;
    }
    if (k + 1 >= to) {
      return false;
    }
    String lead = words.get(k).lower();
    String verb = words.get(k + 1).lower();
    return (lead.equals("as") || lead.equals("so")) && COPIES.contains(verb)
        || lead.equals("as") && verb.equals("well");
  }

  // spotless:off
  private static final WordSet COPIES =
      WordSet.of("are", "is", "do", "does", "did", "was", "were", "can", "should", "will", "would");
  // spotless:on

  private static boolean isEmpty(List<Word> words, int from, int to) {
    boolean empty = false;
    for (int k = from; k < to; k++) {
      String w = words.get(k).lower();
      if (words.get(k).kind() == Word.Kind.NUMBER) {
        return false;
      }
      if (empty || !PREDICATE_WORDS.contains(w)) {
        continue; // no predicate below can hold: one word set probe instead of a dozen compares
      }
      String prev = k > from ? words.get(k - 1).lower() : "";
      String next = k + 1 < to ? words.get(k + 1).lower() : "";
      boolean predicate =
          EMPTY_PREDICATES.contains(w)
                  && !w.equals("key")
                  && !w.equals("mind")
                  && !w.equals("account")
                  && !w.equals("role")
                  && !w.equals("part")
              || w.equals("key")
                  && (EMPTY_FOLLOWERS.contains(next)
                      || next.equals("to")
                      || next.isEmpty() && (prev.equals("is") || prev.equals("are")))
              || w.equals("mind") && prev.equals("in")
              || w.equals("account") && prev.equals("into")
              || (w.equals("role") || w.equals("part")) && ROLE_LEADS.contains(prev)
              || w.equals("about") && (prev.equals("think") || prev.equals("thinking"))
              || w.equals("consider") && prev.equals("to")
              || w.equals("worth") && WORTH_FOLLOWERS.contains(next)
              || w.equals("help") && prev.equals("also") && next.isEmpty()
              || w.equals("matter") && !prev.equals("no") && !prev.equals("a");
      empty |= predicate;
    }
    return empty;
  }

  /** Every word that can be an empty predicate below. */
  // spotless:off
  private static final WordSet PREDICATE_WORDS = WordSet.of("important", "importance", "matters",
      "essential", "crucial", "vital", "paramount", "consideration", "considerations", "considered",
      "relevant", "factor", "factors", "aspect", "aspects", "role", "account", "mind", "key", "part",
      "about", "consider", "worth", "help", "matter");
  // spotless:on

  // spotless:off
  private static final WordSet ROLE_LEADS =
      WordSet.of("a", "big", "key", "important", "major", "crucial", "vital", "their", "its");
  // spotless:on
  // spotless:off
  private static final WordSet WORTH_FOLLOWERS =
      WordSet.of("thinking", "considering", "mentioning", "noting", "a", "exploring", "looking");
  // spotless:on

  // spotless:off
  private static final WordSet EMPTY_FOLLOWERS =
      WordSet.of("consideration", "question", "factor", "aspect", "concern", "point");
  // spotless:on
}
