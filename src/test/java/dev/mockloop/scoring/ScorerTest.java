package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final Scorer SCORER = new Scorer(Fixtures.shippedGlossary());
  private static final Scenario SCENARIO = Fixtures.scenario();

  private static ScoreCard l6(String answer) {
    return SCORER.scoreMain(answer, SCENARIO, Level.L6);
  }

  private static PointResult point(ScoreCard card, String id) {
    return card.points().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  // spotless:off
  static final String PARTIAL_PROSE = "I would choose DynamoDB here because the access pattern is "
      + "simple key-value lookups and we need single-digit millisecond reads at 100K QPS. The "
      + "partition key would be the user id, which has high cardinality, so load spreads "
      + "evenly. The trade-off is that we give up joins and ad hoc queries, but for this "
      + "workload that is fine. RDS would need read replicas and careful connection pooling to "
      + "reach that throughput.";
  // spotless:on

  static final String KEYWORD_LIST =
      "DynamoDB, DAX, partition key, GSI, p99, 100K QPS, "
          + "multi-AZ, on-demand capacity, no joins, secondary index, 99.99%";

  @Test
  void keywordListScoresBelowPartialProse() {
    ScoreCard list = l6(KEYWORD_LIST);
    ScoreCard prose = l6(PARTIAL_PROSE);
    assertThat(list.covered().size()).isGreaterThan(prose.covered().size());
    assertThat(list.score()).isLessThan(prose.score() - 10);
    assertThat(list.flags()).extracting(Flag::code).contains("keyword-list");
    assertThat(prose.flags()).extracting(Flag::code).doesNotContain("keyword-list");
  }

  @Test
  void negatedMentionDoesNotCoverThePoint() {
    ScoreCard card =
        l6(
            "I would not use DynamoDB or DAX for this; RDS with read replicas is "
                + "enough at our scale.");
    PointResult dax = point(card, "dax-cache");
    assertThat(dax.covered()).isFalse();
    assertThat(dax.negated()).extracting(Evidence::text).containsExactly("DAX");
  }

  @Test
  void negationEndsAtTheClauseAndSparesNotOnly() {
    ScoreCard card =
        l6(
            "Not only DAX but also a GSI. We don't need joins, so the partition "
                + "key matters most. Without a cache, p99 would be around 4 ms.");
    assertThat(point(card, "dax-cache").covered()).isTrue();
    assertThat(point(card, "gsi").covered()).isTrue();
    assertThat(point(card, "partition-key").covered()).isTrue();
    assertThat(point(card, "latency-fit").covered()).isTrue();
  }

  @Test
  void aNegativeVerdictAfterTheMentionNegatesIt() {
    for (String text :
        List.of(
            "DAX is not needed for this catalog.",
            "DAX isn't worth it.",
            "DAX would be overkill here.",
            "A DAX cluster is unnecessary.")) {
      assertThat(point(l6(text), "dax-cache").covered()).as(text).isFalse();
    }
    for (String text :
        List.of(
            "DAX is not free, but it absorbs the flash-sale spikes.",
            "DAX doesn't remove the need for a good partition key.",
            "Add DAX. It is not needed " + "for writes.")) {
      assertThat(point(l6(text), "dax-cache").covered()).as(text).isTrue();
    }
  }

  @Test
  void negationCuesThatArePartOfThePhraseStillMatch() {
    ScoreCard card = l6("Deploy across three zones so there is no single point of failure.");
    assertThat(point(card, "availability").covered()).isTrue();
    assertThat(point(card, "availability").evidence())
        .extracting(Evidence::text)
        .containsExactly("no single point of failure");
  }

  @Test
  void insteadOfAndIdAvoidNegateButToAvoidDoesNot() {
    assertThat(point(l6("Use ElastiCache instead of DAX here."), "dax-cache").covered()).isFalse();
    assertThat(point(l6("I'd avoid DAX, it adds cost."), "dax-cache").covered()).isFalse();
    assertThat(
            point(l6("To avoid hot keys, pick a high-cardinality key."), "partition-key").covered())
        .isTrue();
  }

  @Test
  void glossarySynonymsCoverThePoint() {
    ScoreCard card = l6("The 99th percentile must stay under 10 ms.");
    PointResult latency = point(card, "latency-fit");
    assertThat(latency.covered()).isTrue();
    assertThat(latency.evidence().get(0).text()).isEqualTo("99th percentile");
    assertThat(latency.evidence().get(0).phrase()).isEqualTo("p99");
    assertThat(point(l6("Add a dynamodb accelerator cluster."), "dax-cache").covered()).isTrue();
    assertThat(point(l6("Put a global secondary index on email."), "gsi").covered()).isTrue();
  }

  @Test
  void typosInLongWordsStillMatch() {
    PointResult pk = point(l6("Choose the partiton key carefully."), "partition-key");
    assertThat(pk.covered()).isTrue();
    assertThat(pk.evidence().get(0).text()).isEqualTo("partiton key");
    assertThat(point(l6("A hihg-cardinality key."), "partition-key").covered()).isFalse();
  }

  @Test
  void numbersAreNormalized() {
    for (String text :
        List.of(
            "We expect 100,000 QPS.",
            "About 100k requests per second.",
            "100 thousand qps at peak",
            "100K req/s")) {
      assertThat(point(l6(text), "throughput").covered()).as(text).isTrue();
    }
    for (String text : List.of("reads take 1-4ms", "reads take 1–4 ms", "1 - 4 ms reads")) {
      assertThat(point(l6(text), "latency-fit").covered()).as(text).isTrue();
    }
    assertThat(point(l6("It costs $0.25 per million reads."), "cost").covered()).isTrue();
    assertThat(point(l6("We target 99.99 percent availability."), "availability").covered())
        .isTrue();
    assertThat(point(l6("We target 99.9% availability."), "availability").covered()).isFalse();
  }

  @Test
  void phrasesAllowALittleSlackButNotAcrossSentences() {
    assertThat(point(l6("the partition (hash) key is user id"), "partition-key").covered())
        .isTrue();
    assertThat(point(l6("We partition. The key is user id."), "partition-key").covered()).isFalse();
    assertThat(point(l6("partition by region and later pick a key"), "partition-key").covered())
        .isFalse();
  }

  @Test
  void levelReadNamesTheOtherLevelsMissingPoints() {
    ScoreCard card =
        l6(
            "The business goals and customer experience drive this: the total cost "
                + "of ownership over three years, hiring for NoSQL expertise, a phased migration with a "
                + "pilot, and an exit strategy against vendor lock-in.");
    LevelRead read = card.levelRead();
    assertThat(read.asked()).isEqualTo(Level.L6);
    assertThat(read.readsAs()).isEqualTo(Level.L7);
    assertThat(read.l7Coverage()).isEqualTo(100);
    assertThat(read.missingForOther()).isEmpty();
    assertThat(card.flags()).extracting(Flag::code).contains("level-mismatch");
    assertThat(
            card.flags().stream()
                .filter(f -> f.code().equals("level-mismatch"))
                .findFirst()
                .orElseThrow()
                .message())
        .as("reading above the level asked is not a fault")
        .startsWith("This covers more of the L7 rubric than of the L6 one asked: keep that scope");

    LevelRead l6read = l6(PARTIAL_PROSE).levelRead();
    assertThat(l6read.readsAs()).isEqualTo(Level.L6);
    assertThat(l6read.missingForOther()).contains("Covers tco", "Covers lock in");
  }

  @Test
  void followUpsUseTheirOwnRubricAndHaveNoLevelRead() {
    ScoreCard card =
        SCORER.scoreFollowUp(
            "I'd add a read model fed by DynamoDB Streams into "
                + "OpenSearch, a CQRS split, so complex queries never touch the hot table.",
            SCENARIO,
            Level.L6,
            Fixtures.COMPLEX_QUERIES);
    assertThat(card.levelRead()).isNull();
    assertThat(card.points())
        .extracting(PointResult::id)
        .containsExactly("cqrs", "stream", "search");
    assertThat(card.covered()).hasSize(3);
    assertThat(card.flags()).extracting(Flag::code).doesNotContain("no-decision");
  }

  @Test
  void singleLevelScenarioHasNoLevelRead() {
    assertThat(SCORER.scoreMain(PARTIAL_PROSE, Fixtures.singleLevel(), Level.L6).levelRead())
        .isNull();
    assertThatThrownBy(() -> SCORER.scoreMain("x", Fixtures.singleLevel(), Level.L7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no L7");
  }

  @Test
  void dimensionsSumWeightsInRubricOrder() {
    ScoreCard card = l6(PARTIAL_PROSE);
    assertThat(card.dimensions())
        .extracting(DimensionScore::dimension)
        .containsExactly("analysis", "metrics", "design", "trade-offs", "operations");
    assertThat(card.dimensions().stream().mapToInt(DimensionScore::possible).sum()).isEqualTo(18);
    int earned = card.covered().stream().mapToInt(PointResult::weight).sum();
    assertThat(card.dimensions().stream().mapToInt(DimensionScore::earned).sum()).isEqualTo(earned);
  }

  @Test
  void emptyAndShortAnswersAreFlagged() {
    ScoreCard empty = l6("   \n\t ");
    assertThat(empty.score()).isZero();
    assertThat(empty.flags()).extracting(Flag::code).containsExactly("empty");
    ScoreCard shortOne = l6("Use DynamoDB.");
    assertThat(shortOne.flags()).extracting(Flag::code).contains("too-short", "no-numbers");
  }

  @Test
  void pastedRubricSentencesAreFlagged() {
    StringBuilder pasted = new StringBuilder();
    for (var p : Fixtures.L6_RUBRIC) {
      pasted.append(p.point()).append(". ").append(p.hint()).append(' ');
    }
    ScoreCard card = l6(pasted.toString());
    assertThat(card.flags()).extracting(Flag::code).contains("pasted-rubric");
    assertThat(card.score()).isLessThan(l6(PARTIAL_PROSE).score());
  }

  @Test
  void signalsAreRead() {
    Signals s = l6(PARTIAL_PROSE).signals();
    assertThat(s.decision()).isTrue();
    assertThat(s.quantifiedFacts()).contains("100K QPS");
    assertThat(s.tradeOffs()).isNotEmpty();
    assertThat(s.structure()).contains("analysis", "decision");
    assertThat(s.functionWordShare()).isGreaterThan(0.3);
    assertThat(l6(KEYWORD_LIST).signals().functionWordShare()).isLessThan(0.15);
  }

  @Test
  void aCallMadeWithPickIsADecisionAndOneWordIsSingular() {
    ScoreCard card = l6("We pick DynamoDB with DAX because reads are 99 percent key lookups.");
    assertThat(card.signals().decision()).isTrue();
    assertThat(card.flags()).extracting(Flag::code).doesNotContain("no-decision");
    assertThat(
            l6("DynamoDB").flags().stream()
                .filter(f -> f.code().equals("too-short"))
                .findFirst()
                .orElseThrow()
                .message())
        .startsWith("At 1 word this is too short");
  }
}
