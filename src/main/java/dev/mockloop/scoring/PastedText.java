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
    String[] content = new String[size];
    int[] sentence = new int[size];
    boolean[] known = new boolean[size];
    int n = 0;
    for (int t = 0; t < size; t++) {
      if (!analyzed.tokens.get(t).stop()) {
        content[n] = analyzed.tokens.get(t).term();
        sentence[n] = analyzed.sentenceOf(t);
        known[n++] = rubric.trigramTerms.contains(content[n - 1]);
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
        String tri = content[i] + ' ' + content[i + 1] + ' ' + content[i + 2];
        shared += rubric.sentenceTrigrams.contains(tri) ? 1 : 0;
      }
    }
    return total < 3 ? 0 : (double) shared / total;
  }
}
