package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which words are bare items of a list of terms: "X, Y and Z" where the items are one to three
 * words with nothing said about them, and lines of one to three words in a row (a bullet list
 * of terms). The first item of an inline list counts when it is short too, or when a vague
 * frame introduces the list ("think about X, Y and Z", "things like X, Y, Z"); a verb that
 * governs the list ("alarm on X, Y and Z") is not an item, so a point that needs it is stated,
 * not listed.
 */
final class ListItems {
  static final int ITEM_WORDS = 3;
  static final int MIN_ITEMS = 3;
  private static final WordSet JOINERS = WordSet.of("and", "or", "&", "plus", "nor");
  private static final WordSet VAGUE_FRAMES =
      WordSet.of("about", "consider", "considering", "like", "including", "include", "includes",
          "mention", "remember", "also", "as", "things", "stuff", "keywords", "topics", "re");

  /**
   * Empty predicates: a clause that only says a thing "is important", "matters", "plays a role"
   * or "should be considered" names it without saying anything about it.
   */
  private static final WordSet EMPTY_PREDICATES =
      WordSet.of("important", "importance", "matters", "essential", "crucial", "vital", "paramount",
          "consideration", "considerations", "considered", "relevant", "factor", "factors",
          "aspect", "aspects", "role", "account", "mind", "key", "part");
  private static final WordSet BREAKERS =
      WordSet.of("because", "since", "so", "which", "where", "when", "if", "but", "otherwise",
          "therefore", "by", "via", "using", "to");

  private ListItems() {}

  static boolean[] mark(String text, List<Word> words, Shape shape) {
    int n = words.size();
    boolean[] listed = new boolean[n];
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && shape.sentence[end] == shape.sentence[start]) {
        end++;
      }
      inline(text, words, shape, start, end, listed);
      start = end;
    }
    shortLines(shape, n, listed);
    emptyClauses(words, shape, listed);
    frames(words, shape, listed);
    return listed;
  }

  /**
   * Marks a short lead-in ("For alerting, ...", "On the rotation, ...") whose clause goes on to
   * say nothing (an empty clause or a list of terms): the topic it names is only listed too.
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
      if (b - a > ITEM_WORDS + 1 || b == n || shape.sentence[b] != shape.sentence[a]) {
        continue;
      }
      int c = b + 1;
      int marked = listed[b] ? 1 : 0;
      while (c < n && !shape.clauseStart[c]) {
        marked += listed[c] ? 1 : 0;
        c++;
      }
      if (marked >= 2) {
        fill(listed, a, b);
      }
    }
  }

  private static final WordSet FRAME_LEADS =
      WordSet.of("for", "on", "regarding", "re", "about", "with", "around", "in", "as");

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
        boolean empty = isEmpty(words, start, i)
            || previousEmpty && extendsEmpty(words, start, i);
        if (empty) {
          fill(listed, start, i);
        }
        boolean saysNothing = empty || allListed(words, listed, start, i);
        previousEmpty = saysNothing && (i == n || shape.sentence[i] == shape.sentence[start]);
        start = i;
      }
    }
  }

  private static boolean onlyJoiners(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!JOINERS.contains(words.get(k).lower())) {
        return false;
      }
    }
    return to < words.size();
  }

  /** Whether every word of [from, to) but the joiners is a bare list item. */
  private static boolean allListed(List<Word> words, boolean[] listed, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!listed[k] && !JOINERS.contains(words.get(k).lower())) {
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

  private static final WordSet COPIES =
      WordSet.of("are", "is", "do", "does", "did", "was", "were", "can", "should", "will", "would");

  private static boolean isEmpty(List<Word> words, int from, int to) {
    boolean empty = false;
    for (int k = from; k < to; k++) {
      String w = words.get(k).lower();
      if (words.get(k).kind() == Word.Kind.NUMBER) {
        return false;
      }
      String prev = k > from ? words.get(k - 1).lower() : "";
      String next = k + 1 < to ? words.get(k + 1).lower() : "";
      boolean predicate = EMPTY_PREDICATES.contains(w) && !w.equals("key") && !w.equals("mind")
          && !w.equals("account") && !w.equals("role") && !w.equals("part")
          || w.equals("key") && (EMPTY_FOLLOWERS.contains(next) || next.equals("to")
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

  private static final WordSet ROLE_LEADS =
      WordSet.of("a", "big", "key", "important", "major", "crucial", "vital", "their", "its");
  private static final WordSet WORTH_FOLLOWERS =
      WordSet.of("thinking", "considering", "mentioning", "noting", "a", "exploring", "looking");

  private static final WordSet EMPTY_FOLLOWERS =
      WordSet.of("consideration", "question", "factor", "aspect", "concern", "point");

  /** Marks the items of lists inside the sentence [from, to). */
  private static void inline(String text, List<Word> words, Shape shape, int from, int to,
      boolean[] listed) {
    List<int[]> items = new ArrayList<>();
    int itemStart = from;
    for (int i = from; i < to; i++) {
      String w = words.get(i).lower();
      boolean separatorBefore = i > from && (shape.segmentStart[i]
          || gapHas(text, words, i, '/') || gapHas(text, words, i, ';'));
      if (JOINERS.contains(w)) {
        items.add(new int[] {itemStart, i});
        itemStart = i + 1;
      } else if (separatorBefore && i > itemStart) {
        items.add(new int[] {itemStart, i});
        itemStart = i;
      }
    }
    items.add(new int[] {itemStart, to});
    items.removeIf(r -> r[1] <= r[0]);
    int i = 0;
    while (i < items.size()) {
      int j = i + 1;
      while (j < items.size() && length(items.get(j)) <= ITEM_WORDS) {
        j++;
      }
      if (j - i >= MIN_ITEMS) {
        markHead(words, items.get(i), listed);
        for (int k = i + 1; k < j; k++) {
          fill(listed, items.get(k)[0], items.get(k)[1]);
        }
      }
      i = j;
    }
  }

  private static void markHead(List<Word> words, int[] head, boolean[] listed) {
    if (length(head) <= ITEM_WORDS) {
      fill(listed, head[0], head[1]);
      return;
    }
    for (int k = head[1] - 1; k >= head[0] && k >= head[1] - ITEM_WORDS - 1; k--) {
      if (VAGUE_FRAMES.contains(words.get(k).lower())) {
        fill(listed, k + 1, head[1]);
        return;
      }
    }
  }

  /** Runs of at least {@value #MIN_ITEMS} sentences of at most three words each. */
  private static void shortLines(Shape shape, int n, boolean[] listed) {
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || shape.sentence[i] != shape.sentence[start]) {
        sentences.add(new int[] {start, i});
        start = i;
      }
    }
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      while (j < sentences.size() && length(sentences.get(j)) <= ITEM_WORDS) {
        j++;
      }
      if (j - i >= MIN_ITEMS) {
        fill(listed, sentences.get(i)[0], sentences.get(j - 1)[1]);
      }
      i = Math.max(j, i + 1);
    }
  }

  private static boolean gapHas(String text, List<Word> words, int i, char c) {
    return text.substring(words.get(i - 1).end(), words.get(i).start()).indexOf(c) >= 0;
  }

  private static int length(int[] range) {
    return range[1] - range[0];
  }

  private static void fill(boolean[] listed, int from, int to) {
    for (int k = from; k < to; k++) {
      listed[k] = true;
    }
  }
}
