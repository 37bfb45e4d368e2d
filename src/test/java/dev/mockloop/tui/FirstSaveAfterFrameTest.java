package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.StoredSession;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a round's first frame does not wait for its first save (the transcript through Jackson
 * and an fsync); the save comes right after that frame is drawn, before any key is handled.
 */
class FirstSaveAfterFrameTest {
  @TempDir Path dir;

  @Test
  void aRoundIsSavedOnceItsFirstFrameIsDrawnAndNotBefore() throws Exception {
    Path sessions = dir.resolve("sessions");
    VirtualTui.skipSelfRating(sessions);
    SessionStore store = new SessionStore(sessions);
    MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");
    App app =
        new App(
            new TuiContext(
                TestBank.bank(), new FakeScorer(), store, clock, true, RoundSettings.DEFAULT));
    app.start(Optional.of(PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1)));
    String id = app.practice().run().saves().id();
    Path transcript = app.practice().run().saves().path();
    assertThat(transcript).doesNotExist();

    TerminalScreen screen =
        new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
    screen.startScreen();
    TuiDriver driver = new TuiDriver(app, screen, () -> 0L);
    assertThat(driver.redraw()).isTrue();
    assertThat(transcript).exists();
    StoredSession.Readable saved = (StoredSession.Readable) store.load(id).orElseThrow();
    assertThat(saved.transcript().status()).isEqualTo(SessionStatus.IN_PROGRESS);
    assertThat(saved.transcript().planned()).containsExactly("dynamodb-vs-rds");
    screen.stopScreen();
  }
}
