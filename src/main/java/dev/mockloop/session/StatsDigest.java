package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link StatsTally} and the rubric sentences as text, kept beside the session index ({@value
 * #FILE}) for the index of one stamp. The header line holds the index's stamp and the CRC-32C of
 * the lines after it: a digest whose stamp is not the index's, or whose bytes do not match their
 * CRC, is not used (and is made again). Lines, tab-separated, strings escaped as in the index:
 * {@code X} unreadable files; {@code L} a level's sums, followed by its {@code d} dimensions,
 * {@code p} points, {@code q} principles, {@code m} principle misses and {@code e} evidence; {@code
 * s} a session's row, followed by its {@code r} self-ratings; {@code T} a rubric sentence.
 */
final class StatsDigest {
  static final String FILE = ".mockloop/stats";
  private static final String HEADER = "mockloop-stats\t1\t";

  /** The header's length: the magic, the index stamp (16), a tab, the CRC (8), a newline. */
  private static final int HEADER_BYTES = HEADER.length() + 16 + 1 + 8 + 1;

  private StatsDigest() {}

  /** A digest read back: the tally and the sentences. */
  record Read(StatsTally tally, Map<String, String> texts) {}

  static byte[] write(String indexStamp, StatsTally t, Map<String, String> texts) {
    StringBuilder sb = new StringBuilder(1 << 16);
    line(sb, "X", t.unreadable);
    t.parts.forEach(
        (level, p) -> {
          line(sb, "L", level, p.sessions, p.seconds, p.rounds, p.scoreSum);
          p.dims.forEach((k, v) -> line(sb, "d", k, v[0], v[1], v[2]));
          p.points.forEach(
              (sc, m) -> sorted(m).forEach((k, v) -> line(sb, "p", sc, k, v[0], v[1])));
          p.principles.forEach((k, v) -> line(sb, "q", k, v[0], v[1]));
          p.misses.forEach((pr, m) -> sorted(m).forEach((k, v) -> line(sb, "m", pr, k, v[0])));
          p.evidence.forEach(
              (sc, m) -> sorted(m).forEach((k, v) -> line(sb, "e", sc, k, v[0], v[1])));
        });
    for (StatsTally.Row r : t.rows) {
      Object score = r.score() == null ? "-" : r.score();
      line(sb, "s", r.id(), r.level(), r.startedAt().toEpochMilli(), score);
      for (SelfRatingStats.Rated x : r.rated()) {
        line(sb, "r", x.self(), x.score(), x.weakest());
      }
    }
    new TreeMap<>(texts).forEach((k, v) -> line(sb, "T", k, v)); // in order: the same bytes
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    String head = HEADER + indexStamp + "\t" + IndexStamp.crc(body, 0) + "\n";
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, out, h.length, body.length);
    return out;
  }

  /** The digest in {@code bytes} when it was made for the index stamped {@code indexStamp}. */
  static Read read(byte[] bytes, String indexStamp) {
    if (!madeFor(bytes, indexStamp)) {
      return null;
    }
    String text =
        new String(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES, StandardCharsets.UTF_8);
    try {
      return parse(text);
    } catch (RuntimeException damaged) { // its CRC matched: written by another version, say
      return null;
    }
  }

  /** True when {@code bytes} are a whole digest made for the index stamped {@code indexStamp}. */
  private static boolean madeFor(byte[] bytes, String indexStamp) {
    byte[] head = (HEADER + indexStamp + "\t").getBytes(StandardCharsets.ISO_8859_1);
    return indexStamp != null
        && bytes.length >= HEADER_BYTES
        && Arrays.equals(bytes, 0, head.length, head, 0, head.length)
        && bytes[HEADER_BYTES - 1] == '\n'
        && new String(bytes, head.length, 8, StandardCharsets.ISO_8859_1)
            .equals(IndexStamp.crc(bytes, HEADER_BYTES));
  }

  /**
   * The digest in {@code bytes}, made for the index stamped {@code was}, for the index stamped
   * {@code now} with the same entries (only the folder's time recorded differs): the lines as they
   * are, not parsed; null when {@code bytes} are not a whole digest for {@code was}.
   */
  static byte[] restamp(byte[] bytes, String was, String now) {
    if (!madeFor(bytes, was) || now.length() != 16) {
      return null;
    }
    byte[] out = bytes.clone();
    byte[] stamp = now.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(stamp, 0, out, HEADER.length(), stamp.length);
    return out;
  }

  private static Read parse(String text) {
    StatsTally t = new StatsTally();
    StatsTally.Part part = null;
    Level partLevel = null;
    Level rowLevel = null;
    for (int at = 0; at < text.length(); ) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      IndexLine f = new IndexLine(text, at, end);
      char kind = text.charAt(at);
      f.next();
      switch (kind) {
        case 'X' -> t.unreadable = f.number();
        case 'L' -> {
          partLevel = f.level();
          part = new StatsTally.Part();
          part.sessions = f.number();
          part.seconds = f.number();
          part.rounds = f.number();
          part.scoreSum = f.number();
          t.parts.put(partLevel, part);
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
          return new Read(t, new DigestTexts(text, at)); // the last lines: looked up when asked
        }
        default -> throw new IllegalArgumentException("unknown line kind " + kind);
      }
      at = end + 1;
    }
    return new Read(t, Map.of());
  }

  /** A read digest's maps are hash maps: written in order, a digest has the same bytes. */
  private static Map<String, long[]> sorted(Map<String, long[]> m) {
    return m instanceof TreeMap ? m : new TreeMap<>(m);
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

  private static void line(StringBuilder sb, String kind, Object... fields) {
    sb.append(kind);
    for (Object f : fields) {
      sb.append('\t').append(IndexCodec.escape(String.valueOf(f)));
    }
    sb.append('\n');
  }
}
