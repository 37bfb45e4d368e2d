package dev.mockloop.scoring;

/**
 * How much of an answer is the rubric's own text pasted back: the share of its content-word
 * trigrams (within one sentence) that also occur in the rubric's point sentences and hints. At
 * least three trigrams are needed for a share; fewer give 0.
 */
final class PastedText {
  private PastedText() {}

  static double share(AnalyzedAnswer analyzed, CompiledRubric rubric) {
    int size = analyzed.tokens.size();
    int[] ids = analyzed.termIds(rubric.trigramTerms.limit);
    int[] content = new int[size];
    int[] sentence = new int[size];
    boolean[] known = new boolean[size];
    int n = 0;
    for (int t = 0; t < size; t++) {
      if (!analyzed.tokens.get(t).stop()) {
        content[n] = t;
        sentence[n] = analyzed.sentenceOf(t);
        known[n++] = rubric.trigramTerms.contains(ids[t]);
      }
    }
    int total = 0;
    int shared = 0;
    for (int i = 0; i + 2 < n; i++) {
      if (sentence[i] != sentence[i + 2]) {
        continue;
      }
      total++;
      if (known[i] && known[i + 1] && known[i + 2]) {
        shared += shared(analyzed, rubric, ids, content[i], content[i + 1], content[i + 2]) ? 1 : 0;
      }
    }
    return total < 3 ? 0 : (double) shared / total;
  }

  /** Whether the trigram of tokens a, b, c (all rubric terms) is one of the rubric's. */
  private static boolean shared(
      AnalyzedAnswer analyzed, CompiledRubric rubric, int[] ids, int a, int b, int c) {
    long key = LongSet.trigram(ids[a], ids[b], ids[c]);
    if (key >= 0) {
      return rubric.sentenceTrigrams.contains(key);
    }
    String tri =
        analyzed.tokens.get(a).term()
            + ' '
            + analyzed.tokens.get(b).term()
            + ' '
            + analyzed.tokens.get(c).term();
    return rubric.trigramTexts.contains(tri);
  }
}
