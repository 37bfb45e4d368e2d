package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockloop.engine.MutableClock;
import dev.mockloop.testing.FailingDisk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 11: a session that cannot be created on a full disk leaves no lock file. */
class FullDiskAtStartTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");

  @Test
  void aFullDiskAtStartLeavesNoStrayLockFile() throws Exception {
    Path sessions = dir.resolve("sessions");
    try (FailingDisk disk = FailingDisk.at(sessions)) {
      assumeTrue(disk.isTmpfs(), "needs a tmpfs (root) to fill");
      disk.fill();
      SessionStore store = new SessionStore(sessions);
      assertThatThrownBy(() -> LiveSession.start(store, Sessions.dynamoLoop(clock), clock))
          .isInstanceOf(SessionException.class)
          .hasMessageContaining("cannot create a session");
      try (Stream<Path> files = Files.list(sessions)) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".lock"));
      }
    }
  }
}
