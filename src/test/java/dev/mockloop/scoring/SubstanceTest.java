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
 * The cases of the "score follows substance" issue, on a small rubric built in code: clause scope,
 * dismissals, spelled numbers, concept groups, echoes, bare list items, one evidence per point, and
 * the level read.
 */
class SubstanceTest {
  private static final Scorer SCORER = new Scorer(Glossary.EMPTY);

  private static RubricPoint concept(String id, int weight, List<List<String>> all, String... any) {
    return new RubricPoint(id, "Covers " + id, "design", weight, List.of(any), all, "hint", "");
  }

  private static final List<RubricPoint> L6 =
      List.of(
          concept("library", 2, List.of(), "resilience4j", "hystrix"),
          concept(
              "thread-safe",
              3,
              List.of(
                  List.of("atomic", "atomics", "lock-free", "cas"),
                  List.of("state", "counter", "counters"))),
          concept("partition-key", 3, List.of(), "partition key"),
          concept("jitter", 2, List.of(), "jitter"),
          concept(
              "declines",
              3,
              List.of(
                  List.of("card declines", "declines"),
                  List.of("separate", "exclude", "not failures", "apart"))),
          concept(
              "tco",
              4,
              List.of(
                  List.of("three-year", "3-year", "36 months", "multi-year"),
                  List.of("cost", "tco", "spend"),
                  List.of("<money>"))),
          concept(
              "rollback",
              4,
              List.of(
                  List.of("revert", "roll back", "undo", "back out"),
                  List.of("release", "deploy", "deployment", "change"))),
          concept(
              "alarm",
              2,
              List.of(
                  List.of("alarm", "alert", "page"), List.of("p99", "error rate", "throttles"))),
          concept("cache", 2, List.of(), "cache"),
          concept("caching-layer", 2, List.of(), "cache"));

  // spotless:off
  private static final List<RubricPoint> L7 = List.of(
      concept("org", 4, List.of(List.of("owner", "owns", "ownership"),
          List.of("pattern", "platform", "standard"))),
      concept("risk", 4, List.of(List.of("board", "leadership"),
          List.of("risk appetite", "risk tolerance"))));
  // spotless:on

  // spotless:off
  private static final Scenario S = new Scenario("cb", "Circuit breakers", "resilience",
      List.of(), "", Map.of(
          Level.L6, new LevelSpec("Design a circuit breaker for the payments client.",
              "The team deploys every day.", 12, L6, List.of(), ""),
          Level.L7, new LevelSpec("Set the resilience strategy for twelve teams.", "", 12, L7,
              List.of(), "")), "test", "");
  // spotless:on

