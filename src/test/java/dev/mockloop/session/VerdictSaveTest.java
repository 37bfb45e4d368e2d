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
    assertThat(t.rounds().get(0).answer().disputes())
        .singleElement()
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

  @Test
  void aMarkTheFolderCannotTakeGoesToARescueCopyAndFinishRetriesIt(@TempDir Path rescue)
      throws Exception {
    System.setProperty("mockloop.rescue", rescue.toString());
    try {
      Path sessions = dir.resolve("sessions");
      SessionStore store = new SessionStore(sessions);
      Loop loop = scored(clock);
      LiveSession live = LiveSession.start(store, loop, clock);
      live.finish(SessionStatus.COMPLETED);
      Path file = sessions.resolve(live.id() + ".yaml");
      java.nio.file.Files.delete(file);
      java.nio.file.Files.delete(sessions);
      java.nio.file.Files.writeString(sessions, "a file now: nothing can be saved inside");

      loop.current().on(new RoundEvent.MarkCovered(0, "query-patterns", 13, 25));
      live.verdictChanged();

      assertThat(live.saveError()).get().asString().contains("your answers are safe");
      Path copy = rescue.resolve(live.id() + ".yaml");
      assertThat(live.savedPath()).isEqualTo(copy);
      Transcript rescued = TranscriptYaml.read(java.nio.file.Files.readAllBytes(copy), "copy");
      assertThat(rescued.status()).isEqualTo(SessionStatus.COMPLETED);
      assertThat(rescued.rounds().get(0).answer().disputed("query-patterns")).isTrue();

      java.nio.file.Files.delete(sessions);
      java.nio.file.Files.createDirectories(sessions);
      live.finish(SessionStatus.COMPLETED);
      assertThat(live.saveError()).isEmpty();
      assertThat(saved(store, live.id()).rounds().get(0).answer().disputed("query-patterns"))
          .isTrue();
    } finally {
      System.clearProperty("mockloop.rescue");
    }
  }
}
