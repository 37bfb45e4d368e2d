package dev.mockloop.session;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@code review stats} reads: the {@link StatsTally} of the sessions folder, from the digest
 * kept beside the index ({@link StatsDigest}) while the index is settled and the digest was made
 * for it, else from the history (the index brought up to date), the digest then made again.
 * Whenever {@link SessionIndex} rewrites the index it updates the digest by the entries that
 * changed ({@link #update}), so after a practice session the next stats read sums, not 10,000
 * sessions. A digest never stands in for the index without both checks; a missing, damaged or stale
 * one is rebuilt without a word, and a folder that cannot be written goes without. The same holds
 * for the {@link StatsView} written with it, which {@code review stats} reads ({@link #view}).
 */
public final class SessionStats {
  private static final int MAX_BYTES = 256 << 20;
  private static final String VIEW = StatsViewOut.FILE;

  private SessionStats() {}

  /**
   * A tally, the rubric sentences it may name, and the stamp of the index it stands for (null when
   * the index is not settled: nothing made from it may be kept).
   */
  public record Tallied(StatsTally tally, Map<String, String> texts, String stamp) {}

  /**
   * What {@code review stats} shows of {@code store}'s folder: the view kept beside the index while
   * the index is settled and the view was made for it, else made from the tally ({@link #load}) and
   * kept for the next time when the index is settled.
   */
  public static StatsView view(SessionStore store) {
    Path dir = store.dir();
    String settled = SessionIndex.settledStamp(dir);
    StatsView kept = settled == null ? null : StatsView.read(bytes(dir, VIEW), settled);
    if (kept != null) {
      return kept;
    }
    Tallied t = load(store);
    String stamp = t.stamp() == null ? StatsView.NO_STAMP : t.stamp();
    byte[] made = StatsViewOut.bytes(stamp, t.tally(), t.texts());
    if (t.stamp() != null && t.stamp().equals(SessionIndex.settledStamp(dir))) {
      write(dir, VIEW, made);
    }
    return new StatsView(t.stamp(), made, StatsViewOut.HEADER_BYTES);
  }

  /** The tally of {@code store}'s folder. */
  public static Tallied load(SessionStore store) {
    Path dir = store.dir();
    String settled = SessionIndex.settledStamp(dir);
    StatsDigest.Read kept = settled == null ? null : read(dir, settled);
    if (kept != null) {
      return new Tallied(kept.tally(), kept.texts(), settled);
    }
    SessionIndex.Loaded loaded = SessionIndex.load(store, false);
    History h = loaded.history();
    // the tally the index's rewrite brought up to date, or one worked out from the history
    StatsTally tally = loaded.tally() == null ? null : loaded.tally().get();
    tally = tally != null ? tally : StatsTally.of(h);
    // an index rewritten by this load has had its digest updated with it; a settled one whose
    // digest is missing, damaged or stale gets a new one
    if (loaded.stamp() != null && loaded.stamp().equals(settled)) {
      write(dir, StatsDigest.FILE, StatsDigest.write(loaded.stamp(), tally, h.pointTexts()));
    }
    return new Tallied(tally, h.pointTexts(), loaded.stamp());
  }

  /**
   * Brings the digest from the index stamped {@code was} to the one just written, stamped {@code
   * now}: the entries {@code gone} taken away, {@code came} added. Without a digest for {@code was}
   * it is made from {@code entries}, the whole new index.
   *
   * @return the tally written (that of {@code entries}; parsed when asked for, when the digest was
   *     only restamped), or null when no index was written
   */
  static Supplier<StatsTally> update(
      Path dir,
      String was,
      List<IndexEntry> gone,
      List<IndexEntry> came,
      List<IndexEntry> entries,
      Map<String, String> texts,
      String now) {
    if (now == null) {
      return null; // no index written: the digest, made for another stamp, is not used
    }
    if (was != null && gone.isEmpty() && came.isEmpty()) {
      // the same entries, only the folder's time now recorded: the digest's lines stand as they are
      byte[] restamped = StatsDigest.restamp(bytes(dir, StatsDigest.FILE), was, now);
      if (restamped != null) {
        write(dir, StatsDigest.FILE, restamped);
        byte[] view = StatsView.restamp(bytes(dir, VIEW), was, now);
        if (view != null) { // else the next stats makes it
          write(dir, VIEW, view);
        }
        return () -> {
          StatsDigest.Read r = StatsDigest.read(restamped, now);
          return r == null ? null : r.tally();
        };
      }
    }
    StatsDigest.Read kept = was == null ? null : read(dir, was);
    StatsTally tally = kept == null ? new StatsTally() : kept.tally();
    if (kept != null) {
      for (IndexEntry e : gone) { // first: a session saved again comes back with its new part
        tally.add(e, -1);
      }
    }
    for (IndexEntry e : kept == null ? entries : came) {
      tally.add(e, 1);
    }
    write(dir, StatsDigest.FILE, StatsDigest.write(now, tally, texts));
    write(dir, VIEW, StatsViewOut.bytes(now, tally, texts));
    return () -> tally;
  }

  /** The tally of the digest made for the index stamped {@code indexStamp}, read when asked. */
  static Supplier<StatsTally> kept(Path dir, String indexStamp) {
    return () -> {
      StatsDigest.Read r = indexStamp == null ? null : read(dir, indexStamp);
      return r == null ? null : r.tally();
    };
  }

  private static StatsDigest.Read read(Path dir, String indexStamp) {
    return StatsDigest.read(bytes(dir, StatsDigest.FILE), indexStamp);
  }

  /** The bytes of the digest or view {@code file}; none when missing or unreadable. */
  private static byte[] bytes(Path dir, String file) {
    try {
      return SafeFiles.read(dir.resolve(file), MAX_BYTES);
    } catch (IOException absentOrUnreadable) {
      return new byte[0];
    }
  }

  private static void write(Path dir, String file, byte[] bytes) {
    try {
      // not forced to disk, as the index is not: a damaged digest fails its CRC and is rebuilt
      AtomicFiles.write(dir.resolve(file), bytes, false);
    } catch (IOException | RuntimeException notWritable) {
      // a cache: the next stats read works it out from the index again
    }
  }
}
