package dev.mockloop.scoring;

import java.util.List;

/**
 * Counts the sentences of an answer that tell something that happened and was not in the question:
 * a person as the subject ("I", "we", "he", "she", "they", or a word after "my", "the", "our"...:
 * "my manager", "the director") with a past-tense verb right after it ("she pushed back", "I then
 * wrote"), and at least {@link #NEW_WORDS} content words the question did not use. A bar raiser
 * grades a follow-up about a story by how concretely it tells what happened; a restatement ("I made
 * sure the riskiest change was safe"), a value ("I believe dissent should be welcome") or a
 * hypothetical ("I would stay calm") tells nothing new.
 */
final class Narration {
  /** Content words of its own a sentence needs to count as telling something. */
  static final int NEW_WORDS = 3;

  private static final WordSet SUBJECTS = WordSet.of("i", "we", "he", "she", "they");

  /** Words that make the next word a named person or group ("my manager", "the director"). */
  private static final WordSet OWNERS =
      WordSet.of("my", "our", "the", "his", "her", "their", "your");

  private Narration() {}

  static int count(AnalyzedAnswer a) {
    int sentences = a.shape.sentences;
    boolean[] told = new boolean[sentences];
    boolean[] toldByWe = new boolean[sentences];
    boolean own = false;
    List<Word> words = a.words;
    for (int i = 0; i < words.size(); i++) {
      if (subject(words, i) && Tense.pastVerbAfter(words, i)) {
        boolean we = words.get(i).lower().equals("we");
        own |= words.get(i).lower().equals("i");
        (we ? toldByWe : told)[a.shape.sentence[i]] = true;
      }
    }
    boolean[] counted = new boolean[sentences];
    for (int i = 0; i < words.size(); i++) {
      counted[a.shape.sentence[i]] |= StoryReader.number(words.get(i));
    }
    for (int s = 0; s < sentences; s++) {
      told[s] |= toldByWe[s] && (own || counted[s]);
    }
    return count(a, told);
  }

  /**
   * The sentences marked in {@code told} that add at least {@link #NEW_WORDS} words of their own.
   */
  static int count(AnalyzedAnswer a, boolean[] told) {
    int[] fresh = new int[a.shape.sentences];
    for (int t = 0; t < a.tokens.size(); t++) {
      Token tok = a.tokens.get(t);
      String word = a.words.get(a.tokenWord[t]).lower();
      boolean content =
          !tok.stop()
              && !Vocabulary.FUNCTION_WORDS.contains(word)
              && (tok.term().length() >= 3 || Character.isDigit(tok.term().charAt(0)));
      if (content && !a.question.has(tok.term())) {
        fresh[a.sentenceOf(t)]++;
      }
    }
    int n = 0;
    for (int s = 0; s < told.length; s++) {
      n += told[s] && fresh[s] >= NEW_WORDS ? 1 : 0;
    }
    return n;
  }

  private static boolean subject(List<Word> words, int i) {
    String w = words.get(i).lower();
    if (SUBJECTS.contains(w)) {
      return true;
    }
    return i > 0
        && OWNERS.contains(words.get(i - 1).lower())
        && !Vocabulary.FUNCTION_WORDS.contains(w)
        && w.length() >= 3;
  }
}
