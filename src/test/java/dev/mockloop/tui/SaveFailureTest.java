package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptYaml;
import dev.mockloop.testing.FailingDisk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 1 (and the shutdown-hook half of item 7): a sessions folder that stops taking
 * files mid-round (a full 64 KiB tmpfs as root, a folder replaced by a file otherwise) loses
 * nothing on any exit path, and nothing claims a save that did not happen.
 */
class SaveFailureTest {
  @TempDir Path dir;
  @TempDir Path rescue;
  private Path sessions;

  @BeforeEach
  void rescueHere() {
    System.setProperty("mockloop.rescue", rescue.toString());
    sessions = dir.resolve("sessions");
  }

  @AfterEach
  void clear() {
    System.clearProperty("mockloop.rescue");
  }

  private Transcript rescued() throws Exception {
    try (Stream<Path> s = Files.list(rescue)) {
      Path p =
          s.filter(f -> f.toString().endsWith(".yaml"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the rescue folder is empty"));
      return TranscriptYaml.read(Files.readAllBytes(p), p.toString());
    }
  }

  @Test
  void sigtermAfterAFailedAutosaveWritesTheRescueCopy() throws Exception {
    try (FailingDisk disk = FailingDisk.at(sessions);
        VirtualTui tui = VirtualTui.dynamo(sessions)) {
      tui.type("saved before the disk filled. ");
      disk.fill();
      tui.type("typed after autosave failed");
      tui.clock.advanceSeconds(3);
      tui.tick();
      assertThat(tui.app.practice().run().saves().saveError()).isPresent();

      TuiExit.hook(tui.app).run(); // what the shutdown hook runs on SIGTERM or SIGHUP

      assertThat(rescued().draft().orElseThrow().text())
          .isEqualTo("saved before the disk filled. typed after autosave failed");
    }
  }

  @Test
  void ctrlCWhileSavesFailSaysWhereTheAnswersReallyAre() throws Exception {
    try (FailingDisk disk = FailingDisk.at(sessions);
        VirtualTui tui = VirtualTui.dynamo(sessions)) {
      disk.fill();
      tui.type("draft on a full disk");
      tui.ctrl('c');
      String screen = tui.text().replaceAll("\\s+", " ");
      assertThat(screen)
          .contains("Quit mockloop?", "rescue copy")
          .doesNotContain("saved in " + sessions);
      assertThat(rescued().draft().orElseThrow().text()).isEqualTo("draft on a full disk");
    }
  }

  @Test
  void afterASuccessfulRetryTheExitNamesTheRealFile() throws Exception {
    try (FailingDisk disk = FailingDisk.at(sessions);
        VirtualTui tui = VirtualTui.dynamo(sessions)) {
      tui.type("an answer");
      disk.fill();
      tui.ctrl('d');
      tui.ctrl('d');
      tui.type("y");
      tui.ctrl('d');
      tui.type("y");
      assertThat(tui.text()).contains("NOT saved");
      disk.heal();
      tui.type("s");
      assertThat(tui.text()).doesNotContain("NOT saved");
      tui.type("q");
      assertThat(tui.app.practice().saved()).hasSize(1);
      assertThat(tui.app.practice().saved().get(0).getParent()).isEqualTo(sessions);
    }
  }

  @Test
  void theExitHookNeverWaitsForALockABlockedThreadHolds() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(sessions)) {
      tui.type("typed while the loop is stuck");
      CountDownLatch held = new CountDownLatch(1);
      CountDownLatch never = new CountDownLatch(1);
      Thread stuck =
          new Thread(
              () -> {
                synchronized (tui.app) {
                  held.countDown();
                  try {
                    never.await(); // like a read from a FIFO that never ends
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }
              });
      stuck.setDaemon(true);
      stuck.start();
      held.await();
      try {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TuiExit.hook(tui.app).run());
      } finally {
        never.countDown();
      }
      Path file = tui.app.practice().run().saves().path();
      assertThat(
              TranscriptYaml.read(Files.readAllBytes(file), file.toString())
                  .draft()
                  .orElseThrow()
                  .text())
          .isEqualTo("typed while the loop is stuck");
    }
  }

  @Test
  void ctrlCWhileAskingAboutAnEmptyAnswerAsksAboutQuitting() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(sessions)) {
      tui.ctrl('d');
      assertThat(tui.text()).contains("empty");
      tui.ctrl('c');
      assertThat(tui.text()).contains("Quit mockloop?");
      tui.type("y");
      assertThat(tui.app.done()).isTrue();
    }
  }
}
