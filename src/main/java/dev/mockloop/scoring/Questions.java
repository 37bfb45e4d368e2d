package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidate asking: a sentence of the answer that ends in "?" ("Do apps rely on reading their
 * own writes?") says the asking that a clarifying point's ask group holds ("ask", "clarify",
 * "confirm"), so it stands in for that group when the point's other groups are said in the same
 * sentence. A question mention is marked as restating the question, so the other groups must be in
 * the answer's own words: asking the interviewer's question back earns nothing. It claims no word
 * (two points may each take their own words from one question), and its evidence is the "?".
 */
final class Questions {
  /** The phrase a question mention's evidence shows. */
  static final String PHRASE = "asked as a question";

  private static final boolean SAYS_NO = Negation.saysNo(PHRASE);

  /** Words that open an asking alternative ("ask whether", "clarify", "confirm with"). */
  // spotless:off
  private static final WordSet ASKING =
      WordSet.of("ask", "asks", "asking", "clarify", "clarifies", "clarifying", "confirm",
          "confirms", "confirming");
  // spotless:on

  /** A group is an ask group when at least this many of its alternatives start with one. */
  static final int MIN_ASKING = 3;

  private Questions() {}

  /** The index of the point's ask group, or -1 when it has none. */
  static int askGroup(List<List<String>> groups) {
    for (int g = 0; g < groups.size(); g++) {
      int asking = 0;
      for (String alternative : groups.get(g)) {
        String first = alternative.strip().split("[\\s-]+", 2)[0];
        asking += ASKING.contains(first.toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
      }
      if (asking >= MIN_ASKING) {
        return g;
      }
    }
    return -1;
  }

  /** Whether a mention is a question's ({@link #of}). */
  static boolean asked(Mention m) {
    return m.evidence().phrase() == PHRASE;
  }

  /**
   * One mention per sentence that ends in "?": at the sentence's last token (for the window), its
   * evidence the question mark.
   */
  static List<Mention> of(AnalyzedAnswer answer) {
    List<Word> words = answer.words;
    int[] lastToken = new int[answer.shape.sentences];
    Arrays.fill(lastToken, -1);
    for (int t = 0; t < answer.tokens.size(); t++) {
      lastToken[answer.sentenceOf(t)] = t;
    }
    List<Mention> out = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      int s = answer.shape.sentence[w];
      boolean last = w + 1 == words.size() || answer.shape.sentence[w + 1] != s;
      if (!last || lastToken[s] < 0) {
        continue;
      }
      int end = w + 1 == words.size() ? answer.text.length() : words.get(w + 1).start();
      int mark = answer.text.indexOf('?', words.get(w).end());
      if (mark < 0 || mark >= end) {
        continue;
      }
      Evidence e = new Evidence(mark, mark + 1, "?", PHRASE);
      out.add(new Mention(new int[] {lastToken[s]}, e, false, true, false, s, SAYS_NO));
    }
    return out;
  }
}
