package dev.mockloop.scoring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Follow-up points that ask for a quantity: their sentence counts, sizes, estimates or puts a
 * number on something ("Counts what the duplicated pipelines cost today", "States the platform's
 * own cost ... and the net saving per year", "with the arithmetic"). Naming such a point's topic
 * ("we're already paying for the same thing", "the savings would justify the team") is not counting
 * it: in a follow-up answer such a point is covered only when the answer gives a quantity of its
 * own somewhere (a number with its unit, {@link QuantityReader}) that neither the follow-up
 * question nor the scenario's prompt and context gave.
 */
final class Quantified {
  private static final Pattern ASKS =
      Pattern.compile(
          "^(Sizes|Estimates|Computes|Quantifies|Calculates|Counts (the|what|how)\\b)"
              + "|\\b[Pp]uts? (a |rough )?(numbers?|figures?|price) on\\b"
              + "|\\bwith (the |rough )?(numbers|arithmetic|math)\\b"
              + "|\\bin (money|dollars)\\b|\\bpayback point\\b|\\bnet saving");

  private final AnalyzedAnswer answer;
  private final QuestionEcho scenario;
  private Boolean own;

  Quantified(AnalyzedAnswer answer, QuestionEcho scenario) {
    this.answer = answer;
    this.scenario = scenario;
  }

  /**
   * Refuses a quantity point's candidates when the answer gives no quantity of its own, keeping
   * their spans as evidence that did not count.
   */
  void refuse(List<RubricMatcher.Candidate> candidates, List<Evidence> unquantified) {
    if (candidates.isEmpty()) {
      return;
    }
    if (own == null) {
      own = ownQuantity(answer, scenario);
    }
    if (!own) {
      candidates.forEach(c -> RubricMatcher.add(unquantified, c.spans()));
      candidates.clear();
    }
  }

  /** Whether a point's sentence asks for a quantity. */
  static boolean asks(String point) {
    return point != null && ASKS.matcher(point).find();
  }

  /**
   * Whether the answer states a quantity of its own: a number starting a quantified fact that is
   * not a restatement ({@link AnalyzedAnswer#echoToken}) and that neither the question nor the
   * scenario said at all ("Three teams run their own pipelines" restates the context's three).
   */
  static boolean ownQuantity(AnalyzedAnswer a, QuestionEcho scenario) {
    for (int t = 0; t < a.tokens.size(); t++) {
      Token tok = a.tokens.get(t);
      String term = tok.term();
      if (!term.isEmpty()
          && Character.isDigit(term.charAt(0))
          && !a.echoToken[t]
          && !a.question.has(term)
          && !scenario.has(term)
          && QuantityReader.startsFact(a, a.tokenWord[t])) {
        return true;
      }
    }
    return false;
  }
}
