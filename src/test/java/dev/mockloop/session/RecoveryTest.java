package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Glossary;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.engine.TestBank;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");

  @Test
  void resumesWhereTheSessionStoppedWithTheDraftAndTimeLeft() throws Exception {
    SessionStore store = new SessionStore(dir);
    Loop loop = Sessions.midFollowUp(clock);
    LiveSession live = LiveSession.start(store, loop, clock);
    live.edited();
    live.close(); // as if killed: lock gone, status still in progress

    clock.advance(Duration.ofHours(5));
    Transcript t = store.unfinished().get(0);
    Loop back = Recovery.resume(t, TestBank.bank(), new FakeScorer(), clock);
    RoundState s = back.current().state();
    assertThat(s.phase()).isEqualTo(Phase.followUp(0));
    assertThat(s.draft()).isEqualTo("Add OpenSearch fed by stre");
    assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(4 * 60 - 30));
    assertThat(s.mainAnswer().text()).startsWith("DynamoDB: p99");
    assertThat(s.mainAnswer().card()).isEqualTo(loop.current().state().mainAnswer().card());

    try (LiveSession again = LiveSession.resume(store, t, back, clock)) {
      assertThat(again.id()).isEqualTo(t.id());
      back.current().on(RoundEvent.edit("Add OpenSearch fed by streams"));
      back.current().on(RoundEvent.submit());
      back.current().on(RoundEvent.submit());
      Transcript done = again.finish(SessionStatus.COMPLETED);
      assertThat(done.rounds().get(0).followUps())
          .extracting(f -> f.answer().text())
          .containsExactly("Add OpenSearch fed by streams", "");
    }
    assertThat(store.unfinished()).isEmpty();
  }

  @Test
  void aResumedScoredRoundKeepsItsSelfRating() throws Exception {
    SessionStore store = new SessionStore(dir);
    Loop loop = Sessions.midFollowUp(clock);
    LiveSession live = LiveSession.start(store, loop, clock);
    loop.current().on(RoundEvent.submit());
    loop.current().on(RoundEvent.submit());
    assertThat(loop.current().on(new RoundEvent.SelfRate(2)).selfRating()).isEqualTo(2);
    live.phaseChanged();
    live.close();
    Transcript t = store.unfinished().get(0);
    assertThat(t.rounds().get(0).selfRating()).isEqualTo(2);
    Loop back = Recovery.resume(t, TestBank.bank(), new FakeScorer(), clock);
    assertThat(back.current().state().phase()).isEqualTo(Phase.scored());
    assertThat(back.current().state().selfRating()).isEqualTo(2);
  }

  @Test
  void aScenarioGoneFromTheBankCannotBeResumed() throws Exception {
    SessionStore store = new SessionStore(dir);
    LiveSession live = LiveSession.start(store, Sessions.midFollowUp(clock), clock);
    live.close();
    Transcript t = store.unfinished().get(0);
    Bank other = new Bank("other", List.of(), Glossary.EMPTY);
    assertThatThrownBy(() -> Recovery.resume(t, other, new FakeScorer(), clock))
        .isInstanceOf(SessionException.class)
        .hasMessageContaining("no longer in the bank");
  }
}
