package dev.mockloop.scoring;

import java.util.List;

/**
 * The verb forms a story is read by ({@link StoryReader}, {@link Narration}): a past-tense verb
 * after its subject ("I then wrote"), a past participle ("I'd seen": had, not would) and "would
 * have" with a participle (a reflection on what happened, not a hypothetical).
 */
final class Tense {
  // spotless:off
  private static final WordSet IRREGULAR = WordSet.of("went", "wrote", "built", "took", "made",
      "ran", "saw", "told", "found", "got", "led", "met", "sent", "spent", "set", "put",
      "thought", "knew", "became", "began", "brought", "chose", "drove", "gave", "kept", "left",
      "lost", "paid", "read", "said", "sat", "sold", "stood", "taught", "won", "cut", "shut",
      "hired", "fell", "felt", "held", "heard", "let", "meant", "rewrote", "rebuilt", "undertook",
      "overcame", "stepped", "pulled", "pushed", "asked", "owned", "decided");
  // spotless:on
  // spotless:off
  private static final WordSet SOFTENERS = WordSet.of("then", "also", "quickly", "personally",
      "finally", "immediately", "first", "eventually", "just", "actually", "later", "still");
  // spotless:on

  static final WordSet HAD = WordSet.of("i'd", "we'd");

  // spotless:off
  private static final WordSet PARTICIPLES = WordSet.of("been", "seen", "done", "known", "given",
      "taken", "written", "gone", "chosen", "shown", "grown", "driven", "broken", "spoken",
      "forgotten", "begun");
  // spotless:on

  private Tense() {}

  /** A past participle at {@code k}: "seen", "made", "automated" (as after "had" or "have"). */
  static boolean participleAt(List<Word> words, int k) {
    if (k >= words.size()) {
      return false;
    }
    String w = words.get(k).lower();
    if (w.equals("already") || w.equals("just")) {
      return participleAt(words, k + 1);
    }
    return PARTICIPLES.contains(w) || IRREGULAR.contains(w) || w.length() > 4 && w.endsWith("ed");
  }

  /** "have" and a participle within the next three words: "would (normally) have run". */
  static boolean haveParticiple(List<Word> words, int from) {
    for (int k = from; k < from + 3 && k < words.size(); k++) {
      if (words.get(k).lower().equals("have")) {
        return k + 1 < words.size()
            && (participleAt(words, k + 1) || words.get(k + 1).lower().equals("run"));
      }
    }
    return false;
  }

  /** A past-tense verb right after the subject, or after one adverb ("I then wrote"). */
  static boolean pastVerbAfter(List<Word> words, int i) {
    for (int k = i + 1; k <= i + 2 && k < words.size(); k++) {
      String w = words.get(k).lower();
      if (IRREGULAR.contains(w) || w.length() > 4 && w.endsWith("ed")) {
        return true;
      }
      if (!SOFTENERS.contains(w)) {
        return false;
      }
    }
    return false;
  }
}
