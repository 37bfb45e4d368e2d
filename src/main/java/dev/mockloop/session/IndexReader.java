package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.DimensionScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the index format that {@link IndexCodec} writes. Lines are cut into fields by offset, and
 * only the fields asked for are copied out, so a list never touches the points and dimensions of a
 * round.
 */
final class IndexReader {
  private IndexReader() {}

  /**
   * Parses an index; a malformed line throws, and the caller rebuilds the index.
   *
   * @param light skip each round's dimensions and points (enough for a list, not for stats)
   */
  static Parsed read(String text, Map<String, String> pointTexts, boolean light) {
    if (!text.startsWith(IndexCodec.HEADER + "\n")) {
      throw new IllegalArgumentException("not a mockloop index, or another version");
    }
    IndexDict dict = new IndexDict();
    long folder = -1;
    List<IndexEntry> entries = new ArrayList<>();
    Head session = null;
    List<RoundSummary> rounds = new ArrayList<>();
    int at = IndexCodec.HEADER.length() + 1;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      if (end > at) {
        char kind = text.charAt(at);
        switch (kind) {
          case 'D' -> dict.add(IndexCodec.unescape(fields(text, at, end, 2)[1]));
          case 'F' -> folder = Long.parseLong(fields(text, at, end, 2)[1]);
          case 'S', 'U' -> {
            flush(entries, session, rounds);
            session = null;
            if (kind == 'U') {
              String[] f = fields(text, at, end, 5);
              entries.add(
                  new IndexEntry(
                      IndexCodec.unescape(f[1]),
                      Long.parseLong(f[2]),
                      Long.parseLong(f[3]),
                      null,
                      IndexCodec.unescape(f[4])));
            } else {
              session = head(new IndexLine(text, at, end));
            }
          }
          case 'R' -> rounds.add(round(new IndexLine(text, at, end), dict, light));
          case 'P' -> {
            String[] f = fields(text, at, end, 3);
            pointTexts.put(IndexCodec.unescape(f[1]), IndexCodec.unescape(f[2]));
          }
          default -> throw new IllegalArgumentException("unknown line kind " + kind);
        }
      }
      at = end + 1;
    }
    flush(entries, session, rounds);
    return new Parsed(entries, folder);
  }

  /**
   * An index read back.
   *
   * @param folder the sessions folder's modification time the index was made at (microseconds), or
   *     -1 when it must not be trusted (see {@link SessionIndex})
   */
  record Parsed(List<IndexEntry> entries, long folder) {}

  /** The first {@code n} tab-separated fields of {@code text[from, to)}; fewer is an error. */
  private static String[] fields(String text, int from, int to, int n) {
    String[] out = new String[n];
    int at = from;
    for (int i = 0; i < n; i++) {
      int tab = text.indexOf('\t', at);
      int end = tab < 0 || tab > to ? to : tab;
      if (at > to) {
        throw new IllegalArgumentException("a line has too few fields");
      }
      out[i] = text.substring(at, end);
      at = end + 1;
    }
    return out;
  }

  /** A session line's fields, held until its rounds have been read. */
  private record Head(
      String file,
      long size,
      long modified,
      String id,
      Level level,
      SessionStatus status,
      Instant started,
      Instant ended,
      int planned) {}

  private static Head head(IndexLine f) {
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

  private static void flush(List<IndexEntry> out, Head s, List<RoundSummary> rounds) {
    if (s == null) {
      return;
    }
    SessionSummary summary =
        new SessionSummary(
            s.id(), s.level(), s.status(), s.started(), s.ended(), s.planned(), rounds);
    out.add(new IndexEntry(s.file(), s.size(), s.modified(), summary, null));
    rounds.clear();
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
  private static RoundSummary round(IndexLine f, IndexDict dict, boolean light) {
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
