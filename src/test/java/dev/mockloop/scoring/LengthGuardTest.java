package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How much an undeveloped answer loses, by kind of answer ({@link LengthGuard}). */
class LengthGuardTest {
  @Test
  void aDesignFollowUpIsDevelopedFrom120WordsAStoryFollowUpFrom60AMainAnswerFrom150() {
    assertThat(LengthGuard.of(inputs(60, true, false))).isCloseTo(0.8, within(1e-9));
    assertThat(LengthGuard.of(inputs(120, true, false))).isCloseTo(1.0, within(1e-9));
    assertThat(LengthGuard.of(inputs(60, true, true)))
        .as("a follow-up about a story keeps its 60 words")
        .isCloseTo(1.0, within(1e-9));
    assertThat(LengthGuard.of(inputs(75, false, false))).isCloseTo(0.8, within(1e-9));
    assertThat(LengthGuard.of(inputs(400, false, false))).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aTerseDesignFollowUpScoresBelowTheSameIdeasExplained() {
    Scorer scorer = new Scorer(Fixtures.shippedGlossary());
    var scenario = Fixtures.scenario();
    var level = dev.mockloop.bank.Level.L6;
    var followUp = scenario.level(level).followUps().get(0);
    String terse = "GSI per known query; Streams into OpenSearch for ad hoc search.";
    String explained =
        terse
            + " Each known query shape, say products by category and by brand, gets its own"
            + " index, so those reads stay a key lookup at a few milliseconds. Free-text and"
            + " filter combinations we cannot predict go to the search cluster instead: the"
            + " stream carries every change there within a second or two, the table keeps its"
            + " latency, and I would alarm on the stream's iterator age so we see the copy"
            + " falling behind before users notice stale results.";
    int short_ = scorer.scoreFollowUp(terse, scenario, level, followUp).score();
    int long_ = scorer.scoreFollowUp(explained, scenario, level, followUp).score();
    // 8 points apart: a design follow-up's decision credit no longer rests on "I would", which
    // only the explained answer says (it was 11 apart); 5 apart since depth (docs/scoring.md)
    // halves the rubric part of an answer this weak against the fixture's small rubric
    assertThat(short_).isGreaterThan(0);
    assertThat(long_).isGreaterThan(short_ + 4);
  }

  private static ScoreFormula.Inputs inputs(int words, boolean followUp, boolean story) {
    Signals signals = new Signals(words, 5, List.of(), false, List.of(), List.of(), 0.5);
    return new ScoreFormula.Inputs(
        0.5,
        0,
        signals,
        0,
        followUp,
        0,
        0,
        story ? 0 : ScoreFormula.Inputs.NOT_A_STORY,
        0,
        0,
        1,
        ScoreFormula.Inputs.NO_SCOPE);
  }
}
