package dev.mockloop.session;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A small index of the sessions folder ({@code .mockloop/index}), so that listing and stats read
 * one file instead of parsing every transcript. Each entry remembers the size and modification time
 * of the transcript it summarises; a transcript that is new, changed (newer than its entry) or gone
 * is re-read or dropped, and the index is rewritten atomically. A damaged or foreign index is
 * simply rebuilt. The transcripts stay the source of truth.
 *
 * <p>The index also records the folder's own modification time, which changes whenever a file in it
 * is created, deleted or replaced (mockloop writes every transcript to a temporary file and renames
 * it into place). While that time is unchanged the folder is not listed and no transcript is looked
 * at. The index lives in a subfolder so that writing it leaves the folder's time alone, and a time
 * within {@value #RACY_MS} ms of the scan that read it is not recorded (a change in the same clock
 * tick could not be told apart). An edit made inside a transcript file without replacing it (an
 * editor that writes in place) leaves the folder's time as it was: such an edit shows once anything
 * else in the folder changes.
 */
public final class SessionIndex {
  /** The index file, relative to the sessions folder. */
  public static final String FILE = ".mockloop/index";

  /** Where earlier versions kept it: read once, then removed. */
  static final String OLD_FILE = ".index";

  static final long RACY_MS = 2_000;
  private static final String EXT = ".yaml";
  private static final int MAX_INDEX_BYTES = 256 << 20;

  private SessionIndex() {}

  /** The history of {@code store}'s folder, bringing the index up to date first. */
  public static History load(SessionStore store) {
    return load(store, false);
  }

  /**
   * The history for a list: rounds without their dimensions and points, which makes reading a large
   * index about twice as fast. When the index is out of date it is rebuilt in full.
   */
  public static History loadForList(SessionStore store) {
    return load(store, true);
  }

  private static History load(SessionStore store, boolean light) {
    Path dir = store.dir();
    if (!Files.isDirectory(dir)) {
      return new History(List.of(), List.of(), Map.of());
    }
    long scanAt = System.currentTimeMillis();
    long folder = folderTime(dir);
    Map<String, String> texts = new HashMap<>();
    IndexReader.Parsed index = readIndex(dir, texts, light);
    if (index.folder() >= 0 && index.folder() == folder) {
      return history(dir, index.entries(), texts); // nothing added, removed or replaced
    }
    Map<String, IndexEntry> known = new LinkedHashMap<>();
    index.entries().forEach(e -> known.put(e.file(), e));
    List<IndexEntry> entries = new ArrayList<>();
    boolean changed = false;
    // no glob filter: it matches a regular expression per file, slow for 10,000 files
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path p : files) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || !name.endsWith(EXT)) {
          continue;
        }
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
          continue;
        }
        long modified = a.lastModifiedTime().to(TimeUnit.MICROSECONDS);
        IndexEntry old = known.remove(name);
        if (old != null && old.fresh(a.size(), modified)) {
          entries.add(old);
        } else {
          entries.add(read(store, p, name, a.size(), modified, texts));
          changed = true;
        }
      }
    } catch (IOException e) {
      throw new SessionException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    long record = folder >= 0 && folder < (scanAt - RACY_MS) * 1000 ? folder : -1;
    if (changed
        || !known.isEmpty()
        || record != index.folder()
        || !Files.exists(dir.resolve(FILE))) { // read from the old place, or none yet
      if (light) {
        return load(store, false);
      }
      write(dir, entries, texts, record);
    }
    return history(dir, entries, texts);
  }

  /** The folder's modification time in microseconds, or -1 when it cannot be read. */
  private static long folderTime(Path dir) {
    try {
      return Files.getLastModifiedTime(dir).to(TimeUnit.MICROSECONDS);
    } catch (IOException e) {
      return -1;
    }
  }

  private static IndexEntry read(
      SessionStore store,
      Path p,
      String name,
      long size,
      long modified,
      Map<String, String> texts) {
    String id = name.substring(0, name.length() - EXT.length());
    if (!SessionIds.valid(id)) {
      return new IndexEntry(name, size, modified, null, p + ": not a session file name");
    }
    StoredSession s = store.load(id).orElse(null);
    if (s instanceof StoredSession.Readable r) {
      texts.putAll(Summaries.pointTexts(r.transcript()));
      return new IndexEntry(name, size, modified, Summaries.of(r.transcript()), null);
    }
    String why = s instanceof StoredSession.Unreadable u ? u.reason() : p + ": vanished";
    return new IndexEntry(name, size, modified, null, why);
  }

  private static History history(Path dir, List<IndexEntry> entries, Map<String, String> texts) {
    List<SessionSummary> sessions = new ArrayList<>();
    List<StoredSession.Unreadable> bad = new ArrayList<>();
    for (IndexEntry e : entries) {
      if (e.summary() != null) {
        sessions.add(e.summary());
      } else {
        String file = e.file();
        String id = file.endsWith(EXT) ? file.substring(0, file.length() - EXT.length()) : file;
        bad.add(new StoredSession.Unreadable(id, dir.resolve(file), e.problem()));
      }
    }
    bad.sort(java.util.Comparator.comparing(StoredSession.Unreadable::id));
    return new History(sessions, bad, texts);
  }

  /** The index as stored (at its old place if not yet moved); empty when absent or damaged. */
  private static IndexReader.Parsed readIndex(Path dir, Map<String, String> texts, boolean light) {
    for (String name : List.of(FILE, OLD_FILE)) {
      try {
        String text =
            new String(SafeFiles.read(dir.resolve(name), MAX_INDEX_BYTES), StandardCharsets.UTF_8);
        return IndexCodec.read(text, texts, light);
      } catch (NoSuchFileException e) {
        // try the old place, then none
      } catch (IOException | RuntimeException stale) {
        break;
      }
    }
    texts.clear();
    return new IndexReader.Parsed(List.of(), -1);
  }

  /** Writes the index atomically; a read-only folder just goes without one. */
  private static void write(
      Path dir, List<IndexEntry> entries, Map<String, String> texts, long folder) {
    try {
      AtomicFiles.write(
          dir.resolve(FILE),
          IndexCodec.write(entries, texts, folder).getBytes(StandardCharsets.UTF_8));
      Files.deleteIfExists(dir.resolve(OLD_FILE));
    } catch (IOException notWritable) {
      // the index is a cache: without it the next list reads the transcripts again
    }
  }
}
