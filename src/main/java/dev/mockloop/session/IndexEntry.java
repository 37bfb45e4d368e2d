package dev.mockloop.session;

import java.util.Objects;

/**
 * One transcript file as the index remembers it: its size and modification time when it was read,
 * and what it held (a summary, or why it could not be read).
 *
 * @param file the file name in the sessions folder
 * @param size its size in bytes when read
 * @param modified its modification time, in microseconds since the epoch, when read
 * @param summary the summary; null when the file is unreadable
 * @param problem why the file is unreadable; null when it is readable
 */
public record IndexEntry(
    String file, long size, long modified, SessionSummary summary, String problem) {
  public IndexEntry {
    Objects.requireNonNull(file, "file");
    if ((summary == null) == (problem == null)) {
      throw new IllegalArgumentException("an index entry has a summary or a problem, not both");
    }
  }

  /** True when the file on disk still has the size and time this entry was read at. */
  public boolean fresh(long sizeNow, long modifiedNow) {
    return size == sizeNow && modified == modifiedNow;
  }
}
