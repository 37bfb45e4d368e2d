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
 * A small index of the sessions folder ({@code .index}), so that listing and stats read one
 * file instead of parsing every transcript. Each entry remembers the size and modification time
 * of the transcript it summarises; a transcript that is new, changed (newer than its entry) or
 * gone is re-read or dropped, and the index is rewritten atomically. A damaged or foreign index
 * is simply rebuilt. The transcripts stay the source of truth.
 */
public final class SessionIndex {
  /** The index file's name in the sessions folder. */
  public static final String FILE = ".index";
  private static final String EXT = ".yaml";
  private static final int MAX_INDEX_BYTES = 256 << 20;

  private SessionIndex() {}

  /** The history of {@code store}'s folder, bringing the index up to date first. */
  public static History load(SessionStore store) {
    return load(store, false);
  }

  /**
   * The history for a list: rounds without their dimensions and points, which makes reading a
   * large index about twice as fast. When the index is out of date it is rebuilt in full.
   */
  public static History loadForList(SessionStore store) {
    return load(store, true);
  }

  private static History load(SessionStore store, boolean light) {
    Path dir = store.dir();
    if (!Files.isDirectory(dir)) {
      return new History(List.of(), List.of(), Map.of());
    }
    Map<String, String> texts = new HashMap<>();
    Map<String, IndexEntry> known = readIndex(dir.resolve(FILE), texts, light);
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
    if (changed || !known.isEmpty()) {
      if (light) {
        return load(store, false);
      }
      write(dir, entries, texts);
    }
    return history(dir, entries, texts);
  }

  private static IndexEntry read(SessionStore store, Path p, String name, long size,
      long modified, Map<String, String> texts) {
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

  private static Map<String, IndexEntry> readIndex(Path file, Map<String, String> texts,
      boolean light) {
    Map<String, IndexEntry> out = new LinkedHashMap<>();
    try {
      String text = new String(SafeFiles.read(file, MAX_INDEX_BYTES), StandardCharsets.UTF_8);
      for (IndexEntry e : IndexCodec.read(text, texts, light)) {
        out.put(e.file(), e);
      }
      return out;
    } catch (NoSuchFileException e) {
      return out;
    } catch (IOException | RuntimeException stale) {
      texts.clear();
      return new LinkedHashMap<>();
    }
  }

  /** Writes the index atomically; a read-only folder just goes without one. */
  private static void write(Path dir, List<IndexEntry> entries, Map<String, String> texts) {
    try {
      AtomicFiles.write(dir.resolve(FILE),
          IndexCodec.write(entries, texts).getBytes(StandardCharsets.UTF_8));
    } catch (IOException notWritable) {
      // the index is a cache: without it the next list reads the transcripts again
    }
  }
}
