package dev.mockloop.scoring;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The vocabulary of a scenario: the distinct content terms of its prompts, contexts, rubric points,
 * phrases, hints, follow-ups and model answers at both levels, without generic words any answer
 * could use ("important", "team", "best practices"). An answer that shares many of them is about
 * this scenario; an off-topic or generic answer shares few. Not the bank's {@code topic} (the
 * subject, such as databases, that {@code --topic} filters by).
 */
final class ScenarioTerms {
  /** Distinct shared terms at which the topic measure is full. */
  static final int FULL = 12;

  /** Distinct shared terms any answer may have by chance; they earn nothing. */
  static final int FREE = 2;

  // spotless:off
  private static final WordSet GENERIC = WordSet.copyOf(List.of(
      "make", "sure", "best", "practice", "practices", "important", "think", "need", "needs",
      "use", "using", "team", "teams", "good", "great", "approach", "strategy", "long", "term",
      "scale", "scalable", "scales", "stakeholder", "stakeholders", "align", "alignment",
      "clear", "clearly", "everyone", "work", "working", "together", "ensure", "right", "really",
      "time", "way", "thing", "things", "able", "want", "help", "keep", "look", "well", "first",
      "like", "get", "new", "high", "quality", "lot", "many", "much", "going", "will", "one",
      "system", "systems", "solution", "solutions", "business", "data", "decision", "decide",
      "build", "design", "plan", "process", "processes", "improve", "better", "future", "based",
      "current", "key", "focus", "value", "critical", "ensure", "goal", "goals", "move", "fast",
      "step", "steps", "start", "set", "level", "question", "answer", "engineer", "engineers",
      "principal", "senior", "walk", "tell", "how", "what", "why", "over", "next", "year",
      "years", "today", "also", "said", "say", "see", "still", "even", "every", "given"));
  // spotless:on

  private ScenarioTerms() {}

  static TermBits terms(Scenario scenario, TextAnalyzer analyzer) {
    Set<String> out = new HashSet<>();
    for (LevelSpec spec : scenario.levels().values()) {
      add(out, analyzer, spec.prompt(), spec.context(), spec.modelAnswer());
      addRubric(out, analyzer, spec.rubric());
      for (FollowUp f : spec.followUps()) {
        add(out, analyzer, f.ask(), f.modelAnswer());
        addRubric(out, analyzer, f.rubric());
      }
    }
    return TermBits.of(out);
  }

  private static void addRubric(Set<String> out, TextAnalyzer analyzer, List<RubricPoint> r) {
    for (RubricPoint p : r) {
      add(out, analyzer, p.point(), p.hint());
      p.phrases().stream().filter(a -> !a.startsWith("<")).forEach(a -> add(out, analyzer, a));
    }
  }

  private static void add(Set<String> out, TextAnalyzer analyzer, String... texts) {
    for (String text : texts) {
      for (Token t : analyzer.analyze(text)) {
        if (counts(t)) {
          out.add(t.term());
        }
      }
    }
  }

  /**
   * Distinct answer terms that belong to the topic, and {@link #content}, in one pass over the
   * tokens (each token's word checks made once), and the sentences that say something ({@link
   * #said}): {shared, content, said}.
   */
  static int[] sharedAndContent(AnalyzedAnswer answer, TermBits topic) {
    return read(answer, topic);
  }

  /**
   * Distinct content terms of the answer, on the topic or not, without the words it repeats from
   * the question, generic words, function words and numbers: how much the answer says ({@link
   * Depth#of}). Terms, not words: "retry", "retries" and "retrying" are one, so saying a thing
   * twice adds nothing.
   */
  static int content(AnalyzedAnswer answer) {
    return read(answer, null)[1];
  }

  /** {shared with {@code topic} (0 if null), content, sentences that say something}. */
  private static int[] read(AnalyzedAnswer answer, TermBits topic) {
    // a term's lexicon number where it has one (sorted ints, no boxing); its text where not
    int[] ids = answer.termIds(topic == null ? 0 : topic.limit);
    int[] seen = new int[ids.length];
    int[] known = new int[ids.length];
    String[] other = new String[ids.length];
    int n = 0;
    int k = 0;
    int o = 0;
    for (int i = 0; i < ids.length; i++) {
      Token t = answer.tokens.get(i);
      if (answer.echoToken[i] || !counts(t)) {
        continue;
      }
      if (topic != null && topic.contains(ids[i])) {
        seen[n++] = ids[i];
      }
      if (ids[i] >= 0) {
        known[k++] = ids[i];
      } else {
        other[o++] = t.term();
      }
    }
    java.util.Arrays.sort(other, 0, o);
    int distinctOther = 0;
    for (int i = 0; i < o; i++) {
      distinctOther += i == 0 || !other[i].equals(other[i - 1]) ? 1 : 0;
    }
    return new int[] {distinct(seen, n), distinct(known, k) + distinctOther, said(answer)};
  }

  /** Content terms a sentence needs to say something of its own ({@link #said}). */
  static final int SAID_TERMS = 3;

  /**
   * Sentences that each say something of their own: at least {@value #SAID_TERMS} content tokens
   * (repeats count; the question's words, generic words, function words and numbers do not).
   * Depth's second measure ({@link Depth#of}): a plain answer repeats its everyday words, so it has
   * fewer distinct terms than a jargon answer of the same length and substance, but as many
   * sentences that say something.
   */
  private static int said(AnalyzedAnswer answer) {
    int[] inSentence = new int[answer.shape.sentences + 1];
    for (int i = 0; i < answer.tokens.size(); i++) {
      if (!answer.echoToken[i] && counts(answer.tokens.get(i))) {
        inSentence[answer.shape.sentence[answer.tokenWord[i]]]++;
      }
    }
    int said = 0;
    for (int c : inSentence) {
      said += c >= SAID_TERMS ? 1 : 0;
    }
    return said;
  }

  /** How many different values the first {@code n} of {@code a} hold (sorts them). */
  private static int distinct(int[] a, int n) {
    java.util.Arrays.sort(a, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      distinct += i == 0 || a[i] != a[i - 1] ? 1 : 0;
    }
    return distinct;
  }

  private static boolean counts(Token t) {
    if (t.stop() || GENERIC.contains(t.surface())) {
      return false;
    }
    if (t.synonym()) {
      return true;
    }
    if (t.surface().length() < 3) {
      return false;
    }
    for (int i = 0; i < t.surface().length(); i++) {
      if (Character.isDigit(t.surface().charAt(i))) {
        return false;
      }
    }
    return !Vocabulary.FUNCTION_WORDS.contains(t.surface());
  }
}
