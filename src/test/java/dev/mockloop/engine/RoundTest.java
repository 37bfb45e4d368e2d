package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTest {
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");
  private final FakeScorer scorer = new FakeScorer();

  private Round start(RoundSettings settings) {
    RoundPlan plan = new RoundPlan(TestBank.dynamo(), Level.L6, 1, 1, settings);
    return Round.start(plan, scorer, clock);
  }

  @Test
  void startsOnTheMainQuestionWithTheScenarioTime() {
    RoundState s = start(RoundSettings.DEFAULT).state();
    assertThat(s.phase()).isEqualTo(Phase.main());
    assertThat(s.question()).startsWith("You need 100,000 QPS");
    assertThat(s.context()).contains("flash sales");
    assertThat(s.remaining()).isEqualTo(Duration.ofMinutes(12));
    assertThat(s.draft()).isEmpty();
  }

  @Test
  void countsDownWithTheClockAndKeepsTheDraft() {
    Round r = start(RoundSettings.DEFAULT);
    r.on(RoundEvent.edit("DynamoDB p99 is 1-4 ms"));
    clock.advanceSeconds(95);
    RoundState s = r.on(RoundEvent.tick());
    assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(12 * 60 - 95));
    assertThat(s.elapsed()).isEqualTo(Duration.ofSeconds(95));
    assertThat(s.draft()).isEqualTo("DynamoDB p99 is 1-4 ms");
  }

  @Test
  void timeOutSubmitsTheDraftAndMarksItTimedOut() {
    Round r = start(RoundSettings.DEFAULT);
    r.on(RoundEvent.edit("p99 matters; cost too"));
    clock.advance(Duration.ofMinutes(12).plusSeconds(3));
    RoundState s = r.on(RoundEvent.tick());
    Answer main = s.mainAnswer();
    assertThat(main.text()).isEqualTo("p99 matters; cost too");
    assertThat(main.timedOut()).isTrue();
    assertThat(main.secondsUsed()).isEqualTo(12 * 60);
    assertThat(main.submittedAt()).isEqualTo(clock.instant().minusSeconds(3));
    assertThat(s.phase()).isEqualTo(Phase.followUp(0));
    assertThat(s.remaining()).isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void anEditThatArrivesAfterTheDeadlineIsKeptInTheTimedOutAnswer() {
    Round r = start(RoundSettings.DEFAULT);
    clock.advance(Duration.ofMinutes(13));
    RoundState s = r.on(RoundEvent.edit("last words"));
    assertThat(s.mainAnswer().text()).isEqualTo("last words");
    assertThat(s.mainAnswer().timedOut()).isTrue();
  }

  @Test
  void followUpsProbeMissedPointsFirstThenTheRestUpToTwo() {
    Round r = start(RoundSettings.DEFAULT);
    // covers cost, misses query-patterns: complex-queries (probes the miss) comes first
    r.on(RoundEvent.edit("p99 under 5 ms, and the cost is lower"));
    RoundState s = r.on(RoundEvent.submit());
    assertThat(s.followUps())
        .extracting(FollowUp::id)
        .containsExactly("complex-queries", "cost-probe");
    assertThat(s.question()).isEqualTo("What if you need complex queries later?");
    assertThat(s.mainAnswer().timedOut()).isFalse();
  }

  @Test
  void withNothingMissedFollowUpsComeInFileOrder() {
    Round r = start(new RoundSettings(3, 0, false));
    r.on(RoundEvent.edit("p99, access pattern, cost"));
    RoundState s = r.on(RoundEvent.submit());
    assertThat(s.followUps())
        .extracting(FollowUp::id)
        .containsExactly("cost-probe", "complex-queries", "hot-partition");
  }

  @Test
  void aWholeRoundEndsScoredWithEveryAnswerAndItsTimings() {
    Round r = start(RoundSettings.DEFAULT);
    r.on(RoundEvent.edit("p99 single-digit")); // misses cost and query patterns: both probe
    clock.advanceSeconds(300);
    r.on(RoundEvent.submit());
    r.on(RoundEvent.edit("a hybrid with OpenSearch"));
    clock.advanceSeconds(60);
    r.on(RoundEvent.submit());
    clock.advanceSeconds(10);
    r.on(RoundEvent.edit("on-demand"));
    RoundState s = r.on(RoundEvent.submit());
    assertThat(s.phase()).isEqualTo(Phase.scored());
    assertThat(s.answers())
        .extracting(Answer::questionId)
        .containsExactly("main", "cost-probe", "complex-queries");
    assertThat(s.answers()).extracting(Answer::secondsUsed).containsExactly(300L, 60L, 10L);
    assertThat(s.score().followUps()).hasSize(2);
    assertThat(s.score().main().covered()).extracting(p -> p.id()).containsExactly("latency-fit");
    assertThat(r.on(RoundEvent.edit("ignored"))).isSameAs(s);
  }

  @Test
  void zeroFollowUpsScoresRightAfterTheMainAnswer() {
    Round r = start(new RoundSettings(0, 0, false));
    RoundState s = r.on(RoundEvent.submit());
    assertThat(s.phase()).isEqualTo(Phase.scored());
    assertThat(s.answers()).hasSize(1);
    assertThat(s.mainAnswer().text()).isEmpty();
  }

  @Test
  void untimedRoundsNeverTimeOut() {
    Round r = start(new RoundSettings(2, 0, true));
    clock.advance(Duration.ofHours(3));
    RoundState s = r.on(RoundEvent.tick());
    assertThat(s.phase()).isEqualTo(Phase.main());
    assertThat(s.timed()).isFalse();
    assertThat(s.elapsed()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void minutesOverrideAppliesToTheMainAnswer() {
    assertThat(start(new RoundSettings(2, 5, false)).state().remaining())
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void quitKeepsTheDraftAndStopsTheRound() {
    Round r = start(RoundSettings.DEFAULT);
    r.on(RoundEvent.edit("half an answer"));
    RoundState s = r.on(RoundEvent.quit());
    assertThat(s.phase()).isEqualTo(Phase.quit());
    assertThat(s.draft()).isEqualTo("half an answer");
    clock.advance(Duration.ofHours(1));
    assertThat(r.on(RoundEvent.tick()).answers()).isEmpty();
  }

  @Test
  void quitAfterTheMainAnswerScoresTheAnswersSubmitted() {
    Round r = start(RoundSettings.DEFAULT);
    r.on(RoundEvent.edit("p99 matters; cost too"));
    clock.advance(Duration.ofMinutes(13));
    RoundState timedOut = r.on(RoundEvent.tick());
    assertThat(timedOut.mainAnswer().timedOut()).isTrue();
    r.on(RoundEvent.edit("half a follow-up"));
    RoundState s = r.on(RoundEvent.quit());
    assertThat(s.phase()).isEqualTo(Phase.quit());
    assertThat(s.draft()).isEqualTo("half a follow-up");
    assertThat(s.score()).isNotNull();
    assertThat(s.score().score()).isEqualTo(timedOut.mainAnswer().card().score());
    assertThat(s.score().followUps()).isEmpty();
  }

  @Test
  void quitBeforeTheMainAnswerLeavesTheRoundUnscored() {
    Round r = start(RoundSettings.DEFAULT);
    r.on(RoundEvent.edit("half an answer"));
    assertThat(r.on(RoundEvent.quit()).score()).isNull();
  }

  @Test
  void resumeContinuesTheAnswerWithTheTimeAlreadyUsed() {
    Round first = start(RoundSettings.DEFAULT);
    first.on(RoundEvent.edit("p99"));
    RoundState afterMain = first.on(RoundEvent.submit());
    clock.advance(Duration.ofDays(1));
    Round r =
        Round.resume(
            first.plan(),
            scorer,
            clock,
            afterMain.answers(),
            afterMain.followUps(),
            "half typed",
            Duration.ofSeconds(100));
    RoundState s = r.state();
    assertThat(s.phase()).isEqualTo(Phase.followUp(0));
    assertThat(s.draft()).isEqualTo("half typed");
    assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(4 * 60 - 100));
    clock.advanceSeconds(20);
    assertThat(r.on(RoundEvent.submit()).answers().get(1).secondsUsed()).isEqualTo(120);
  }

  @Test
  void resumeWithEveryAnswerInIsScored() {
    Round first = start(new RoundSettings(0, 0, false));
    RoundState done = first.on(RoundEvent.submit());
    Round r =
        Round.resume(first.plan(), scorer, clock, done.answers(), List.of(), "", Duration.ZERO);
    assertThat(r.state().phase()).isEqualTo(Phase.scored());
    assertThat(r.state().score().score()).isEqualTo(done.score().score());
  }

  /** The round scored: "I check p99 first." covers latency-fit; the rest is missed. */
  private Round scored() {
    Round r = start(new RoundSettings(0, 0, false));
    r.on(RoundEvent.edit("I check p99 first. Then the read pattern."));
    r.on(RoundEvent.submit());
    assertThat(r.state().phase()).isEqualTo(Phase.scored());
    return r;
  }

  @Test
  void aScoredRoundTakesTheUsersVerdictAndKeepsTheScorersCard() {
    Round r = scored();
    var cardBefore = r.state().mainAnswer().card();
    int scoreBefore = r.state().score().score();
    clock.advanceSeconds(40);
    RoundState s = r.on(new RoundEvent.MarkCovered(0, "query-patterns", 19, 41));
    Dispute d = s.mainAnswer().dispute("query-patterns").orElseThrow();
    assertThat(d)
        .isEqualTo(
            new Dispute("query-patterns", "Then the read pattern.", 19, 41, clock.instant()));
    assertThat(s.mainAnswer().card()).isEqualTo(cardBefore);
    assertThat(s.score().score()).isEqualTo(scoreBefore);

    s = r.on(new RoundEvent.MarkCovered(0, "query-patterns", 0, 18));
    assertThat(s.mainAnswer().disputes())
        .extracting(Dispute::sentence)
        .containsExactly("I check p99 first.");
    s = r.on(new RoundEvent.Unmark(0, "query-patterns"));
    assertThat(s.mainAnswer().disputes()).isEmpty();
  }

  @Test
  void onlyMissedPointsCanBeMarkedAndOnlyOnceTheRoundIsScored() {
    Round answering = start(RoundSettings.DEFAULT);
    answering.on(RoundEvent.edit("p99"));
    RoundState before = answering.state();
    assertThat(answering.on(new RoundEvent.MarkCovered(0, "cost", 0, 3))).isSameAs(before);

    Round r = scored();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> r.on(new RoundEvent.MarkCovered(0, "latency-fit", 0, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latency-fit");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> r.on(new RoundEvent.MarkCovered(0, "no-such-point", 0, 5)))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> r.on(new RoundEvent.MarkCovered(0, "cost", 0, 500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
    assertThat(r.state().mainAnswer().disputes()).isEmpty();
  }
}
