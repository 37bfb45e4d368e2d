package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code review stats} shows, kept beside the session index ({@value StatsViewOut#FILE}) for
 * the index of one stamp and read in place ({@link StatsViewOut} writes it): the sums, dimensions,
 * most-missed points and principles of each level as they are shown, the evidence by scenario (the
 * bank's tags are applied when read), and the scored sessions in columns with running sums of their
 * scores, so the trend takes the last of them and the weeks are found by searching the times, with
 * nothing made per session. The same as {@link StatsCalculator}, {@link PrincipleEvidence} and
 * {@link SelfRatings} give from the tally it was made from ({@code StatsViewTest}).
 */
public final class StatsView {
  /** The most-missed points kept per level, and shown. */
  public static final int TOP = 10;

  static final Level[] LEVELS = Level.values();

  /** The stamp in the header of a view made for an index that is not settled (never written). */
  static final String NO_STAMP = "0000000000000000";

  private final String stamp;
  private final byte[] b;
  private final long unreadable;
  private final StatsViewPart[] parts = new StatsViewPart[LEVELS.length];
  final StatsViewColumns sessions;

  StatsView(String stamp, byte[] b, int from) {
    this.stamp = stamp;
    this.b = b;
    DigestIn in = new DigestIn(b, from);
    unreadable = in.longNumber();
    for (int i = in.integer(); i > 0; i--) {
      StatsViewPart p = new StatsViewPart(in);
      parts[p.level.ordinal()] = p;
    }
    sessions = new StatsViewColumns(in);
    if (in.at != b.length) {
      throw new IllegalArgumentException("a stats view of the wrong length");
    }
  }

  /** The view in {@code bytes} when it was made for the index stamped {@code stamp}; else null. */
  static StatsView read(byte[] bytes, String stamp) {
    int h = StatsViewOut.HEADER_BYTES;
    byte[] head = (StatsViewOut.HEADER + stamp + "\t").getBytes(StandardCharsets.ISO_8859_1);
    if (stamp == null
        || bytes.length < h
        || !Arrays.equals(bytes, 0, head.length, head, 0, head.length)
        || bytes[h - 1] != '\n'
        || !new String(bytes, head.length, 8, StandardCharsets.ISO_8859_1)
            .equals(IndexStamp.crc(bytes, h))) {
      return null;
    }
    try {
      return new StatsView(stamp, bytes, h);
    } catch (RuntimeException damaged) { // its CRC matched: written by another version, say
      return null;
    }
  }

  /** The view in {@code bytes}, made for the index stamped {@code was}, restamped {@code now}. */
  static byte[] restamp(byte[] bytes, String was, String now) {
    if (read(bytes, was) == null || now.length() != 16) {
      return null;
    }
    byte[] out = bytes.clone();
    byte[] stamp = now.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(stamp, 0, out, StatsViewOut.HEADER.length(), stamp.length);
    return out;
  }

  /** The view made from {@code t}, for the index stamped {@code stamp} (null: not settled). */
  static StatsView of(String stamp, StatsTally t, Map<String, String> texts) {
    byte[] bytes = StatsViewOut.bytes(stamp == null ? NO_STAMP : stamp, t, texts);
    return new StatsView(stamp, bytes, StatsViewOut.HEADER_BYTES);
  }

  /** The stamp of the index this view stands for; null when nothing made from it may be kept. */
  public String stamp() {
    return stamp;
  }

  /** Files that are not readable sessions. */
  public long unreadable() {
    return unreadable;
  }

  /** Readable sessions at {@code only} (null: every level). */
  public long sessions(Level only) {
    long n = 0;
    for (StatsViewPart p : parts(only)) {
      n += p.sessions;
    }
    return n;
  }

  /** As {@link StatsCalculator#of} gives with {@link #TOP} most-missed points. */
  public Stats stats(Level only, ZoneId zone) {
    long sessions = 0;
    long seconds = 0;
    long rounds = 0;
    List<Stats.LevelStats> levels = new ArrayList<>();
    List<StatsCalculator.Missed> missed = new ArrayList<>();
    for (StatsViewPart p : parts(only)) {
      sessions += p.sessions;
      seconds += p.seconds;
      rounds += p.rounds;
      if (p.rounds > 0) {
        int mean = (int) Math.round((double) p.scoreSum / p.rounds);
        levels.add(new Stats.LevelStats(p.level, (int) p.rounds, mean, p.dims));
      }
      for (StatsCalculator.Missed m : p.missed) {
        StatsCalculator.keep(missed, TOP, m); // each level's in order: as if all were kept
      }
    }
    List<Stats.MissedPoint> most = new ArrayList<>();
    for (StatsCalculator.Missed m : missed) {
      String text = parts[m.level().ordinal()].text(m);
      most.add(
          new Stats.MissedPoint(m.level(), m.scenario(), m.key(), text, m.missed(), m.asked()));
    }
    return new Stats(
        (int) sessions,
        (int) rounds,
        seconds,
        levels,
        this.sessions.scores(only),
        this.sessions.weeks(only, zone),
        most,
        StatsViewPart.principles(parts(only)));
  }

  /** As {@link PrincipleEvidence#of(StatsTally, Level, Listing)} gives. */
  public List<PrincipleEvidence> evidence(Level only, Listing listing) {
    Map<String, Listing.Entry> byId = new HashMap<>();
    for (Listing.Entry e : listing.entries()) {
      byId.putIfAbsent(e.id(), e);
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (StatsViewPart p : parts(only)) {
      p.evidence(b, byId, counts);
    }
    return PrincipleEvidence.sorted(counts);
  }

  /** As {@link SelfRatings#of(StatsTally, Level)} gives. */
  public List<SelfRatingStats.Rated> rated(Level only) {
    return sessions.rated(only);
  }

  private List<StatsViewPart> parts(Level only) {
    List<StatsViewPart> out = new ArrayList<>(LEVELS.length);
    for (StatsViewPart p : parts) {
      if (p != null && (only == null || p.level == only)) {
        out.add(p);
      }
    }
    return out;
  }
}
