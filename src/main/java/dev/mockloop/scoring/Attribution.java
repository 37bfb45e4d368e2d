package dev.mockloop.scoring;

import java.util.List;

/**
 * Ideas the speaker reports as someone else's advice and then turns away from: "A lot of people
 * would say roll back first, but I think that's premature", "People often recommend the strangler
 * pattern, but ...", "A strong answer would talk about shard sizing and versioning, but most of
 * that is overkill". The words from the attribution ("people would say", "the textbook answer is",
 * "it's tempting to") up to the contrast ("but", "however", "yet") in the same sentence count as
 * rejected: the speaker named the idea only to set it aside. Without a contrast the report stands
 * ("people often recommend X, and I agree" is not marked), and "but I agree" or "but they're right"
 * keeps it.
 */
final class Attribution {
  /** People an idea is attributed to, before a reporting verb ("a lot of people would say"). */
  // spotless:off
  private static final WordSet PEOPLE =
      WordSet.of("people", "folks", "everyone", "everybody", "others", "someone", "engineers",
          "many", "most", "some");
  // spotless:on
  /** Words allowed between the people and the verb ("would", "often", "probably"). */
  // spotless:off
  private static final WordSet BETWEEN =
      WordSet.of("would", "will", "often", "usually", "might", "may", "typically", "generally",
          "always", "tend", "to", "probably", "immediately", "instinctively", "people",
          "engineers", "folks", "of", "here", "first");
  // spotless:on
  // spotless:off
  private static final WordSet REPORTS =
      WordSet.of("say", "says", "recommend", "recommends", "suggest", "suggests", "argue",
          "argues", "push", "reach", "talk", "talks", "insist", "advise", "propose", "jump",
          "tell", "expect", "want");
  // spotless:on
  /** "The textbook answer", "a strong answer", "the usual advice", "my first instinct". */
  // spotless:off
  private static final WordSet ADVICE_KINDS =
      WordSet.of("textbook", "conventional", "usual", "standard", "obvious", "common", "typical",
          "default", "strong", "good", "first", "knee-jerk", "classic");
  // spotless:on
  // spotless:off
  private static final WordSet ADVICE =
      WordSet.of("answer", "advice", "wisdom", "approach", "playbook", "move", "reflex", "instinct",
          "recommendation", "response");
  // spotless:on
  private static final WordSet CONTRASTS = WordSet.of("but", "however", "yet");
  private static final WordSet KEEPS = WordSet.of("agree", "right", "correct", "fair");
  private static final int REACH = 4;

  private Attribution() {}

  /** For each word, whether it sits in a reported idea that the sentence then sets aside. */
  static boolean[] rejected(List<Word> words, Shape shape) {
    int n = words.size();
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      int start = attributionEnd(words, shape, i);
      if (start < 0) {
        continue;
      }
      int contrast = -1;
      for (int j = start; j < n && shape.sentence[j] == shape.sentence[i]; j++) {
        if (CONTRASTS.contains(words.get(j).lower())) {
          contrast = j;
          break;
        }
      }
      if (contrast < 0 || keeps(words, shape, contrast)) {
        continue;
      }
      for (int j = i; j < contrast; j++) {
        out[j] = true;
      }
      i = contrast;
    }
    return out;
  }

  /**
   * If an attribution starts at word i ("people would say", "the textbook answer", "it's tempting
   * to"), the index of the first word after it; else -1.
   */
  private static int attributionEnd(List<Word> words, Shape shape, int i) {
    String w = words.get(i).lower();
    String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
    if (w.equals("tempting") || ADVICE_KINDS.contains(w) && ADVICE.contains(next)) {
      return i + (w.equals("tempting") ? 1 : 2);
    }
    if (!PEOPLE.contains(w)) {
      return -1;
    }
    for (int j = i + 1;
        j <= i + REACH && j < words.size() && shape.sentence[j] == shape.sentence[i];
        j++) {
      String v = words.get(j).lower();
      if (REPORTS.contains(v)) {
        return j + 1;
      }
      if (!BETWEEN.contains(v)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean keeps(List<Word> words, Shape shape, int contrast) {
    for (int j = contrast + 1;
        j <= contrast + 4 && j < words.size() && shape.sentence[j] == shape.sentence[contrast];
        j++) {
      if (KEEPS.contains(words.get(j).lower())) {
        return true;
      }
    }
    return false;
  }
}
