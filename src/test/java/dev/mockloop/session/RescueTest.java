package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.engine.Loop;
import dev.mockloop.engine.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sessions folder that stops taking files (full disk, removed, read-only) loses nothing. */
class RescueTest {
  @TempDir Path dir;
  @TempDir Path rescue;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");

  @BeforeEach
  void rescueHere() {
    System.setProperty("mockloop.rescue", rescue.toString());
  }

  @AfterEach
  void clear() {
    System.clearProperty("mockloop.rescue");
  }

  @Test
  void aFailedFinalSaveWritesARescueCopyAndRetriesLater() throws Exception {
    Path sessions = dir.resolve("sessions");
    SessionStore store = new SessionStore(sessions);
    Loop loop = Sessions.midFollowUp(clock);
    LiveSession live = LiveSession.start(store, loop, clock);
    String id = live.id();

    deleteTree(sessions);
    Files.writeString(sessions, "now a file, so nothing can be saved inside");
    Transcript t = live.finish(SessionStatus.ABANDONED);

    assertThat(live.saveError()).get().asString().contains("cannot save", "your answers are safe");
    Path copy = rescue.resolve(id + ".yaml");
    assertThat(live.rescued()).contains(copy);
    assertThat(live.savedPath()).isEqualTo(copy);
    Transcript back = TranscriptYaml.read(Files.readAllBytes(copy), copy.toString());
    assertThat(back.rounds().get(0).answer().text())
        .isEqualTo(t.rounds().get(0).answer().text())
        .startsWith("DynamoDB: p99");

    Files.delete(sessions);
    Files.createDirectories(sessions);
    live.finish(SessionStatus.ABANDONED);
    assertThat(live.saveError()).isEmpty();
    assertThat(live.savedPath()).isEqualTo(sessions.resolve(id + ".yaml"));
    assertThat(store.load(id)).isPresent();
  }

  private static void deleteTree(Path p) throws Exception {
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
