package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a negation denies, on points: "nobody" as a subject denies its clause ({@link
 * NegatedSubjects}), and a negated action's scope ends before a relative clause of its object
 * ({@link RelativeEnds}), which states a property positively.
 */
class NegationCreditTest {
  private static final Scorer SCORER = new Scorer(Glossary.EMPTY);

  private static RubricPoint phrases(String id, String... any) {
    return new RubricPoint(id, "Covers " + id, "design", 3, List.of(any), "hint");
  }

  private static final Scenario S =
      new Scenario(
          "ops",
          "Ops",
          "reliability",
          List.of(),
          "",
          Map.of(
              Level.L6,
              new LevelSpec(
                  "How do you run the service?",
                  "",
                  12,
                  List.of(
                      phrases("backups", "checks the backups", "backup checks"),
                      phrases("ownership", "owned the alerts", "took them over"),
                      phrases("sync", "synchronous answer"),
                      phrases("legal-hold", "legal hold")),
                  List.of(),
                  "")),
          "test",
          "");

  private static PointResult point(String answer, String id) {
    return SCORER.scoreMain(answer, S, Level.L6).points().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void nobodyAsTheSubjectDeniesWhatFollows() {
    PointResult backups = point("Nobody checks the backups.", "backups");
    assertThat(backups.covered()).isFalse();
    assertThat(backups.negated()).extracting(Evidence::text).contains("checks the backups");
    assertThat(point("The on-call checks the backups every week.", "backups").covered()).isTrue();
  }

  @Test
  void aStoryIsCreditedForTheFixNotForTheProblemItReports() {
    String story = "Nobody owned the alerts, so I took them over.";
    PointResult ownership = point(story, "ownership");
    assertThat(ownership.covered()).isTrue();
    assertThat(ownership.evidence()).extracting(Evidence::text).containsExactly("took them over");
    assertThat(point("Nobody owned the alerts for a year.", "ownership").covered()).isFalse();
  }

  @Test
  void aRelativeClauseOfTheNegatedVerbsObjectIsSaidPositively() {
    assertThat(
            point("I would not move anything that needs a synchronous answer.", "sync").covered())
        .isTrue();
    assertThat(point("We never delete data that has a legal hold.", "legal-hold").covered())
        .isTrue();
    assertThat(point("I would not move anything to a synchronous answer.", "sync").covered())
        .as("no relative clause: the negation still reaches it")
        .isFalse();
    assertThat(point("There is no path that needs a synchronous answer.", "sync").covered())
        .as("denying the thing denies what the clause says of it")
        .isFalse();
  }
}
