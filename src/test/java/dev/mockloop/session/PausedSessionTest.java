package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.TestBank;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session the user quit in the middle of an answer (Esc, or Ctrl-C then yes) is paused: the next
 * start offers it back as it offers a killed one, with the half-typed answer intact; a main answer
 * submitted or timed out before the quit keeps its score.
 */
class PausedSessionTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");
  private final FakeScorer scorer = new FakeScorer();

  private SessionStore store() {
    return new SessionStore(dir.resolve("sessions"));
  }

  private PracticeRun dynamo() {
    return Sessions.dynamoRun(store(), scorer, clock);
  }

  private Transcript onDisk(String id) {
    return ((StoredSession.Readable) store().load(id).orElseThrow()).transcript();
  }

  @Test
  void aSessionQuitMidAnswerIsOfferedAtTheNextStartAndResumesWithTheDraftIntact() throws Exception {
    PracticeRun first = dynamo();
    first.on(RoundEvent.edit("half typed answer about partition keys"));
    clock.advanceSeconds(40);
    first.on(RoundEvent.tick());
    assertThat(first.end().status()).isEqualTo(SessionStatus.PAUSED);
    clock.advance(Duration.ofHours(2));

    Transcript offered = store().unfinished().get(0);
    assertThat(offered.id()).isEqualTo(first.saves().id());
    assertThat(offered.howItStopped()).contains("in the middle of an answer");
    try (PracticeRun run = PracticeRun.resume(store(), offered, TestBank.bank(), scorer, clock)) {
      assertThat(run.state().phase()).isEqualTo(Phase.main());
      assertThat(run.state().draft()).isEqualTo("half typed answer about partition keys");
      assertThat(run.state().elapsed()).isEqualTo(Duration.ofSeconds(40));
      assertThat(onDisk(run.saves().id()).status()).isEqualTo(SessionStatus.IN_PROGRESS);
      assertThat(store().unfinished()).isEmpty(); // held by this run
    }
  }

  @Test
  void keepingAPausedSessionMakesItAbandonedAndItIsNotOfferedAgain() throws Exception {
    PracticeRun first = dynamo();
    first.on(RoundEvent.edit("words I may want later"));
    Transcript paused = first.end();

    Transcript kept = store().keep(store().unfinished().get(0), clock.instant());
    assertThat(kept.status()).isEqualTo(SessionStatus.ABANDONED);
    assertThat(kept.endedAt()).isEqualTo(paused.endedAt());
    assertThat(onDisk(first.saves().id()).draft().orElseThrow().text())
        .isEqualTo("words I may want later");
    assertThat(store().unfinished()).isEmpty();
  }

  @Test
  void quittingWithNothingTypedIsAbandonedAndNotOffered() {
    PracticeRun first = dynamo();
    assertThat(first.end().status()).isEqualTo(SessionStatus.ABANDONED);
    assertThat(store().unfinished()).isEmpty();
  }

  @Test
  void aMainAnswerThatTimedOutKeepsItsScoreWhenTheFollowUpIsQuit() {
    PracticeRun run = dynamo();
    run.on(RoundEvent.edit("p99 matters; partition keys spread the load"));
    clock.advance(Duration.ofMinutes(13)); // the 12-minute main answer times out
    run.on(RoundEvent.tick());
    assertThat(run.state().phase()).isEqualTo(Phase.followUp(0));
    int main = run.state().mainAnswer().card().score();
    run.on(RoundEvent.edit("half a follow-up"));

    Transcript t = run.end();
    assertThat(run.state().phase()).isEqualTo(Phase.quit());
    assertThat(run.state().score().score()).isEqualTo(main);
    assertThat(t.rounds().get(0).score()).isEqualTo(main);
    assertThat(onDisk(run.saves().id()).rounds().get(0).score()).isEqualTo(main);
    assertThat(run.loop().averageScore()).isEqualTo(main);
  }
}
