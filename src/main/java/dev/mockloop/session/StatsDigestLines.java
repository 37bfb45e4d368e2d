package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Reads a {@link StatsDigest}'s lines into a tally, one line a call: the interpreter runs a loop's
 * body until the whole loop has run tens of thousands of times, while a method called once a line
 * is compiled after a few hundred, so a digest of 10,000 sessions is read mostly by compiled code.
 */
final class StatsDigestLines {
  final StatsTally tally = new StatsTally();
  private final String text;
  private StatsTally.Part part;
  private Level rowLevel;

  StatsDigestLines(String text) {
    this.text = text;
  }

  /**
   * Reads the line at {@code at}: where the next starts, or {@code -1 - at} for the first rubric
   * sentence ({@code T}), which ends the tally's lines.
   */
  int line(int at) {
    int end = text.indexOf('\n', at);
    end = end < 0 ? text.length() : end;
    IndexLine f = new IndexLine(text, at, end);
    char kind = text.charAt(at);
    f.next();
    StatsTally t = tally;
    switch (kind) {
      case 'X' -> t.unreadable = f.number();
      case 'L' -> {
        Level level = f.level();
        part = new StatsTally.Part();
        part.sessions = f.number();
        part.seconds = f.number();
        part.rounds = f.number();
        part.scoreSum = f.number();
        t.parts.put(level, part);
      }
      case 'd' -> part.dims.put(str(f), numbers(f, 3));
      case 'p' ->
          part.points.computeIfAbsent(str(f), k -> new HashMap<>()).put(str(f), numbers(f, 2));
      case 'q' -> part.principles.put(str(f), numbers(f, 2));
      case 'm' ->
          part.misses.computeIfAbsent(str(f), k -> new HashMap<>()).put(str(f), numbers(f, 1));
      case 'e' ->
          part.evidence.computeIfAbsent(str(f), k -> new HashMap<>()).put(str(f), numbers(f, 2));
      case 's' -> {
        String id = str(f);
        rowLevel = f.level();
        Instant started = Instant.ofEpochMilli(f.number());
        t.rows.add(new StatsTally.Row(id, rowLevel, started, f.integerOrDash(), List.of()));
      }
      case 'r' -> {
        StatsTally.Row last = t.rows.get(t.rows.size() - 1);
        if (last.rated().isEmpty()) {
          List<SelfRatingStats.Rated> mutable = new ArrayList<>();
          last = new StatsTally.Row(last.id(), rowLevel, last.startedAt(), last.score(), mutable);
          t.rows.set(t.rows.size() - 1, last);
        }
        last.rated().add(new SelfRatingStats.Rated(rowLevel, f.integer(), f.integer(), str(f)));
      }
      case 'T' -> {
        return -1 - at;
      }
      default -> throw new IllegalArgumentException("unknown line kind " + kind);
    }
    return end + 1;
  }

  private static String str(IndexLine f) {
    return IndexCodec.unescape(f.string());
  }

  private static long[] numbers(IndexLine f, int n) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = f.number();
    }
    return v;
  }
}
