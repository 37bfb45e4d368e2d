package dev.mockloop.session;

import dev.mockloop.scoring.DimensionScore;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index's text format, tab-separated, one line per session ({@code S}), per round ({@code R},
 * after its session), per unreadable file ({@code U}) and per rubric sentence ({@code P}). A
 * round's points are its point keys, each after {@code +} (covered), {@code -} (missed) or {@code
 * ~} (missed by the scorer, marked covered by the user). Strings that repeat (scenario ids, titles,
 * topics, dimensions, point keys) are written once as {@code D} lines and referred to by number,
 * which keeps the index of 10,000 sessions at about 3.8 MB and most of its parsing to integer
 * reads. An {@code F} line after the header holds the sessions folder's modification time when the
 * index was made (see {@link SessionIndex}); an index without one is checked file by file. Text
 * fields escape backslash, tab and newlines. Reading it ({@link IndexReader}) needs no YAML parser.
 * The header line ends with the CRC-32C and CRC-32 of everything after it, in hex: an index whose
 * bytes do not match it is damaged (and rebuilt), and the CRC is the index's stamp, which names its
 * content for the results cached from it ({@link ResultCache}) without reading the rest.
 */
final class IndexCodec {
  /**
   * Version 3 added disputed points ({@code ~}), version 4 a round's principle (a tenth field),
   * version 5 its self-rating (an eleventh, {@code -} when not rated), version 6 the CRC on the
   * header line; an index of another version is rebuilt.
   */
  static final String HEADER = "mockloop-index\t6\t";

  /** The header line's length: {@link #HEADER}, the sixteen hex digits of the stamp, a newline. */
  static final int HEADER_BYTES = HEADER.length() + 17;

  private IndexCodec() {}

  /**
   * Parses an index; see {@link IndexReader#read}. A wrong header or CRC throws, and the caller
   * rebuilds the index.
   */
  static IndexReader.Parsed read(byte[] bytes, Map<String, String> pointTexts, boolean light) {
    String stamp = IndexStamp.of(bytes);
    if (stamp == null || !stamp.equals(IndexStamp.of(bytes, HEADER_BYTES))) {
      throw new IllegalArgumentException("not a mockloop index, another version, or damaged");
    }
    String body =
        new String(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES, StandardCharsets.UTF_8);
    return IndexReader.read(body, pointTexts, light, stamp);
  }

  /** The index's bytes: the header line with its stamp, then the lines. */
  static byte[] write(List<IndexEntry> entries, Map<String, String> pointTexts, long folder) {
    byte[] body = lines(entries, pointTexts, folder).getBytes(StandardCharsets.UTF_8);
    byte[] head = (HEADER + IndexStamp.of(body, 0) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, out, head.length, body.length);
    return out;
  }

  private static String lines(
      List<IndexEntry> entries, Map<String, String> pointTexts, long folder) {
    Writer w = new Writer();
    w.line("F", folder);
    for (IndexEntry e : entries) {
      if (e.summary() == null) {
        w.line("U", e.file(), e.size(), e.modified(), e.problem());
        continue;
      }
      SessionSummary s = e.summary();
      w.line(
          "S",
          e.file(),
          e.size(),
          e.modified(),
          s.id(),
          s.level(),
          s.status().word(),
          s.startedAt().toEpochMilli(),
          s.endedAt() == null ? "-" : s.endedAt().toEpochMilli(),
          s.planned());
      for (RoundSummary r : s.rounds()) {
        String scenario = w.ref(r.scenario());
        String title = w.ref(r.title());
        String topic = w.ref(r.topic());
        StringBuilder dims = new StringBuilder();
        for (DimensionScore d : r.dimensions()) {
          dims.append(dims.isEmpty() ? "" : ",")
              .append(w.ref(d.dimension()))
              .append('=')
              .append(d.earned())
              .append('/')
              .append(d.possible());
        }
        StringBuilder points = new StringBuilder();
        for (PointMark p : r.points()) {
          points.append(points.isEmpty() ? "" : ",").append(mark(p)).append(w.ref(p.key()));
        }
        w.line(
            "R",
            scenario,
            title,
            topic,
            r.score() == null ? "-" : r.score(),
            r.seconds(),
            r.timedOut() ? 1 : 0,
            dims,
            points,
            r.principle(),
            r.selfRating() == null ? "-" : r.selfRating());
      }
    }
    pointTexts.forEach((k, v) -> w.line("P", k, v));
    return w.sb.toString();
  }

  /**
   * A point's outcome: {@code +} covered, {@code -} missed, {@code ~} marked covered by the user.
   */
  static char mark(PointMark p) {
    return p.disputed() ? '~' : p.covered() ? '+' : '-';
  }

  /** Builds the text, emitting a {@code D} line the first time a string is referred to. */
  private static final class Writer {
    final StringBuilder sb = new StringBuilder(1 << 16);
    private final Map<String, Integer> refs = new HashMap<>();

    String ref(String s) {
      Integer n = refs.get(s);
      if (n == null) {
        n = refs.size();
        refs.put(s, n);
        line("D", s);
      }
      return String.valueOf(n);
    }

    void line(String kind, Object... fields) {
      sb.append(kind);
      for (Object f : fields) {
        sb.append('\t').append(escape(String.valueOf(f)));
      }
      sb.append('\n');
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
