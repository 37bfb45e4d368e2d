package dev.mockloop.session;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The index file on disk for {@link SessionIndex}: read whole, written atomically, and its head
 * alone (the stamp and the folder time it recorded) for the results cached from it.
 */
final class IndexFiles {
  private static final int MAX_INDEX_BYTES = 256 << 20;

  /** Enough for the header line and the {@code F} line after it. */
  private static final int HEAD_BYTES = IndexCodec.HEADER_BYTES + 24;

  private IndexFiles() {}

  /** The folder's modification time in microseconds, or -1 when it cannot be read. */
  static long folderTime(Path dir) {
    try {
      return Files.getLastModifiedTime(dir).to(TimeUnit.MICROSECONDS);
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The stamp of {@code dir}'s index when the folder's time is still the one the index recorded (so
   * the index is current without looking at any transcript); null otherwise, or without an index.
   */
  static String settledStamp(Path dir) {
    Path file = dir.resolve(SessionIndex.FILE);
    byte[] head;
    try {
      if (SafeFiles.refusal(file) != null) {
        return null;
      }
      try (InputStream in =
          Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        head = in.readNBytes(HEAD_BYTES);
      }
    } catch (IOException e) {
      return null;
    }
    String stamp = IndexStamp.of(head);
    int at = IndexCodec.HEADER_BYTES;
    if (stamp == null || head.length < at + 3 || head[at] != 'F' || head[at + 1] != '\t') {
      return null;
    }
    long folder = 0;
    int i = at + 2;
    for (; i < head.length && head[i] >= '0' && head[i] <= '9'; i++) {
      folder = folder * 10 + (head[i] - '0');
    }
    boolean whole = i > at + 2 && i < head.length && head[i] == '\n' && i - at - 2 < 19;
    return whole && folder == folderTime(dir) ? stamp : null;
  }

  /** The index as stored (at its old place if not yet moved); empty when absent or damaged. */
  static IndexReader.Parsed read(Path dir, Map<String, String> texts, boolean light) {
    for (String name : List.of(SessionIndex.FILE, SessionIndex.OLD_FILE)) {
      try {
        return IndexCodec.read(SafeFiles.read(dir.resolve(name), MAX_INDEX_BYTES), texts, light);
      } catch (NoSuchFileException e) {
        // try the old place, then none
      } catch (IOException | RuntimeException stale) {
        break;
      }
    }
    texts.clear();
    return new IndexReader.Parsed(List.of(), -1, null);
  }

  /**
   * Writes the index atomically, not durably; a read-only folder just goes without one.
   *
   * @return the stamp of the index written, or null when it could not be written
   */
  static String write(Path dir, List<IndexEntry> entries, Map<String, String> texts, long folder) {
    try {
      byte[] bytes = IndexCodec.write(entries, texts, folder);
      // not forced to disk: a crash may leave it damaged, which its stamp tells, and then it is
      // rebuilt (no fsync before a fresh folder's home screen, nor after every save)
      AtomicFiles.write(dir.resolve(SessionIndex.FILE), bytes, false);
      Files.deleteIfExists(dir.resolve(SessionIndex.OLD_FILE));
      return IndexStamp.of(bytes);
    } catch (IOException notWritable) {
      // the index is a cache: without it the next list reads the transcripts again
      return null;
    }
  }
}
