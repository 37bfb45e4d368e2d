package dev.mockloop.session;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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

  /** Sessions by start, then the unreadable files by name: the index's order, and the history's. */
  private static final Comparator<IndexEntry> ORDER =
      (a, b) ->
          a.summary() == null || b.summary() == null
              ? a.summary() != null ? -1 : b.summary() != null ? 1 : a.file().compareTo(b.file())
              : History.BY_START.compare(a.summary(), b.summary());

  private SessionIndex() {}

  /**
   * A history with the stamp of the index it came from.
   *
   * @param stamp the index's stamp when the index is current and records the folder's time (so
   *     {@link #settledStamp} gives the same stamp while nothing changes); null otherwise
   */
  public record Loaded(History history, String stamp, Supplier<StatsTally> tally) {
    public Loaded(History history, String stamp) {
      this(history, stamp, null);
    }
  }

  /** The history of {@code store}'s folder, bringing the index up to date first. */
  public static History load(SessionStore store) {
    return load(store, false).history();
  }

  /**
   * The history for a list: rounds without their dimensions and points, which makes reading a large
   * index about twice as fast. When the index is out of date it is rebuilt in full.
   */
  public static History loadForList(SessionStore store) {
    return load(store, true).history();
  }

  /**
   * The stamp of the index of {@code dir} when that folder has not changed since the index recorded
   * it, read from the index's first line alone; null otherwise. Equal to the stamp a {@link #load}
   * returned exactly while the history it loaded is still the folder's.
   */
  public static String settledStamp(Path dir) {
    return IndexFiles.settledStamp(dir);
  }

  /** As {@link #load(SessionStore)} (light: as {@link #loadForList}), with the index's stamp. */
  public static Loaded load(SessionStore store, boolean light) {
    Path dir = store.dir();
    if (!Files.isDirectory(dir)) {
      return new Loaded(new History(List.of(), List.of(), Map.of()), null);
    }
    long scanAt = System.currentTimeMillis();
    long folder = IndexFiles.folderTime(dir);
    Map<String, String> texts = new HashMap<>();
    IndexReader.Parsed index = IndexFiles.read(dir, texts, light);
    if (index.folder() >= 0 && index.folder() == folder) { // nothing added, removed or replaced
      return new Loaded(history(dir, index.entries(), texts), index.stamp());
    }
    Map<String, IndexEntry> known = new LinkedHashMap<>();
    index.entries().forEach(e -> known.put(e.file(), e));
    List<IndexEntry> entries = new ArrayList<>();
    List<IndexEntry> gone = new ArrayList<>(); // what changed, for the stats digest
    List<IndexEntry> came = new ArrayList<>();
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
        } catch (NoSuchFileException vanished) {
          continue;
        }
        long modified = a.lastModifiedTime().to(TimeUnit.MICROSECONDS);
        IndexEntry old = known.remove(name);
        if (old != null && old.fresh(a.size(), modified)) {
          entries.add(old);
        } else {
          entries.add(read(store, p, name, a.size(), modified, texts));
          came.add(entries.get(entries.size() - 1));
          if (old != null) {
            gone.add(old);
          }
          changed = true;
        }
      }
    } catch (IOException e) {
      throw new SessionException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    long record = folder >= 0 && folder < (scanAt - RACY_MS) * 1000 ? folder : -1;
    if (entries.isEmpty() && known.isEmpty() && !Files.exists(dir.resolve(FILE))) {
      // no session and no index: nothing to record (a new folder's first home screen or round
      // writes no index before its first frame; the first save's next load writes it)
      return new Loaded(history(dir, entries, texts), null);
    }
    String stamp = null;
    Supplier<StatsTally> tally = null;
    if (changed
        || !known.isEmpty()
        || record != index.folder()
        || !Files.exists(dir.resolve(FILE))) { // read from the old place, or none yet
      if (light) {
        return load(store, false);
      }
      entries.sort(ORDER); // in order, so that reading it back needs no sort
      stamp = IndexFiles.write(dir, entries, texts, record);
      if (stamp != null && record >= 0) { // an index that can be trusted as it is: the list's too
        ListDigest.write(dir, stamp, entries);
      }
      gone.addAll(known.values()); // removed from the folder
      tally = SessionStats.update(dir, index.stamp(), gone, came, entries, texts, stamp);
    } else { // the index as it was: its digest, if one was made for it
      tally = SessionStats.kept(dir, index.stamp());
    }
    return new Loaded(history(dir, entries, texts), record >= 0 ? stamp : null, tally);
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
    bad.sort(Comparator.comparing(StoredSession.Unreadable::id));
    return new History(sessions, bad, texts);
  }
}
