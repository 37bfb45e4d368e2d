package dev.mockloop.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides when to save: at once on a phase change, and while typing at most once per {@link
 * #INTERVAL}. The front end calls {@link #tick()} a few times a second, so a draft edited once and
 * then left alone is saved about {@code INTERVAL} later; a killed process loses at most that much
 * typing. A failed save is kept as {@link #lastError()} and retried on the next tick; it never
 * throws into the typing path.
 */
public final class Autosaver {
  /** The longest stretch of typing a crash may lose. */
  public static final Duration INTERVAL = Duration.ofSeconds(2);

  /** Does the actual write. */
  @FunctionalInterface
  public interface Saver {
    void save() throws Exception;
  }

  private final Clock clock;
  private final Saver saver;
  private Instant lastSave = Instant.MIN;
  private boolean dirty;
  private int saves;
  private String lastError;

  public Autosaver(Clock clock, Saver saver) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.saver = Objects.requireNonNull(saver, "saver");
  }

  /** The draft changed: saves now when the last save is old enough, else later on a tick. */
  public void edited() {
    dirty = true;
    saveIfDue();
  }

  /** Time passed: saves a pending draft when due. */
  public void tick() {
    if (dirty) {
      saveIfDue();
    }
  }

  /** A phase changed (answer submitted, round scored, session ended): saves now. */
  public void saveNow() {
    dirty = true;
    save();
  }

  /** True when something typed is not on disk yet. */
  public boolean dirty() {
    return dirty;
  }

  public int saves() {
    return saves;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  private void saveIfDue() {
    Instant now = clock.instant();
    if (lastSave == Instant.MIN || !now.isBefore(lastSave.plus(INTERVAL))) {
      save();
    }
  }

  private void save() {
    lastSave = clock.instant();
    try {
      saver.save();
      dirty = false;
      saves++;
      lastError = null;
    } catch (Exception e) {
      lastError = e.getMessage() == null ? e.toString() : e.getMessage();
    }
  }
}
