package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.DimensionScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code review stats} is made of, as sums by level that a session can be added to or taken
 * from ({@link #add}): counts and sums, each with the number of contributions so that one back at
 * zero is dropped (the tally then equals one made afresh), and a row per session for the trends and
 * the self-ratings, in the history's order. {@link StatsCalculator}, {@link PrincipleStats}, {@link
 * PrincipleEvidence} and {@link SelfRatings} finish it; {@link StatsDigest} keeps it beside the
 * session index, updated by the sessions that changed whenever the index is rewritten.
 */
public final class StatsTally {
  /** One level's sums. Every count array ends with the number of contributions. */
  static final class Part {
    long sessions;
    long seconds;
    long rounds;
    long scoreSum;

    /** Dimension: earned, possible, rounds (scored rounds). */
    final Map<String, long[]> dims = new TreeMap<>();

    /** Scenario, then point key: missed, asked (scored rounds). */
    final Map<String, Map<String, long[]>> points = new TreeMap<>();

    /** Principle: score sum, rounds (scored rounds of a principle). */
    final Map<String, long[]> principles = new TreeMap<>();

    /** Principle, then scenario and key (tab between): misses (scored rounds of a principle). */
    final Map<String, Map<String, long[]>> misses = new TreeMap<>();

    /** Scenario, then point key: covered, asked (rounds of no principle, scored or not). */
    final Map<String, Map<String, long[]>> evidence = new TreeMap<>();

    boolean empty() {
      return sessions == 0;
    }
  }

  /** A session as the trends and the self-ratings need it. */
  record Row(
      String id, Level level, Instant startedAt, Integer score, List<SelfRatingStats.Rated> rated) {
    static final Comparator<Row> ORDER =
        (a, b) -> {
          int c = a.startedAt.compareTo(b.startedAt);
          return c != 0 ? c : a.id.compareTo(b.id);
        };
  }

  final Map<Level, Part> parts = new EnumMap<>(Level.class);

  /** In {@link Row#ORDER}: sessions come in that order (from the index), or are put in place. */
  final List<Row> rows = new ArrayList<>();

  long unreadable;

  /** The tally of a history's sessions and unreadable files. */
  public static StatsTally of(History h) {
    StatsTally t = new StatsTally();
    for (SessionSummary s : h.sessions()) {
      t.add(s, 1);
    }
    t.unreadable = h.unreadable().size();
    return t;
  }

  /** Adds ({@code sign} 1) or takes away (-1) what an index entry counts for. */
  void add(IndexEntry e, int sign) {
    if (e.summary() == null) {
      unreadable += sign;
    } else {
      add(e.summary(), sign);
    }
  }

  /** Adds ({@code sign} 1) or takes away (-1) a session's part. */
  void add(SessionSummary s, int sign) {
    Part p = parts.computeIfAbsent(s.level(), k -> new Part());
    p.sessions += sign;
    p.seconds += sign * s.seconds();
    for (RoundSummary r : s.rounds()) {
      if (r.principle().isBlank()) {
        for (PointMark m : r.points()) {
          bump(p.evidence, r.scenario(), m.key(), sign, m.covered() ? 1 : 0);
        }
      }
      if (!r.scored()) {
        continue;
      }
      p.rounds += sign;
      p.scoreSum += sign * r.score();
      for (DimensionScore d : r.dimensions()) {
        bump(p.dims, d.dimension(), sign, d.earned(), d.possible());
      }
      for (PointMark m : r.points()) {
        bump(p.points, r.scenario(), m.key(), sign, m.covered() ? 0 : 1);
      }
      if (!r.principle().isEmpty()) {
        bump(p.principles, r.principle(), sign, r.score());
        for (PointMark m : r.missed()) {
          bump(p.misses, r.principle(), r.scenario() + "\t" + m.key(), sign);
        }
      }
    }
    Integer score = s.score().orElse(null);
    // to the millisecond, as the index and the digest keep it, so a row read back is found again
    Instant at = Instant.ofEpochMilli(s.startedAt().toEpochMilli());
    Row row = new Row(s.id(), s.level(), at, score, SelfRatings.of(s));
    int slot = slot(row);
    if (sign > 0 && slot < 0) {
      rows.add(-1 - slot, row);
    } else if (sign < 0 && slot >= 0) {
      rows.remove(slot);
    }
    if (p.empty()) {
      parts.remove(s.level());
    }
  }

  /** Where {@code row} is in {@link #rows}, or -1 - where it would go (most go at the end). */
  private int slot(Row row) {
    int n = rows.size();
    return n == 0 || Row.ORDER.compare(rows.get(n - 1), row) < 0
        ? -1 - n
        : Collections.binarySearch(rows, row, Row.ORDER);
  }

  /** Adds {@code sign} times {@code values} and the count; drops the entry when it is back at 0. */
  static void bump(Map<String, long[]> m, String key, int sign, long... values) {
    long[] v = m.computeIfAbsent(key, k -> new long[values.length + 1]);
    for (int i = 0; i < values.length; i++) {
      v[i] += sign * values[i];
    }
    v[values.length] += sign;
    if (v[values.length] == 0) {
      m.remove(key);
    }
  }

  private static void bump(
      Map<String, Map<String, long[]>> m, String outer, String key, int sign, long... values) {
    Map<String, long[]> inner = m.computeIfAbsent(outer, k -> new TreeMap<>());
    bump(inner, key, sign, values);
    if (inner.isEmpty()) {
      m.remove(outer);
    }
  }

  /** The parts counted for {@code only} (null: every level), in level order. */
  Map<Level, Part> parts(Level only) {
    if (only == null) {
      return parts;
    }
    Part p = parts.get(only);
    return p == null ? Map.of() : Map.of(only, p);
  }

  /** Readable sessions at {@code only} (null: every level). */
  public long sessions(Level only) {
    long n = 0;
    for (Part p : parts(only).values()) {
      n += p.sessions;
    }
    return n;
  }

  /** Files that are not readable sessions. */
  public long unreadable() {
    return unreadable;
  }

  /** The rows at {@code only} (null: every level), oldest first. */
  List<Row> rows(Level only) {
    if (only == null) {
      return Collections.unmodifiableList(rows);
    }
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      if (only == null || r.level() == only) {
        out.add(r);
      }
    }
    return out;
  }
}