  private static PointResult point(String answer, String id) {
    return SCORER.scoreMain(answer, S, Level.L6).points().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTwoWordTermSaidTheOtherWayRoundCountsWithinOneClause() {
    assertThat(point("Choose the key we partition on with care.", "partition-key").covered())
        .isTrue();
    assertThat(point("We store the key, partition counts grow yearly.", "partition-key").covered())
        .isFalse();
    assertThat(point("The key is fine and we partition later.", "partition-key").covered())
        .isFalse();
  }

  @Test
  void aNegationThatSetsALimitDoesNotNegateTheLimit() {
    assertThat(point("Alarm so latency can't exceed the p99 target.", "alarm").covered()).isTrue();
    assertThat(point("Alert: it must never go above the error rate budget.", "alarm").covered())
        .isTrue();
    assertThat(point("Alert so it should not be more than the p99 goal.", "alarm").covered())
        .isTrue();
    assertThat(point("Alarm, but we can't watch the p99 target.", "alarm").covered()).isFalse();
  }

  @Test
  void ratherThanNegatesOnlyItsOwnClause() {
    String a = "I'd use Resilience4j rather than hand-rolled code, with state in atomics.";
    assertThat(point(a, "library").covered()).isTrue();
    assertThat(point(a, "thread-safe").covered()).isTrue();
    assertThat(point("I'd use hand-rolled code rather than Resilience4j.", "library").covered())
        .isFalse();
  }

  @Test
  void dismissedIdeasEarnNothing() {
    PointResult pk = point("Worrying about the partition key is premature here.", "partition-key");
    assertThat(pk.covered()).isFalse();
    assertThat(pk.negated()).extracting(Evidence::text).contains("partition key");
    assertThat(point("Jitter is unimportant at our scale.", "jitter").covered()).isFalse();
    assertThat(point("The partition key is a nice-to-have.", "partition-key").covered()).isFalse();
    assertThat(point("Jitter can come later.", "jitter").covered()).isFalse();
    assertThat(point("I'd add jitter, and the partition key is product id.", "jitter").covered())
        .isTrue();
  }

  @Test
  void adviceReportedThenSetAsideEarnsNothing() {
    PointResult rb =
        point(
            "A lot of people would say roll back the release first, but I think "
                + "that's premature.",
            "rollback");
    assertThat(rb.covered()).isFalse();
    assertThat(rb.negated()).isNotEmpty();
    assertThat(
            point(
                    "The textbook answer is jitter on every retry, however at our scale it "
                        + "changes little.",
                    "jitter")
                .covered())
        .isFalse();
    assertThat(
            point(
                    "It's tempting to tune the partition key, but the traffic is even.",
                    "partition-key")
                .covered())
        .isFalse();
    assertThat(
            point("People often recommend jitter, but they're right: I'd add it.", "jitter")
                .covered())
        .as("a report the speaker agrees with stands")
        .isTrue();
    assertThat(
            point("People often recommend jitter, and I'd add it everywhere.", "jitter").covered())
        .as("no contrast, no rejection")
        .isTrue();
    assertThat(
            point("Most reads would hit the cache, but writes go to the table.", "cache").covered())
        .as("'most' is not a person reporting advice")
        .isTrue();
  }

  @Test
  void longerDismissalsAndFaintPraiseSetTheIdeaAside() {
    assertThat(
            point(
                    "A dedicated partition key for end-to-end latency tracking is overkill.",
                    "partition-key")
                .covered())
        .isFalse();
    assertThat(point("Jitter sounds nice but it's overhead for us.", "jitter").covered()).isFalse();
    assertThat(
            point(
                    "Reverse the partition key choice? Jitter and re-keying are "
                        + "over-engineering for 15 tables.",
                    "jitter")
                .covered())
        .isFalse();
    assertThat(point("I'd add jitter; it sounds nice and it is cheap.", "jitter").covered())
        .isTrue();
  }

  @Test
  void durationsInDaysWeeksAndHoursAreDurations() {
    RubricPoint p =
        concept("took", 3, List.of(List.of("fixed", "rolled out"), List.of("<duration>")));
    Scenario s =
        new Scenario(
            "d",
            "Durations",
            "resilience",
            List.of(),
            "",
            Map.of(
                Level.L6, new LevelSpec("Tell me about a fix.", "", 6, List.of(p), List.of(), "")),
            "test",
            "");
    for (String a :
        List.of(
            "We fixed it in 3 days.",
            "I fixed it within two weeks.",
            "I rolled out the change over 4 hours.")) {
      assertThat(SCORER.scoreMain(a, s, Level.L6).points().get(0).covered()).as(a).isTrue();
    }
  }

  @Test
  void aTimeInTheStoryIsNotADeferral() {
    assertThat(
            point("The partition key came back two days later and I changed it.", "partition-key")
                .covered())
        .isTrue();
    assertThat(point("The partition key can come later.", "partition-key").covered()).isFalse();
  }

  @Test
  void isFineAfterAnActionDismissesIt() {
    assertThat(point("Counting card declines as failures is fine.", "declines").covered())
        .isFalse();
    assertThat(point("I'd exclude card declines from the failure count.", "declines").covered())
        .isTrue();
  }

  @Test
  void spelledAndConvertedNumbersAreTheSame() {
    for (String a :
        List.of(
            "Over three years the total cost is $2M.",
            "Over 3 years the total cost is $2M.",
            "Over 36 months the total cost is $2M.")) {
      assertThat(point(a, "tco").covered()).as(a).isTrue();
    }
    assertThat(point("The cost is $300K.", "tco").covered())
        .as("one number does not make a three-year TCO")
        .isFalse();
  }

  @Test
  void plainWordsCoverAConceptPoint() {
    assertThat(
            point("Undo last night's release right away, debug afterwards.", "rollback").covered())
        .isTrue();
    assertThat(point("Releases happen daily.", "rollback").covered()).isFalse();
  }

  @Test
  void restatingTheQuestionEarnsNothing() {
    PointResult p =
        point(
            "So the team deploys every day and we need to design a circuit " + "breaker.",
            "rollback");
    assertThat(p.covered()).isFalse();
  }

  @Test
  void aBareTermInAListEarnsHalf() {
    PointResult listed =
        point("Things to consider: jitter, sharding, quotas and tracing.", "jitter");
    assertThat(listed.covered()).isTrue();
    assertThat(listed.listed()).isTrue();
    assertThat(listed.credit()).isEqualTo(PointResult.LISTED_CREDIT);
    PointResult stated =
        point("I'd add full jitter to every retry so clients spread out.", "jitter");
    assertThat(stated.listed()).isFalse();
    assertThat(stated.credit()).isEqualTo(1.0);
    assertThat(point("I'd alarm on p99, throttles and error rate.", "alarm").listed())
        .as("the verb that governs the list states it")
        .isFalse();
  }

  @Test
  void termsNamedAsWorthThinkingAboutAreOnlyListed() {
    assertThat(point("Jitter matters, and so does the partition key.", "partition-key").listed())
        .as("a clause that only extends an empty one")
        .isTrue();
    assertThat(point("Tracing is important, as are jitter and quotas.", "jitter").listed())
        .isTrue();
    assertThat(
            point(
                    "For the rollout, it's important to think about SLOs, quotas and alarms, "
                        + "as well as jitter.",
                    "jitter")
                .listed())
        .isTrue();
    assertThat(point("Sharding and jitter can all play a key role.", "jitter").listed()).isTrue();
    assertThat(point("I'd add jitter because synchronized retries matter here.", "jitter").listed())
        .as("an idea with its reason is stated")
        .isFalse();
  }

  @Test
  void ideasSaidToSlowTeamsDownOrToComeLaterAreSetAside() {
    assertThat(point("Jitter isn't something we'd need in practice.", "jitter").covered())
        .isFalse();
    assertThat(
            point("A partition key scheme would only slow everyone down.", "partition-key")
                .covered())
        .isFalse();
    assertThat(point("Jitter can come later if we actually see problems.", "jitter").covered())
        .isFalse();
    assertThat(
            point("I'd add jitter now; the quotas can come later if traffic grows.", "jitter")
                .covered())
        .isTrue();
  }

  @Test
  void theLaterStepOfASequenceIsAPlanNotADeferral() {
    assertThat(point("Exponential backoff first, jitter later.", "jitter").covered()).isTrue();
    assertThat(point("Backoff first, and jitter can come later.", "jitter").covered()).isFalse();
    assertThat(point("Backoff first. Jitter later.", "jitter").covered()).isFalse();
  }

  @Test
  void anAlternativeWrittenAsANegationMatchesTheIdeaNegatedInOtherWords() {
    Scenario s =
        new Scenario(
            "lk",
            "Locks",
            "resilience",
            List.of(),
            "",
            Map.of(
                Level.L6,
                new LevelSpec(
                    "Design the counter.",
                    "",
                    12,
                    List.of(
                        concept(
                            "lockless",
                            3,
                            List.of(
                                List.of("no lock", "without a lock", "lock-free"),
                                List.of("update", "updates", "write"))),
                        concept("one-owner", 2, List.of(), "no one else writes")),
                    List.of(),
                    "")),
            "test",
            "");
    java.util.function.Function<String, PointResult> lockless =
        a -> SCORER.scoreMain(a, s, Level.L6).points().get(0);
    assertThat(
            lockless
                .apply("We don't need a lock for these updates: each is one atomic add.")
                .covered())
        .isTrue();
    assertThat(lockless.apply("Taking a lock on every update is overkill here.").covered())
        .isTrue();
    assertThat(lockless.apply("I'd take a lock around every update.").covered()).isFalse();
    assertThat(lockless.apply("Use no lock for the updates.").covered()).isTrue();
    assertThat(SCORER.scoreMain("Nobody else writes it.", s, Level.L6).points().get(1).covered())
        .as("idioms such as 'no one' stay literal")
        .isFalse();
  }

  @Test
  void oneMentionCoversOnePoint() {
    ScoreCard card = SCORER.scoreMain("Put a cache in front.", S, Level.L6);
    long covered =
        card.points().stream()
            .filter(p -> p.id().equals("cache") || p.id().equals("caching-layer"))
            .filter(PointResult::covered)
            .count();
    assertThat(covered).isEqualTo(1);
    ScoreCard twice =
        SCORER.scoreMain(
            "Put a cache in front. A second cache sits in the " + "client.", S, Level.L6);
    assertThat(
            twice.points().stream()
                .filter(p -> p.id().equals("cache") || p.id().equals("caching-layer"))
                .filter(PointResult::covered)
                .count())
        .isEqualTo(2);
  }

  @Test
  void theLevelReadAdvisesTheAskedLevel() {
    String l6ish =
        "I'd use Resilience4j with state in atomics, add jitter, and alarm on p99. "
            + "The partition key is the merchant id. Put a cache in front. Undo the release "
            + "first if errors rise.";
    LevelRead read = SCORER.scoreMain(l6ish, S, Level.L7).levelRead();
    assertThat(read.readsAs()).isEqualTo(Level.L6);
    assertThat(read.adviceHeading()).isEqualTo("To read as L7, add:");
    assertThat(read.advice()).contains("Covers org", "Covers risk");
    LevelRead thin = SCORER.scoreMain("Not sure.", S, Level.L6).levelRead();
    assertThat(thin.readsAs()).isNull();
    assertThat(thin.verdict()).startsWith("Too little of either rubric");
  }

  @Test
  void anOwnerOfAPatternAndTheBoardsRiskAppetiteCount() {
    ScoreCard card =
        SCORER.scoreMain(
            "Make the catalog team the owner of a reusable pattern "
                + "and review other teams' designs. The board should decide on its risk appetite.",
            S,
            Level.L7);
    assertThat(card.points()).allMatch(PointResult::covered);
  }
}
