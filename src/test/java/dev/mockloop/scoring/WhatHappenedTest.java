package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.QuestionKind;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ScoreReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A story follow-up that asks what happened credits what the candidate did, not what they would do
 * ({@link WhatHappened}): mentions only in "I would..." sentences do not count and are shown as
 * such; reflection points, follow-ups that invite a hypothetical or ask about a practice, and
 * design follow-ups keep them.
 */
class WhatHappenedTest {
  private static final Scorer SCORER = new Scorer(Glossary.EMPTY);

  private static RubricPoint point(String id, String dimension, List<List<String>> all) {
    return new RubricPoint(id, "Covers " + id, dimension, 3, List.of(), all, "hint", "");
  }

  private static final List<RubricPoint> RUBRIC =
      List.of(
          point(
              "put-back",
              "action",
              List.of(List.of("put back", "restored", "rolled back"), List.of("flag", "config"))),
          point(
              "escalated",
              "action",
              List.of(List.of("escalate", "escalated"), List.of("director", "their manager"))),
          point(
              "next-time",
              "reflection",
              List.of(List.of("alarm", "alert"), List.of("config change", "flag change"))));

  private static FollowUp followUp(String id, String ask) {
    return new FollowUp(id, ask, 3, List.of(), RUBRIC, "");
  }

  private static final FollowUp DID = followUp("did", "What did you do when the flag broke?");
  private static final FollowUp WOULD = followUp("would", "What would you do differently?");
  private static final FollowUp PRACTICE = followUp("practice", "How do you handle a bad flag?");

  private static Scenario scenario(QuestionKind kind) {
    LevelSpec spec =
        new LevelSpec(
            "Tell me about a time a change of yours broke something.",
            "",
            10,
            RUBRIC,
            List.of(DID, WOULD, PRACTICE),
            "");
    return new Scenario(
        "broke-it",
        "Broke it",
        "ownership",
        List.of(),
        "",
        Map.of(Level.L6, spec),
        "t",
        "",
        kind,
        "");
  }

  private static final Scenario STORY = scenario(QuestionKind.BEHAVIORAL);

  private static PointResult point(ScoreCard card, String id) {
    return card.points().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static final String HYPOTHETICAL =
      "It was a config push on a Friday. I would put back the flag within minutes, and I'd escalate"
          + " to their director if the owning team did not answer.";

  @Test
  void whatOneWouldDoDoesNotAnswerWhatHappened() {
    ScoreCard card = SCORER.scoreFollowUp(HYPOTHETICAL, STORY, Level.L6, DID);
    PointResult putBack = point(card, "put-back");
    assertThat(putBack.covered()).isFalse();
    assertThat(putBack.hypothetical()).extracting(Evidence::text).contains("put back", "flag");
    assertThat(point(card, "escalated").covered()).isFalse();
    String told =
        "It was a config push on a Friday. I put back the flag within minutes, and I escalated"
            + " to their director when the owning team did not answer.";
    ScoreCard real = SCORER.scoreFollowUp(told, STORY, Level.L6, DID);
    assertThat(point(real, "put-back").covered()).isTrue();
    assertThat(point(real, "escalated").covered()).isTrue();
    assertThat(real.score()).isGreaterThan(card.score());
  }

  @Test
  void aMentionThatTellsWhatHappenedStillCounts() {
    String mixed =
        "I put back the flag within minutes. If the owning team had not answered, I'd escalate"
            + " to their director.";
    ScoreCard card = SCORER.scoreFollowUp(mixed, STORY, Level.L6, DID);
    assertThat(point(card, "put-back").covered()).isTrue();
    assertThat(point(card, "escalated").covered()).isFalse();
    // what stands before the "would" is told: "It was worth it, and they saw I'd say so"
    String before = "I rolled back the config, and the team saw I'd own it.";
    assertThat(point(SCORER.scoreFollowUp(before, STORY, Level.L6, DID), "put-back").covered())
        .isTrue();
  }

  @Test
  void aReflectionPointKeepsWhatOneWouldDoNextTime() {
    String answer =
        "I put back the flag within minutes. I would add an alert on every config change before"
            + " the next push.";
    assertThat(point(SCORER.scoreFollowUp(answer, STORY, Level.L6, DID), "next-time").covered())
        .isTrue();
  }

  @Test
  void aQuestionThatInvitesAHypotheticalOrAsksForAPracticeKeepsIt() {
    assertThat(point(SCORER.scoreFollowUp(HYPOTHETICAL, STORY, Level.L6, WOULD), "put-back"))
        .extracting(PointResult::covered)
        .isEqualTo(true);
    assertThat(point(SCORER.scoreFollowUp(HYPOTHETICAL, STORY, Level.L6, PRACTICE), "put-back"))
        .extracting(PointResult::covered)
        .isEqualTo(true);
    Scenario design = scenario(QuestionKind.DESIGN);
    assertThat(point(SCORER.scoreFollowUp(HYPOTHETICAL, design, Level.L6, DID), "put-back"))
        .as("a design follow-up asks what one would do")
        .extracting(PointResult::covered)
        .isEqualTo(true);
  }

  @Test
  void theCardSaysWhyTheMentionDidNotCount() {
    ScoreCard card = SCORER.scoreFollowUp(HYPOTHETICAL, STORY, Level.L6, DID);
    List<String> lines = ScoreReport.of(HYPOTHETICAL, card).stream().map(ReportLine::text).toList();
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains(
                    "said as what you would do, not what you did, so not counted: \"put back\""));
  }
}
