package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.mockloop.bank.Bank;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.UserState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;

/** The TUI on a virtual terminal, with the GUI thread stepped on the test thread. */
final class VirtualTui implements AutoCloseable {
  final DefaultVirtualTerminal terminal;
  final MutableClock clock;
  final SessionStore store;
  final App app;
  private final TerminalScreen screen;
  private final TuiDriver driver;

  /**
   * The driver's clock for keys and frames ({@link TypeAhead}): each of {@link #type}, {@link
   * #key}, {@link #ctrl} and {@link #tick} comes a second after the last, as a user who looks at
   * the screen before pressing a key; {@link #burst} sends keys with no pause, as typed ahead.
   */
  private long nanos;

  /** The pause before each key action: longer than {@link TypeAhead#SETTLE_NANOS}. */
  static final long PAUSE_NANOS = 1_000_000_000L;

  VirtualTui(Path sessions, int cols, int rows, boolean noColor, Optional<PlanRequest> direct)
      throws IOException {
    this(sessions, cols, rows, noColor, direct, TestBank.bank(), "2026-11-29T08:00:00Z");
  }

  /** With its own bank, and the clock starting at {@code start} (an ISO instant). */
  VirtualTui(
      Path sessions,
      int cols,
      int rows,
      boolean noColor,
      Optional<PlanRequest> direct,
      Bank bank,
      String start)
      throws IOException {
    this(
        sessions,
        cols,
        rows,
        direct,
        MutableClock.at(start),
        (store, clock) ->
            new TuiContext(bank, new FakeScorer(), store, clock, noColor, RoundSettings.DEFAULT));
  }

  /** With the context {@code context} makes from the store and the clock. */
  VirtualTui(
      Path sessions,
      int cols,
      int rows,
      Optional<PlanRequest> direct,
      MutableClock clock,
      BiFunction<SessionStore, MutableClock, TuiContext> context)
      throws IOException {
    this.clock = clock;
    terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
    screen = new TerminalScreen(terminal);
    screen.startScreen();
    store = new SessionStore(sessions);
    skipSelfRating(sessions);
    app = new App(context.apply(store, clock));
    app.start(direct);
    driver = new TuiDriver(app, screen, () -> nanos);
    settle();
  }

  /**
   * Tests written before the self-rating step expect the results right after the last answer: a
   * fresh sessions folder remembers "don't ask again". A test of the step writes its own {@code
   * .state} first (any content without {@code self_rate=off} asks).
   */
  static void skipSelfRating(Path sessions) throws IOException {
    if (!java.nio.file.Files.exists(sessions.resolve(UserState.FILE))) {
      java.nio.file.Files.createDirectories(sessions);
      new UserState(sessions).rememberSelfRate(false);
    }
  }

  static VirtualTui dynamo(Path sessions) throws IOException {
    return new VirtualTui(
        sessions,
        80,
        24,
        false,
        Optional.of(PlanRequest.single(dev.mockloop.bank.Level.L6, "dynamodb-vs-rds", 1)));
  }

  /** Processes every pending key and redraws. */
  void settle() throws IOException {
    for (int i = 0; i < 10_000 && driver.step(); i++) {
      // keep stepping until the input queue is empty
    }
    driver.step();
  }

  /**
   * Pastes {@code text}: its keys reach the driver together, as a terminal delivers a paste. (So
   * does {@link #type} with more than one character; this name says which is meant.)
   */
  void paste(String text) throws IOException {
    type(text);
  }

  /** Types {@code text}; its keys are queued together (one character is a single key press). */
  void type(String text) throws IOException {
    nanos += PAUSE_NANOS;
    for (char c : text.toCharArray()) {
      terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
    }
    settle();
  }

  void key(KeyType type) throws IOException {
    nanos += PAUSE_NANOS;
    terminal.addInput(new KeyStroke(type));
    settle();
  }

  void ctrl(char c) throws IOException {
    nanos += PAUSE_NANOS;
    terminal.addInput(new KeyStroke(c, true, false));
    settle();
  }

  /** Sends {@code keys} at once, with no pause, as keys typed on while the screen changes. */
  void burst(KeyStroke... keys) throws IOException {
    for (KeyStroke k : keys) {
      terminal.addInput(k);
    }
    settle();
  }

  /** Lets {@code ms} pass with no key. */
  void idle(long ms) {
    nanos += ms * 1_000_000L;
  }

  void tick() throws IOException {
    nanos += PAUSE_NANOS;
    driver.tick();
    settle();
  }

  void resize(int cols, int rows) throws IOException {
    terminal.setTerminalSize(new TerminalSize(cols, rows));
    settle();
  }

  /** The screen as text, one line per row, trailing spaces trimmed. */
  String text() {
    TerminalSize size = terminal.getTerminalSize();
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < size.getRows(); r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < size.getColumns(); c++) {
        TextCharacter ch = terminal.getCharacter(new TerminalPosition(c, r));
        line.append(ch == null ? " " : ch.getCharacterString());
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  TextCharacter at(int col, int row) {
    return terminal.getCharacter(new TerminalPosition(col, row));
  }

  TerminalPosition cursor() {
    return terminal.getCursorPosition();
  }

  @Override
  public void close() throws IOException {
    screen.stopScreen();
  }
}
