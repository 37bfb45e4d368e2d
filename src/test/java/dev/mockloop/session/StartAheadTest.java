package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.engine.Loop;
import dev.mockloop.engine.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartAheadTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:12:30Z");

  @Test
  void theIdReservedAheadIsTakenOnceThenIdsAreMadeWhenAsked() throws Exception {
    SessionStore store = new SessionStore(dir);
    StartAhead ahead = StartAhead.look(store, clock);
    assertThat(lockFiles()).as("the id is reserved and locked ahead").isEqualTo(1);
    clock.advance(java.time.Duration.ofMinutes(5));
    assertThat(ahead.unfinished(store)).isEmpty();
    StartAhead.Reserved first = ahead.reserve(store, clock);
    assertThat(first.started()).isEqualTo(java.time.Instant.parse("2026-11-29T08:12:30Z"));
    assertThat(first.open().id()).startsWith("2026-11-29T0812-");
    StartAhead.Reserved second = ahead.reserve(store, clock);
    assertThat(second.open().id()).startsWith("2026-11-29T0817-");
    ahead.close(); // taken: nothing to release
    assertThat(lockFiles()).isEqualTo(2);
    first.open().close();
    second.open().close();
    assertThat(lockFiles()).isZero();
  }

  @Test
  void anIdNotTakenIsReleasedAndNothingIsReservedWhenSessionsWaitToBeResumed() throws Exception {
    SessionStore store = new SessionStore(dir);
    StartAhead.look(store, clock).close();
    assertThat(lockFiles()).as("released when no round took it").isZero();

    Loop loop = Sessions.dynamoLoop(clock);
    store.save(
        Recorder.transcript(
            "2026-11-29T0800-aaaaaa",
            clock.instant(),
            loop,
            SessionStatus.IN_PROGRESS,
            clock.instant()));
    StartAhead offered = StartAhead.look(store, clock);
    assertThat(lockFiles()).as("the resume offer comes first: no id yet").isZero();
    assertThat(offered.unfinished(store)).hasSize(1);
    StartAhead.Reserved made = offered.reserve(store, clock);
    assertThat(lockFiles()).isEqualTo(1);
    made.open().close();
  }

  @Test
  void aFolderThatDoesNotExistIsNotCreatedAhead() {
    SessionStore store = new SessionStore(dir.resolve("none"));
    StartAhead ahead = StartAhead.look(store, clock);
    assertThat(dir.resolve("none")).doesNotExist();
    assertThat(ahead.unfinished(store)).isEmpty();
    ahead.close();
  }

  @Test
  void aSessionsPathThatIsAFileFailsWhereTheIdIsTaken() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "");
    SessionStore store = new SessionStore(file);
    StartAhead ahead = StartAhead.look(store, clock);
    assertThat(ahead.unfinished(store)).isEmpty();
    assertThatThrownBy(() -> ahead.reserve(store, clock)).isInstanceOf(SessionException.class);
  }

  private long lockFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".lock")).count();
    }
  }
}
