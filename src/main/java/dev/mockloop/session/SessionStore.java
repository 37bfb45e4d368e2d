package dev.mockloop.session;

import dev.mockloop.io.SafeFiles;
import dev.mockloop.io.SafeText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The folder of transcripts, {@code <dir>/<id>.yaml}. Writes are atomic (a temp file in the same
 * folder, then an atomic rename), so a reader or a crash never sees half a file. A running session
 * holds a lock on {@code <id>.lock}; its creation with CREATE_NEW makes ids unique across
 * concurrent runs.
 */
public final class SessionStore {
  private static final String EXT = ".yaml";

  /** The largest transcript read (a loop of long answers is far below it). */
  public static final int MAX_BYTES = 16 << 20;

  private final Path dir;

  public SessionStore(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  public Path pathOf(String id) {
    return dir.resolve(SessionIds.check(id) + EXT);
  }

  /**
   * Reserves a fresh id, locks it for this process and saves {@code first} under it; with {@code
   * first} null nothing is written but the lock file (the caller saves, {@link
   * LiveSession#startUnsaved}).
   */
  public OpenSession create(Instant now, java.util.function.Function<String, Transcript> first) {
    try {
      Files.createDirectories(dir);
      for (int attempt = 0; attempt < 100; attempt++) {
        String id = SessionIds.next(now);
        Path lock = OpenSession.lockPath(dir, id);
        try {
          Files.createFile(lock);
        } catch (FileAlreadyExistsException taken) {
          continue;
        }
        if (Files.exists(pathOf(id))) {
          Files.deleteIfExists(lock);
          continue;
        }
        OpenSession open = OpenSession.lock(this, id);
        try {
          if (first != null) {
            open.save(first.apply(id));
          }
        } catch (IOException | RuntimeException e) {
          open.close(); // a full disk must not leave a stray lock file behind
          throw e;
        }
        return open;
      }
      throw new SessionException("could not find a free session id in " + dir);
    } catch (IOException e) {
      throw new SessionException(
          "cannot create a session in "
              + dir
              + ": "
              + e.getMessage()
              + "; check the folder is writable or pass --sessions DIR",
          e);
    }
  }

  /** Locks an existing session to continue it; fails when another run holds it. */
  public OpenSession reopen(String id) {
    try {
      return OpenSession.lock(this, SessionIds.check(id));
    } catch (IOException e) {
      throw new SessionException("cannot open session " + id + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code t} atomically to {@code <id>.yaml}. */
  public void save(Transcript t) throws IOException {
    AtomicFiles.write(pathOf(t.id()), TranscriptYaml.write(t));
    DraftJournal.delete(dir, t.id());
  }

  /** Loads one session; unreadable files come back as {@link StoredSession.Unreadable}. */
  public Optional<StoredSession> load(String id) {
    Path p = pathOf(id);
    try {
      byte[] bytes = SafeFiles.read(p, MAX_BYTES);
      Transcript t = TranscriptYaml.read(bytes, p.toString());
      if (!t.id().equals(id)) {
        return Optional.of(
            new StoredSession.Unreadable(
                id,
                p,
                p
                    + ": its id is '"
                    + t.id()
                    + "' but the file is named "
                    + id
                    + EXT
                    + "; rename it or fix the id"));
      }
      return Optional.of(new StoredSession.Readable(id, p, DraftJournal.merged(dir, t)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(new StoredSession.Unreadable(id, p, p + ": " + SafeFiles.reason(e)));
    } catch (SessionException e) {
      return Optional.of(new StoredSession.Unreadable(id, p, e.getMessage()));
    } catch (IllegalArgumentException e) {
      return Optional.of(
          new StoredSession.Unreadable(id, p, p + ": " + SafeText.excerpt(e.getMessage(), 120)));
    }
  }

  /** Every session file, oldest first (ids start with their time). Never throws on bad files. */
  public List<StoredSession> list() {
    List<StoredSession> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXT)) {
      for (Path p : files) {
        String name = p.getFileName().toString();
        String id = name.substring(0, name.length() - EXT.length());
        if (name.startsWith(".")) {
          continue;
        }
        if (!SessionIds.valid(id)) {
          out.add(new StoredSession.Unreadable(id, p, p + ": not a session file name"));
          continue;
        }
        load(id).ifPresent(out::add);
      }
    } catch (IOException e) {
      throw new SessionException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(StoredSession::id));
    return out;
  }

  /**
   * Sessions to offer back, that no running process holds: in progress (killed runs) and paused
   * (quit mid-answer), to resume or keep.
   */
  public List<Transcript> unfinished() {
    // the index tells which sessions were in progress when last read (new and changed files are
    // read again), so only those transcripts are parsed, not the whole history
    return SessionIndex.loadForList(this).sessions().stream()
        .filter(s -> resumable(s.status()))
        .map(s -> load(s.id()).orElse(null))
        .filter(s -> s instanceof StoredSession.Readable)
        .map(s -> ((StoredSession.Readable) s).transcript())
        .filter(t -> resumable(t.status()))
        .filter(t -> !OpenSession.heldByAnyone(dir, t.id()))
        .toList();
  }

  private static boolean resumable(SessionStatus s) {
    return s == SessionStatus.IN_PROGRESS || s == SessionStatus.PAUSED;
  }

  /**
   * Keeps a session {@link #unfinished()} offered as it is, not to be offered again: a killed run
   * as recovered, a paused one as abandoned (its end time kept).
   */
  public Transcript keep(Transcript t, Instant now) throws IOException {
    if (t.keptAs() == SessionStatus.RECOVERED) {
      return markRecovered(t, now);
    }
    Transcript kept = t.withStatus(t.keptAs(), t.endedAt() == null ? now : t.endedAt());
    save(kept);
    return kept;
  }

  /** Keeps an unfinished session as it is, with status recovered. */
  public Transcript markRecovered(Transcript t, Instant now) throws IOException {
    Instant ended = t.draft().map(Draft::savedAt).orElse(now);
    Transcript kept = t.withStatus(SessionStatus.RECOVERED, ended);
    save(kept);
    return kept;
  }
}
