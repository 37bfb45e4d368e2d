package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.DimensionScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index's text format, tab-separated, one line per session ({@code S}), per round
 * ({@code R}, after its session), per unreadable file ({@code U}) and per rubric sentence
 * ({@code P}). Strings that repeat (scenario ids, titles, topics, dimensions, point keys) are
 * written once as {@code D} lines and referred to by number, which keeps the index of 10,000
 * sessions near 2 MB and its parsing to integer reads. Text fields escape backslash, tab and
 * newlines. Reading it needs no YAML parser.
 */
final class IndexCodec {
  static final String HEADER = "mockloop-index\t2";

  private IndexCodec() {}

  static String write(List<IndexEntry> entries, Map<String, String> pointTexts) {
    Writer w = new Writer();
    w.sb.append(HEADER).append('\n');
    for (IndexEntry e : entries) {
      if (e.summary() == null) {
        w.line("U", e.file(), e.size(), e.modified(), e.problem());
        continue;
      }
      SessionSummary s = e.summary();
      w.line("S", e.file(), e.size(), e.modified(), s.id(), s.level(), s.status().word(),
          s.startedAt().toEpochMilli(), s.endedAt() == null ? "-" : s.endedAt().toEpochMilli(),
          s.planned());
      for (RoundSummary r : s.rounds()) {
        String scenario = w.ref(r.scenario());
        String title = w.ref(r.title());
        String topic = w.ref(r.topic());
        StringBuilder dims = new StringBuilder();
        for (DimensionScore d : r.dimensions()) {
          dims.append(dims.isEmpty() ? "" : ",").append(w.ref(d.dimension())).append('=')
              .append(d.earned()).append('/').append(d.possible());
        }
        StringBuilder points = new StringBuilder();
        for (PointMark p : r.points()) {
          points.append(points.isEmpty() ? "" : ",").append(p.covered() ? '+' : '-')
              .append(w.ref(p.key()));
        }
        w.line("R", scenario, title, topic, r.score() == null ? "-" : r.score(), r.seconds(),
            r.timedOut() ? 1 : 0, dims, points);
      }
    }
    pointTexts.forEach((k, v) -> w.line("P", k, v));
    return w.sb.toString();
  }

  /**
   * Parses an index; a malformed line throws, and the caller rebuilds the index.
   *
   * @param light skip each round's dimensions and points (enough for a list, not for stats)
   */
  static List<IndexEntry> read(String text, Map<String, String> pointTexts, boolean light) {
    if (!text.startsWith(HEADER + "\n")) {
      throw new IllegalArgumentException("not a mockloop index, or another version");
    }
    Dict dict = new Dict();
    List<IndexEntry> entries = new ArrayList<>();
    String[] session = null;
    List<RoundSummary> rounds = new ArrayList<>();
    int at = HEADER.length() + 1;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      if (end > at) {
        char kind = text.charAt(at);
        switch (kind) {
          case 'D' -> dict.add(unescape(fields(text, at, end, 2)[1]));
          case 'S', 'U' -> {
            flush(entries, session, rounds);
            session = null;
            String[] f = fields(text, at, end, kind == 'S' ? 10 : 5);
            if (kind == 'U') {
              entries.add(new IndexEntry(unescape(f[1]), Long.parseLong(f[2]),
                  Long.parseLong(f[3]), null, unescape(f[4])));
            } else {
              session = f;
            }
          }
          // a list needs no dimensions or points: their fields are not even cut out
          case 'R' -> rounds.add(round(fields(text, at, end, light ? 7 : 9), dict));
          case 'P' -> {
            String[] f = fields(text, at, end, 3);
            pointTexts.put(unescape(f[1]), unescape(f[2]));
          }
          default -> throw new IllegalArgumentException("unknown line kind " + kind);
        }
      }
      at = end + 1;
    }
    flush(entries, session, rounds);
    return entries;
  }

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

  private static void flush(List<IndexEntry> out, String[] s, List<RoundSummary> rounds) {
    if (s == null) {
      return;
    }
    Instant ended = s[8].equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(s[8]));
    SessionSummary summary = new SessionSummary(unescape(s[4]), Level.valueOf(s[5]),
        status(s[6]), Instant.ofEpochMilli(Long.parseLong(s[7])), ended,
        Integer.parseInt(s[9]), rounds);
    out.add(new IndexEntry(unescape(s[1]), Long.parseLong(s[2]), Long.parseLong(s[3]), summary,
        null));
    rounds.clear();
  }

  private static SessionStatus status(String word) {
    for (SessionStatus st : SessionStatus.values()) {
      if (st.word().equals(word)) {
        return st;
      }
    }
    throw new IllegalArgumentException("unknown status " + word);
  }

  private static RoundSummary round(String[] f, Dict dict) {
    List<DimensionScore> dims = new ArrayList<>();
    String d = f.length > 7 ? f[7] : "";
    for (int i = 0; i < d.length(); ) {
      int eq = d.indexOf('=', i);
      int slash = d.indexOf('/', eq);
      int comma = d.indexOf(',', slash);
      int end = comma < 0 ? d.length() : comma;
      dims.add(new DimensionScore(dict.get(Integer.parseInt(d, i, eq, 10)),
          Integer.parseInt(d, eq + 1, slash, 10), Integer.parseInt(d, slash + 1, end, 10)));
      i = end + 1;
    }
    List<PointMark> points = new ArrayList<>();
    String p = f.length > 8 ? f[8] : "";
    for (int i = 0; i < p.length(); ) {
      int comma = p.indexOf(',', i);
      int end = comma < 0 ? p.length() : comma;
      points.add(dict.mark(Integer.parseInt(p, i + 1, end, 10), p.charAt(i) == '+'));
      i = end + 1;
    }
    return new RoundSummary(dict.get(Integer.parseInt(f[1])), dict.get(Integer.parseInt(f[2])),
        dict.get(Integer.parseInt(f[3])), f[4].equals("-") ? null : Integer.valueOf(f[4]),
        Long.parseLong(f[5]), f[6].equals("1"), dims, points);
  }

  /** The strings read so far, and one shared {@link PointMark} per key and outcome. */
  private static final class Dict {
    private final List<String> strings = new ArrayList<>();
    private PointMark[] marks = new PointMark[256];

    void add(String s) {
      strings.add(s);
    }

    String get(int ref) {
      return strings.get(ref);
    }

    PointMark mark(int ref, boolean covered) {
      int slot = 2 * ref + (covered ? 1 : 0);
      if (slot >= marks.length) {
        marks = java.util.Arrays.copyOf(marks, Math.max(slot + 1, 2 * marks.length));
      }
      if (marks[slot] == null) {
        marks[slot] = new PointMark(strings.get(ref), covered);
      }
      return marks[slot];
    }
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
