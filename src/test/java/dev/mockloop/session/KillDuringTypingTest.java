package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILLs a child JVM while it types and checks what reached the disk. */
class KillDuringTypingTest {
  @TempDir Path dir;

  @Test
  @Timeout(60)
  void aKilledProcessLosesNoTyping() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    int typed = 0;
    long start = System.nanoTime();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("typed ")) {
          typed = Integer.parseInt(line.substring(6));
        }
        if (typed >= 80 && System.nanoTime() - start > Duration.ofSeconds(3).toNanos()) {
          p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally
          break;
        }
      }
    } finally {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    List<Transcript> unfinished = new SessionStore(dir).unfinished();
    assertThat(unfinished).hasSize(1);
    String draft = unfinished.get(0).draft().orElseThrow().text();
    int onDisk = draft.isBlank() ? 0 : draft.trim().split(" ").length;
    // every word the child reported typed is on disk (the transcript every 2 s, the draft journal
    // in between); it may have typed one or two more before the kill landed
    assertThat(onDisk).isBetween(typed, typed + 2);
    assertThat(draft).startsWith("w1 w2 w3 ");
  }
}
