package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a rubric phrase occurs in one answer (the rules are {@link RubricMatcher}'s), memoized per
 * phrase key and per phrase token, since the same words recur across points and both levels'
 * rubrics. Each match is one array for the life of the answer, so callers may key on its identity.
 */
final class PhraseSpans {
  private final AnalyzedAnswer answer;
  private final Map<String, int[]> positions = new HashMap<>(1024);

  /** Spans by phrase key: the same words recur across points and both levels' rubrics. */
  private final Map<String, List<int[]>> spans = new HashMap<>(512);

  PhraseSpans(AnalyzedAnswer answer) {
    this.answer = answer;
  }

  /** Non-overlapping matches of a phrase, each as the positions of its matched tokens. */
  List<int[]> spans(Phrase phrase) {
    List<int[]> found = spans.get(phrase.key());
    if (found == null) {
      found =
          Collections.unmodifiableList(
              phrase.placeholder() != null
                  ? Quantities.spans(answer, phrase.placeholder())
                  : find(phrase));
      spans.put(phrase.key(), found);
    }
    return found;
  }

  private List<int[]> find(Phrase phrase) {
    List<Token> p = phrase.tokens();
    List<int[]> out = new ArrayList<>();
    int after = -1;
    for (int start : positions(phrase, 0)) {
      if (start <= after) {
        continue;
      }
      int[] matched = new int[p.size()];
      matched[0] = start;
      int last = start;
      for (int j = 1; j < p.size() && last >= 0; j++) {
        last = next(positions(phrase, j), last, start);
        if (last >= 0) {
          matched[j] = last;
        }
      }
      if (last >= 0) {
        out.add(matched);
        after = last;
      }
    }
    return out;
  }

  private int next(int[] candidates, int last, int start) {
    int i = Arrays.binarySearch(candidates, last + 1);
    i = i < 0 ? -i - 1 : i;
    int sentence = answer.sentenceOf(start);
    for (; i < candidates.length; i++) {
      int c = candidates[i];
      if (c - last - 1 > RubricMatcher.MAX_GAP || answer.sentenceOf(c) != sentence) {
        return -1;
      }
      int content = 0;
      for (int k = last + 1; k < c; k++) {
        content += answer.tokens.get(k).stop() ? 0 : 1;
      }
      if (content <= RubricMatcher.MAX_CONTENT_GAP) {
        return c;
      }
    }
    return -1;
  }

  private int[] positions(Phrase phrase, int token) {
    int[] found = positions.get(phrase.keys().get(token));
    if (found == null) {
      found = answer.positions(phrase.tokens().get(token));
      positions.put(phrase.keys().get(token), found);
    }
    return found;
  }
}
