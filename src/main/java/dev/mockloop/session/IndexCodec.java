package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.DimensionScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The index's text format: one tab-separated line per session ({@code S}), per round ({@code R},
 * after its session), per unreadable file ({@code U}) and per rubric sentence ({@code P}).
 * Text fields escape backslash, tab, newlines and the list separator, so any title survives.
 * Reading it needs no YAML parser, which is what makes a 10,000-session list fast.
 */
final class IndexCodec {
  static final String HEADER = "mockloop-index\t1";
  private static final char SEP = '\u001f';

  private IndexCodec() {}

  static String write(List<IndexEntry> entries, Map<String, String> pointTexts) {
    StringBuilder sb = new StringBuilder(64 * entries.size() + 64).append(HEADER).append('\n');
    for (IndexEntry e : entries) {
      if (e.summary() == null) {
        line(sb, "U", e.file(), e.size(), e.modified(), e.problem());
        continue;
      }
      SessionSummary s = e.summary();
      line(sb, "S", e.file(), e.size(), e.modified(), s.id(), s.level(), s.status().word(),
          s.startedAt().toEpochMilli(), s.endedAt() == null ? "-" : s.endedAt().toEpochMilli(),
          s.planned());
      for (RoundSummary r : s.rounds()) {
        line(sb, "R", r.scenario(), r.title(), r.topic(), r.score() == null ? "-" : r.score(),
            r.seconds(), r.timedOut() ? 1 : 0, dims(r.dimensions()), points(r.points()));
      }
    }
    pointTexts.forEach((k, v) -> line(sb, "P", k, v));
    return sb.toString();
  }

  /** Parses an index; any malformed line makes the whole index stale (it is then rebuilt). */
  static List<IndexEntry> read(String text, Map<String, String> pointTexts) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].equals(HEADER)) {
      throw new IllegalArgumentException("not a mockloop index, or another version");
    }
    List<IndexEntry> entries = new ArrayList<>();
    String[] session = null;
    List<RoundSummary> rounds = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] f = lines[i].split("\t", -1);
      switch (f[0]) {
        case "S", "U" -> {
          flush(entries, session, rounds);
          session = null;
          if (f[0].equals("U")) {
            entries.add(new IndexEntry(unescape(f[1]), Long.parseLong(f[2]),
                Long.parseLong(f[3]), null, unescape(f[4])));
          } else {
            session = f;
          }
        }
        case "R" -> rounds.add(round(f));
        case "P" -> pointTexts.put(unescape(f[1]), unescape(f[2]));
        default -> throw new IllegalArgumentException("line " + (i + 1) + ": unknown kind");
      }
    }
    flush(entries, session, rounds);
    return entries;
  }

  private static void flush(List<IndexEntry> out, String[] s, List<RoundSummary> rounds) {
    if (s == null) {
      return;
    }
    Level level = Level.valueOf(s[5]);
    SessionStatus status = status(s[6]);
    Instant ended = s[8].equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(s[8]));
    SessionSummary summary = new SessionSummary(unescape(s[4]), level, status,
        Instant.ofEpochMilli(Long.parseLong(s[7])), ended, Integer.parseInt(s[9]), rounds);
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

  private static RoundSummary round(String[] f) {
    List<DimensionScore> dims = new ArrayList<>();
    for (String d : list(f[7])) {
      int eq = d.lastIndexOf('=');
      int slash = d.indexOf('/', eq);
      dims.add(new DimensionScore(d.substring(0, eq), Integer.parseInt(d.substring(eq + 1, slash)),
          Integer.parseInt(d.substring(slash + 1))));
    }
    List<PointMark> points = new ArrayList<>();
    for (String p : list(f[8])) {
      points.add(new PointMark(p.substring(1), p.charAt(0) == '+'));
    }
    return new RoundSummary(unescape(f[1]), unescape(f[2]), unescape(f[3]),
        f[4].equals("-") ? null : Integer.valueOf(f[4]), Long.parseLong(f[5]), f[6].equals("1"),
        dims, points);
  }

  private static String dims(List<DimensionScore> ds) {
    StringBuilder sb = new StringBuilder();
    for (DimensionScore d : ds) {
      sb.append(sb.isEmpty() ? "" : SEP).append(clean(d.dimension())).append('=').append(d.earned())
          .append('/').append(d.possible());
    }
    return sb.toString();
  }

  private static String points(List<PointMark> ps) {
    StringBuilder sb = new StringBuilder();
    for (PointMark p : ps) {
      sb.append(sb.isEmpty() ? "" : SEP).append(p.covered() ? '+' : '-')
          .append(clean(p.key()));
    }
    return sb.toString();
  }

  private static String clean(String s) {
    return s.replace(SEP, ' ');
  }

  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    if (field.isEmpty()) {
      return out;
    }
    for (String part : unescape(field).split(String.valueOf(SEP), -1)) {
      out.add(part);
    }
    return out;
  }

  private static void line(StringBuilder sb, String kind, Object... fields) {
    sb.append(kind);
    for (Object f : fields) {
      sb.append('\t').append(escape(String.valueOf(f)));
    }
    sb.append('\n');
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
