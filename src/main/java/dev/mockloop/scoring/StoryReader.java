package dev.mockloop.scoring;

import java.util.List;

/** Reads a {@link Story} from an answer's words: one pass, no regular expressions. */
final class StoryReader {
  // spotless:off
  private static final WordSet SINGULAR =
      WordSet.of("i", "me", "my", "myself", "mine", "i'd", "i'm", "i've", "i'll");
  // spotless:on
  // spotless:off
  private static final WordSet PLURAL =
      WordSet.of("we", "our", "us", "ourselves", "ours", "we'd", "we're", "we've", "we'll");
  // spotless:on
  private static final WordSet SUBJECTS = WordSet.of("i", "we");
  // spotless:off
  private static final WordSet MODALS = WordSet.of("would", "will", "usually", "typically",
      "always", "generally", "normally", "tend", "should", "could", "might");
  // spotless:on
  /** Words that make a sentence say what one would do ("If I were..., I'd..."). */
  private static final WordSet CONDITIONAL = WordSet.of("would", "i'd", "we'd");

  private static final WordSet CONTRACTED = WordSet.of("i'd", "i'll", "we'd", "we'll");
  private static final WordSet PAST_MARKERS = WordSet.of("was", "were", "had", "did");

  /**
   * Cues that a "would" sentence reflects on the past ("next time I would..."), not a hypothesis.
   */
  // spotless:off
  private static final WordPhrases REFLECTION = new WordPhrases("next time", "differently",
      "in hindsight", "looking back", "again", "if i had", "i wish", "lesson", "learned",
      "learnt", "in retrospect");
  // spotless:on
  // spotless:off
  private static final WordSet NUMBER_WORDS = WordSet.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty", "fifty",
      "hundred", "thousand", "million", "half", "dozen", "doubled", "halved", "tripled");
  // spotless:on

  private StoryReader() {}

  static Story read(AnalyzedAnswer a) {
    Reading r = new Reading(a);
    int wouldCount = 0;
    int real = 0;
    boolean[] told = r.told;
    for (int s = 0; s < told.length; s++) {
      // "was/were/had" inside a "would" sentence belongs to the hypothetical ("If I were..., I
      // would..."): only someone's past-tense action tells what happened there
      wouldCount += r.hypothetical(s) ? 1 : 0;
      real += told[s] || r.marked[s] && !r.conditional[s] ? 1 : 0;
      told[s] |= r.marked[s];
    }
    int toldCount = Narration.count(a, told);
    return new Story(
        r.singular, r.plural, toldCount, real, wouldCount, StoryOutcome.told(a.words), r.numbers);
  }

  /**
   * Per sentence, the first word from which it says what one would do rather than what happened, or
   * the word count: a sentence {@link Story#hypothetical} counts ("I would reach out to their
   * lead", "I'd escalate") from its first "would", "I'd" or "we'd", since what stands before it may
   * be told ("It was worth it, and the teams saw I'd say so"). Reflections ("next time I would...",
   * "I'd have automated it"), sentences that tell an action ("I'd seen", "I then wrote") and those
   * whose modal is not a conditional ("we could lose data", "these days I always check") are left
   * out.
   */
  static int[] hypotheticalFrom(AnalyzedAnswer a) {
    Reading r = new Reading(a);
    int[] from = new int[r.told.length];
    for (int s = 0; s < from.length; s++) {
      from[s] = r.hypothetical(s) && r.conditionalAt[s] >= 0 ? r.conditionalAt[s] : a.words.size();
    }
    return from;
  }

  /** One pass over an answer's words: the tense of each sentence, and the counts of a story. */
  private static final class Reading {
    final boolean[] told;
    final boolean[] would;
    final boolean[] reflects;
    final boolean[] marked;
    final boolean[] conditional;

    /** Per sentence, its first "would", "I'd" or "we'd" (not "had"), or -1. */
    final int[] conditionalAt;

    int singular;
    int plural;
    int numbers;

    Reading(AnalyzedAnswer a) {
      List<Word> words = a.words;
      int[] sentence = a.shape.sentence;
      int sentences = a.shape.sentences;
      told = new boolean[sentences];
      would = new boolean[sentences];
      reflects = new boolean[sentences];
      marked = new boolean[sentences];
      conditional = new boolean[sentences];
      conditionalAt = new int[sentences];
      java.util.Arrays.fill(conditionalAt, -1);
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i).lower();
        singular += SINGULAR.contains(w) ? 1 : 0;
        plural += PLURAL.contains(w) ? 1 : 0;
        numbers += number(words.get(i)) ? 1 : 0;
        int s = sentence[i];
        if (PAST_MARKERS.contains(w)) {
          marked[s] = true;
        }
        if (Tense.HAD.contains(w) && Tense.participleAt(words, i + 1)) {
          told[s] = true; // "I'd seen", "we'd left out": had, not would
        } else if (CONTRACTED.contains(w) || SUBJECTS.contains(w) && next(words, i, MODALS)) {
          conditional[s] |= CONDITIONAL.contains(w);
          conditionalAt(s, CONDITIONAL.contains(w) || next(words, i, CONDITIONAL) ? i : -1);
          would[s] = true;
          // "I'd have automated it first", "I would have run": a reflection on what happened
          reflects[s] |= Tense.haveParticiple(words, i + 1);
        } else if (SUBJECTS.contains(w) && Tense.pastVerbAfter(words, i)) {
          told[s] = true;
        }
        conditional[s] |= w.equals("would");
        conditionalAt(s, w.equals("would") ? i : -1);
      }
      for (int[] m : REFLECTION.find(words)) {
        reflects[sentence[m[0]]] = true;
      }
    }

    private void conditionalAt(int s, int i) {
      if (conditionalAt[s] < 0) {
        conditionalAt[s] = i;
      }
    }

    /** A "would" sentence that tells no action and reflects on nothing (before "was" counts). */
    boolean hypothetical(int s) {
      return would[s] && !told[s] && !reflects[s];
    }
  }

  // spotless:off
  private static final WordSet HYPOTHETICAL_ASK = WordSet.of("would", "if", "could", "should",
      "differently", "would've", "wouldn't", "you'd");
  // spotless:on

  /**
   * Whether a follow-up asks what happened ("How did they react?") rather than inviting a
   * hypothetical ("What would you do differently?", "What if it had failed?").
   */
  static boolean asksWhatHappened(String ask) {
    for (String w : ask.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+")) {
      if (HYPOTHETICAL_ASK.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean next(List<Word> words, int i, WordSet set) {
    return i + 1 < words.size() && set.contains(words.get(i + 1).lower());
  }

  static boolean number(Word w) {
    if (w.kind() == Word.Kind.NUMBER) {
      String digits = w.text().replaceAll("[^0-9]", "");
      boolean year =
          digits.length() == 4
              && w.text().length() == 4
              && (digits.startsWith("19") || digits.startsWith("20"));
      return !year;
    }
    return w.kind() == Word.Kind.SYMBOL || NUMBER_WORDS.contains(w.lower());
  }
}
