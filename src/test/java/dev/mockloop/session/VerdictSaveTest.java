package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.engine.Loop;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.RoundEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mark on a point is saved at once, before and after the session's final save. */
class VerdictSaveTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");

  private static Loop scored(MutableClock clock) {
    Loop loop = Sessions.dynamoLoop(clock);
    loop.current().on(RoundEvent.edit("p99 of 2 ms. Reads by id."));
    loop.current().on(RoundEvent.submit());
    loop.current().on(RoundEvent.submit());
    loop.current().on(RoundEvent.submit());
    return loop;
  }

  private Transcript saved(SessionStore store, String id) {
    return ((StoredSession.Readable) store.load(id).orElseThrow()).transcript();
  }

  @Test
  void aMarkAfterTheFinalSaveKeepsTheSessionCompleted() throws Exception {
    SessionStore store = new SessionStore(dir);
    Loop loop = scored(clock);
    LiveSession live = LiveSession.start(store, loop, clock);
    live.finish(SessionStatus.COMPLETED);

    loop.current().on(new RoundEvent.MarkCovered(0, "query-patterns", 13, 25));
    live.verdictChanged();

    Transcript t = saved(store, live.id());
    assertThat(t.status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(t.endedAt()).isNotNull();
    assertThat(t.rounds().get(0).answer().disputes()).singleElement()
        .satisfies(d -> assertThat(d.sentence()).isEqualTo("Reads by id."));

    loop.current().on(new RoundEvent.Unmark(0, "query-patterns"));
    live.verdictChanged();
    assertThat(saved(store, live.id()).rounds().get(0).answer().disputes()).isEmpty();
    assertThat(live.saveError()).isEmpty();
  }

  @Test
  void aMarkBeforeTheLastRoundEndsIsSavedInProgress() throws Exception {
    SessionStore store = new SessionStore(dir);
    Loop loop = scored(clock);
    try (LiveSession live = LiveSession.start(store, loop, clock)) {
      loop.current().on(new RoundEvent.MarkCovered(0, "query-patterns", 13, 25));
      live.verdictChanged();
      Transcript t = saved(store, live.id());
      assertThat(t.status()).isEqualTo(SessionStatus.IN_PROGRESS);
      assertThat(t.rounds().get(0).answer().disputed("query-patterns")).isTrue();
    }
  }
}
