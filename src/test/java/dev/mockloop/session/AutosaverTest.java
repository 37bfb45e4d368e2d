package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.engine.MutableClock;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AutosaverTest {
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");
  private int writes;
  private boolean failing;

  private final Autosaver saver =
      new Autosaver(
          clock,
          () -> {
            if (failing) {
              throw new IOException("disk full");
            }
            writes++;
          });

  @Test
  void typingSavesAtMostEveryTwoSeconds() {
    for (int i = 0; i < 50; i++) { // 50 keys, 100 ms apart: 5 seconds of typing
      saver.edited();
      clock.advance(Duration.ofMillis(100));
      saver.tick();
    }
    assertThat(writes).isEqualTo(3); // at 0 s, 2 s and 4 s
    assertThat(saver.dirty()).isTrue();
    clock.advance(Duration.ofMillis(1100));
    saver.tick();
    assertThat(writes).isEqualTo(4);
    assertThat(saver.dirty()).isFalse();
  }

  @Test
  void aLoneEditIsSavedByATickWithinTheInterval() {
    saver.saveNow();
    clock.advance(Duration.ofMillis(300));
    saver.edited();
    assertThat(writes).isEqualTo(1);
    clock.advance(Duration.ofMillis(1700));
    saver.tick();
    assertThat(writes).isEqualTo(2);
  }

  @Test
  void phaseChangesSaveAtOnce() {
    saver.edited();
    saver.saveNow();
    saver.saveNow();
    assertThat(writes).isEqualTo(3);
  }

  @Test
  void failuresAreKeptAndRetried() {
    failing = true;
    saver.edited();
    assertThat(saver.lastError()).contains("disk full");
    assertThat(saver.dirty()).isTrue();
    failing = false;
    clock.advanceSeconds(2);
    saver.tick();
    assertThat(saver.lastError()).isEmpty();
    assertThat(writes).isEqualTo(1);
  }
}
