package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.engine.Loop;
import dev.mockloop.engine.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:12:30Z");

  private Transcript transcriptFor(String id, Loop loop, SessionStatus status) {
    return Recorder.transcript(id, clock.instant(), loop, status, clock.instant());
  }

  @Test
  void createReservesAnIdSavesAndLocks() throws Exception {
    SessionStore store = new SessionStore(dir.resolve("sessions"));
    Loop loop = Sessions.dynamoLoop(clock);
    try (OpenSession open =
        store.create(clock.instant(), id -> transcriptFor(id, loop, SessionStatus.IN_PROGRESS))) {
      assertThat(open.id()).matches("2026-11-29T0812-[a-z2-9]{6}");
      assertThat(open.path()).exists();
      assertThat(store.unfinished()).as("a running session is not offered").isEmpty();
      assertThatThrownBy(() -> store.reopen(open.id())).hasMessageContaining("already open");
    }
    assertThat(store.unfinished()).hasSize(1);
    try (Stream<Path> files = Files.list(dir.resolve("sessions"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temp or lock files left behind (the history index is kept)")
          .allMatch(
              n ->
                  n.endsWith(".yaml")
                      || n.equals(Path.of(SessionIndex.FILE).getName(0).toString()));
    }
  }

  @Test
  void concurrentCreatesNeverCollide() throws Exception {
    SessionStore store = new SessionStore(dir);
    Loop loop = Sessions.dynamoLoop(clock);
    Set<String> ids = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<OpenSession>> futures = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      futures.add(
          pool.submit(
              () ->
                  store.create(
                      clock.instant(), id -> transcriptFor(id, loop, SessionStatus.COMPLETED))));
    }
    for (Future<OpenSession> f : futures) {
      OpenSession s = f.get();
      ids.add(s.id());
      s.close();
    }
    pool.shutdown();
    assertThat(ids).hasSize(64);
    assertThat(store.list()).hasSize(64).allMatch(s -> s instanceof StoredSession.Readable);
  }

  @Test
  void saveReplacesAtomicallyAndLeavesNoTempFile() throws Exception {
    SessionStore store = new SessionStore(dir);
    Loop loop = Sessions.midFollowUp(clock);
    Transcript t = transcriptFor("2026-11-29T0812-aaaaaa", loop, SessionStatus.IN_PROGRESS);
    store.save(t);
    store.save(t.withStatus(SessionStatus.ABANDONED, clock.instant()));
    StoredSession s = store.load(t.id()).orElseThrow();
    assertThat(((StoredSession.Readable) s).transcript().status())
        .isEqualTo(SessionStatus.ABANDONED);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void recoversAfterACrashMidWrite() throws Exception {
    SessionStore store = new SessionStore(dir);
    Loop loop = Sessions.midFollowUp(clock);
    Transcript t = transcriptFor("2026-11-29T0812-bbbbbb", loop, SessionStatus.IN_PROGRESS);
    store.save(t);
    // a process killed during its next save leaves a partial temp file and a stale lock file
    Files.writeString(dir.resolve(".2026-11-29T0812-bbbbbb.123.tmp"), "schema: 1\nid: 2026-");
    Files.writeString(dir.resolve(".2026-11-29T0812-bbbbbb.lock"), "");
    List<Transcript> unfinished = store.unfinished();
    assertThat(unfinished).containsExactly(t);
    assertThat(unfinished.get(0).draft().orElseThrow().text())
        .isEqualTo("Add OpenSearch fed by stre");
    Transcript kept = store.markRecovered(unfinished.get(0), clock.instant());
    assertThat(kept.status()).isEqualTo(SessionStatus.RECOVERED);
    assertThat(store.unfinished()).isEmpty();
    assertThat(store.list()).hasSize(1);
  }

  @Test
  void unreadableFilesAreListedWithTheReason() throws Exception {
    SessionStore store = new SessionStore(dir);
    store.save(
        transcriptFor(
            "2026-11-29T0812-cccccc", Sessions.dynamoLoop(clock), SessionStatus.COMPLETED));
    Files.writeString(
        dir.resolve("2026-11-29T0900-broken.yaml"),
        "schema: 1\nlevel: L9\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt.yaml"), "x: 1");
    List<StoredSession> all = store.list();
    assertThat(all).hasSize(3);
    assertThat(all.get(0)).isInstanceOf(StoredSession.Readable.class);
    assertThat(all.get(1))
        .isInstanceOfSatisfying(
            StoredSession.Unreadable.class,
            u -> assertThat(u.reason()).contains("2026-11-29T0900-broken.yaml:2:"));
    assertThat(all.get(2))
        .isInstanceOfSatisfying(
            StoredSession.Unreadable.class,
            u -> assertThat(u.reason()).contains("not a session file name"));
  }

  @Test
  void refusesIdsThatNameOtherPaths() {
    SessionStore store = new SessionStore(dir);
    for (String bad : List.of("../../etc/passwd", "a/b", "..", "", "x.yaml", "a\\b")) {
      assertThatThrownBy(() -> store.load(bad))
          .isInstanceOf(SessionException.class)
          .hasMessageContaining("invalid session id");
    }
    assertThat(store.load("2026-01-01T0000-nothere")).isEmpty();
  }
}
