package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The narration credit of a behavioural follow-up (docs/scoring.md, "Behavioural answers"): a
 * strong answer told with other facts than the rubric's imagined story still earns credit, while a
 * restatement of the question, values and a hypothetical earn none.
 */
class NarrationTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.PORTER);
  private static final String ASK = "You said you escalated - what did you try before escalating?";

  private static Scorer scorer;
  private static Scenario ownership;
  private static FollowUp escalation;

  @BeforeAll
  static void load() throws URISyntaxException {
    Bank bank =
        BankLoader.load(Path.of(NarrationTest.class.getResource("/banks/lp").toURI())).bank();
    scorer = new Scorer(bank.glossary());
    ownership = bank.find("ownership-outside-your-remit").orElseThrow();
    escalation = ownership.level(Level.L6).followUp("escalation");
  }

  private static int narrated(String answer) {
    return Narration.count(new AnalyzedAnswer(answer, ANALYZER, QuestionEcho.of(ANALYZER, ASK)));
  }

  private static int score(String answer) {
    return scorer.scoreFollowUp(answer, ownership, Level.L6, escalation).score();
  }

  /** Misses both rubric points (no "I messaged", no one-pager) but tells what happened. */
  private static final String OTHER_FACTS =
      "Honestly, not enough at first. The export job had no owner after the reorg, so I pinged"
          + " the data platform channel and nobody answered for two days. Then my manager"
          + " suggested the staff engineer who had written the original scheduler, and she"
          + " explained the batch size problem in ten minutes. We agreed that I would ship the"
          + " split myself and hand it back with a runbook, and the director signed off on that"
          + " in our weekly review.";

  @Test
  void countsSentencesWhereSomeoneDidSomethingTheQuestionDidNotSay() {
    assertThat(narrated(OTHER_FACTS)).isEqualTo(3);
    assertThat(narrated("I pulled three weeks of pages from the dashboard. We would meet later."))
        .isEqualTo(1);
  }

  @Test
  void weNarrationCountsOnlyBesideAnIActionOrWithANumber() {
    String allWe =
        "We looked at the export job logs together. We talked to the data platform lead about"
            + " the scheduler. We agreed on splitting the batch job in our weekly review.";
    assertThat(narrated(allWe)).as("no action of the candidate's own").isZero();
    assertThat(narrated(allWe + " I wrote the runbook for their on-call rotation."))
        .as("an I action makes the we sentences part of the candidate's story")
        .isEqualTo(4);
    assertThat(narrated("We launched seven markets with the same five teams the next year."))
        .as("a quantified result reported in we")
        .isEqualTo(1);
  }

  @Test
  void aSentenceThatRestatesTheAskIsNotToldForTheSpecificsBonus() {
    Story echo =
        StoryReader.read(
            new AnalyzedAnswer(
                "What I tried before escalating was important. Escalating was hard, you said.",
                ANALYZER,
                QuestionEcho.of(ANALYZER, ASK)));
    assertThat(echo.told()).isZero();
    Story own =
        StoryReader.read(
            new AnalyzedAnswer(
                "The export job was failing three nights a week.",
                ANALYZER,
                QuestionEcho.of(ANALYZER, ASK)));
    assertThat(own.told()).isEqualTo(1);
  }

  @Test
  void aRestatementValuesOrAHypotheticalNarrateNothing() {
    assertThat(narrated("Before escalating, I tried things. I escalated after I tried.")).isZero();
    assertThat(
            narrated(
                "I believe escalation should be a last resort. I would talk to the owners and"
                    + " I would gather data before escalating."))
        .isZero();
  }

  @Test
  void aFollowUpToldWithItsOwnFactsOutscoresTheRestatementAndTheHypothetical() {
    String echo =
        "What I tried before escalating was the important part. I tried what you should try"
            + " before escalating, and I escalated only after I had tried it, because escalating"
            + " too early is not fair to the other team and trying first matters a lot to me.";
    String hypothetical =
        "I think before escalating you should always try to work it out with the owning team"
            + " first. I would reach out to them, explain the impact, and give them a chance to"
            + " fix it. Escalation should be the last resort, and it works best when people"
            + " trust that you only use it when you really have to.";
    int told = score(OTHER_FACTS);
    assertThat(told).isGreaterThanOrEqualTo(40);
    assertThat(told).isGreaterThan(score(echo) + 25).isGreaterThan(score(hypothetical) + 25);
  }

  @Test
  void theCreditFillsOnlyWhatTheRubricMissedAndLessInAMainAnswer() {
    Signals signals =
        new Signals(
            100, 5, java.util.List.of(), false, java.util.List.of(), java.util.List.of(), 0.5);
    assertThat(ScoreFormula.effectiveCoverage(inputs(signals, true, 0, 4)))
        .isCloseTo(0.8, within());
    assertThat(ScoreFormula.effectiveCoverage(inputs(signals, true, 0, 1)))
        .isCloseTo(0.5, within());
    assertThat(ScoreFormula.effectiveCoverage(inputs(signals, false, 0, 4)))
        .as("a main answer's first four are free")
        .isCloseTo(0.5, within());
    assertThat(ScoreFormula.effectiveCoverage(inputs(signals, false, 0, 10)))
        .isCloseTo(0.65, within());
    assertThat(ScoreFormula.effectiveCoverage(inputs(signals, true, -1, 4)))
        .as("a design follow-up is not a story: no narration credit, only its own full-credit rule")
        .isCloseTo(0.5 / ScoreFormula.FOLLOW_UP_FULL, within());
  }

  private static ScoreFormula.Inputs inputs(
      Signals signals, boolean followUp, int storyFailures, int narrated) {
    return new ScoreFormula.Inputs(
        0.5,
        0,
        signals,
        0,
        followUp,
        0,
        0,
        storyFailures,
        0,
        narrated,
        1,
        ScoreFormula.Inputs.NO_SCOPE);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
