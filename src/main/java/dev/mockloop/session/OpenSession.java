package dev.mockloop.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session this process is running: it holds an OS lock on {@code .<id>.lock}, so other runs do
 * not offer to resume it. A killed process loses its lock, which is how the next start knows the
 * session is unfinished rather than running. Close it when the session ends.
 */
public final class OpenSession implements AutoCloseable {
  /**
   * Ids locked by this JVM; checked first because closing a second channel on a locked file would
   * release the lock (POSIX record-lock semantics).
   */
  private static final Set<String> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final SessionStore store;
  private final String id;
  private final FileChannel channel;
  private final FileLock lock;

  private OpenSession(SessionStore store, String id, FileChannel channel, FileLock lock) {
    this.store = store;
    this.id = id;
    this.channel = channel;
    this.lock = lock;
  }

  static Path lockPath(Path dir, String id) {
    return dir.resolve("." + id + ".lock");
  }

  static OpenSession lock(SessionStore store, String id) throws IOException {
    String key = key(store.dir(), id);
    if (!HELD_HERE.add(key)) {
      throw new SessionException("session " + id + " is already open in this run");
    }
    FileChannel ch = null;
    try {
      ch =
          FileChannel.open(
              lockPath(store.dir(), id), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l = ch.tryLock();
      if (l == null) {
        throw new SessionException(
            "session " + id + " is open in another mockloop run;" + " finish it there first");
      }
      return new OpenSession(store, id, ch, l);
    } catch (IOException | RuntimeException e) {
      HELD_HERE.remove(key);
      if (ch != null) {
        ch.close();
      }
      throw e;
    }
  }

  /** True when some process (this one included) holds the session's lock. */
  static boolean heldByAnyone(Path dir, String id) {
    if (HELD_HERE.contains(key(dir, id))) {
      return true;
    }
    Path p = lockPath(dir, id);
    if (!Files.exists(p)) {
      return false;
    }
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
      FileLock l = ch.tryLock();
      if (l == null) {
        return true;
      }
      l.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String key(Path dir, String id) {
    return dir.toAbsolutePath().normalize() + "/" + id;
  }

  public String id() {
    return id;
  }

  public Path path() {
    return store.pathOf(id);
  }

  public SessionStore store() {
    return store;
  }

  /** Saves the transcript atomically. */
  public void save(Transcript t) throws IOException {
    if (!t.id().equals(id)) {
      throw new IllegalArgumentException("transcript " + t.id() + " saved into session " + id);
    }
    store.save(t);
  }

  /** Releases the lock and removes the lock file. */
  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
      Files.deleteIfExists(lockPath(store.dir(), id));
    } finally {
      HELD_HERE.remove(key(store.dir(), id));
    }
  }
}
