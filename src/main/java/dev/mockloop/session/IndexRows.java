package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.DimensionScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The index's session and round lines read into records, field by field in place ({@link
 * IndexLine}); words and ids that repeat come from the index's dictionary ({@link IndexDict}).
 * {@link IndexReader} walks the lines and hands each here.
 */
final class IndexRows {
  private IndexRows() {}

  /** A session line's fields, held until its rounds have been read. */
  record Head(
      String file,
      long size,
      long modified,
      String id,
      Level level,
      SessionStatus status,
      Instant started,
      Instant ended,
      int planned) {}

  /** A session line: file, size, time, id, level, status, start, end, rounds planned. */
  static Head session(IndexLine f) {
    f.next(); // the line's kind
    String file = IndexCodec.unescape(f.string());
    long size = f.number();
    long modified = f.number();
    String id = IndexCodec.unescape(f.string());
    Level level = Level.valueOf(f.string());
    SessionStatus status = status(f.string());
    Instant started = Instant.ofEpochMilli(f.number());
    int end = f.next();
    Instant ended =
        end - f.start == 1 && f.text.charAt(f.start) == '-'
            ? null
            : Instant.ofEpochMilli(Long.parseLong(f.text, f.start, end, 10));
    return new Head(file, size, modified, id, level, status, started, ended, f.integer());
  }

  private static final SessionStatus[] STATUSES = SessionStatus.values();

  private static SessionStatus status(String word) {
    for (SessionStatus st : STATUSES) {
      if (st.word().equals(word)) {
        return st;
      }
    }
    throw new IllegalArgumentException("unknown status " + word);
  }

  /**
   * A round line, read in place: numbers are parsed where they stand and only the principle is
   * copied out. A list needs no dimensions, points or principle, so with {@code light} they are not
   * read at all.
   */
  static RoundSummary round(IndexLine f, IndexDict dict, boolean light) {
    f.next(); // the line's kind
    String scenario = dict.get(f.integer());
    String title = dict.get(f.integer());
    String topic = dict.get(f.integer());
    Integer score = f.integerOrDash();
    long seconds = f.number();
    boolean timedOut = f.string().equals("1");
    if (light) {
      return new RoundSummary(
          scenario, title, topic, score, seconds, timedOut, List.of(), List.of(), "");
    }
    String t = f.text;
    List<DimensionScore> dims = new ArrayList<>();
    for (int end = f.next(), i = f.start; i < end; ) {
      int eq = t.indexOf('=', i);
      int slash = t.indexOf('/', eq);
      int comma = t.indexOf(',', slash);
      int stop = comma < 0 || comma > end ? end : comma;
      dims.add(
          new DimensionScore(
              dict.get(Integer.parseInt(t, i, eq, 10)),
              Integer.parseInt(t, eq + 1, slash, 10),
              Integer.parseInt(t, slash + 1, stop, 10)));
      i = stop + 1;
    }
    List<PointMark> points = new ArrayList<>();
    for (int end = f.next(), i = f.start; i < end; ) {
      int comma = t.indexOf(',', i);
      int stop = comma < 0 || comma > end ? end : comma;
      points.add(dict.mark(Integer.parseInt(t, i + 1, stop, 10), outcome(t.charAt(i))));
      i = stop + 1;
    }
    String principle = f.string();
    return new RoundSummary(
        scenario,
        title,
        topic,
        score,
        seconds,
        timedOut,
        dims,
        points,
        principle,
        f.integerOrDash());
  }

  /** 0 missed, 1 covered, 2 marked covered by the user (see {@link IndexCodec#mark}). */
  private static int outcome(char c) {
    return switch (c) {
      case '-' -> 0;
      case '+' -> 1;
      case '~' -> 2;
      default -> throw new IllegalArgumentException("unknown point outcome " + c);
    };
  }
}
