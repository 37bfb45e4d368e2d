package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The flags of a scored answer: what a reviewer would tell the candidate to fix (a list of terms,
 * pasted rubric text, buzzwords, dismissed points, too short, thin, no decision, no numbers, no
 * trade-offs), from the same {@link ScoreFormula.Inputs} as the total.
 */
final class ScoreFlags {
  static final double LIST_FLAG = 0.5;
  static final double PASTE_FLAG = 0.5;

  static final double THIN_COVERAGE = 0.3;

  private ScoreFlags() {}

  static List<Flag> of(ScoreFormula.Inputs in) {
    Signals s = in.signals();
    List<Flag> flags = new ArrayList<>();
    if (s.words() == 0) {
      flags.add(new Flag("empty", "Nothing to score yet: type your answer, then submit it."));
      return flags;
    }
    if (s.listLikeness() >= LIST_FLAG) {
      flags.add(
          new Flag(
              "keyword-list",
              "This reads as a list of terms: explain in full "
                  + "sentences how each choice meets the requirements and what it costs."));
    }
    if (in.pastedShare() >= PASTE_FLAG) {
      flags.add(
          new Flag(
              "pasted-rubric",
              "Much of this repeats the rubric's own wording: say it "
                  + "in your own words and tie it to this scenario's numbers."));
    }
    if (in.buzzwordShare()
        >= ScoreFormula.BUZZ_FREE + (ScoreFormula.BUZZ_FULL - ScoreFormula.BUZZ_FREE) / 2) {
      flags.add(
          new Flag(
              "buzzwords",
              "This leans on buzzwords (alignment, stakeholders, "
                  + "synergy...): say what you would do, with whom, by when and at what cost."));
    }
    if (in.dismissedPoints() >= 2) {
      flags.add(
          new Flag(
              "dismisses-points",
              "This dismisses "
                  + in.dismissedPoints()
                  + " of the considerations an interviewer expects: if you would not do something, "
                  + "say why and what you would do instead."));
    }
    int min = ScoreFormula.minWords(in.followUp());
    if (s.words() < min) {
      flags.add(
          new Flag(
              "too-short",
              "At "
                  + dev.mockloop.io.Plural.of(s.words(), "word")
                  + " this is too short to cover "
                  + "the question: aim for at least "
                  + min
                  + " words."));
    }
    if (s.words() >= min
        && !in.story()
        && Depth.says(in) < Depth.thinBelow(in)
        && ScoreFormula.effectiveCoverage(in) >= THIN_COVERAGE) {
      flags.add(
          new Flag(
              "thin",
              "You make points but say little about each ("
                  + dev.mockloop.io.Plural.of(s.contentWords(), "distinct content word")
                  + "; strong answers say about "
                  + Depth.full(in)
                  + ", or a sentence of substance on each of "
                  + Depth.full(in) / Depth.PER_SAID_SENTENCE
                  + " points): explain how each works here, why it fits and what it costs."));
    }
    if (!in.followUp() && !s.decision()) {
      flags.add(
          new Flag(
              "no-decision",
              "State a clear recommendation, e.g. \"I would choose X " + "because ...\"."));
    }
    if (s.quantifiedFacts().isEmpty()) {
      flags.add(
          new Flag(
              "no-numbers",
              "Quantify your answer: targets and estimates such as "
                  + "p99 latency in ms, QPS, error rates, cost per month."));
    }
    if (!in.followUp() && s.tradeOffs().isEmpty()) {
      flags.add(
          new Flag(
              "no-trade-offs",
              "Name what your choice costs and when the other " + "option would win."));
    }
    return flags;
  }
}
