package dev.mockloop.session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  /** 2: the lines start with a mark of their encoding, {@code a} (ASCII) or {@code u} (UTF-8). */
  private static final String HEADER = "mockloop-stats\t2\t";

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
    String text = sb.toString();
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[utf8.length + 2];
    body[0] = (byte) (utf8.length == text.length() ? 'a' : 'u'); // a byte a char: all ASCII
    body[1] = '\n';
    System.arraycopy(utf8, 0, body, 2, utf8.length);
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
        bytes.length < HEADER_BYTES + 2 || bytes[HEADER_BYTES + 1] != '\n'
            ? ""
            // ASCII as Latin-1: a copy, where UTF-8 first checks every byte, a loop the
            // interpreter runs over the whole digest (1.4 MB for 10,000 sessions)
            : new String(
                bytes,
                HEADER_BYTES + 2,
                bytes.length - HEADER_BYTES - 2,
                bytes[HEADER_BYTES] == 'a' ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    if (text.isEmpty() || bytes[HEADER_BYTES] != 'a' && bytes[HEADER_BYTES] != 'u') {
      return null;
    }
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
    StatsDigestLines lines = new StatsDigestLines(text);
    int at = 0;
    while (at < text.length()) {
      at = lines.line(at); // a call a line: compiled after a few hundred, where a loop is not
      if (at < 0) {
        return new Read(lines.tally, new DigestTexts(text, -1 - at)); // looked up when asked
      }
    }
    return new Read(lines.tally, Map.of());
  }

  /** A read digest's maps are hash maps: written in order, a digest has the same bytes. */
  private static Map<String, long[]> sorted(Map<String, long[]> m) {
    return m instanceof TreeMap ? m : new TreeMap<>(m);
  }

  private static void line(StringBuilder sb, String kind, Object... fields) {
    sb.append(kind);
    for (Object f : fields) {
      sb.append('\t').append(IndexCodec.escape(String.valueOf(f)));
    }
    sb.append('\n');
  }
}
