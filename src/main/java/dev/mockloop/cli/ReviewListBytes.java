package dev.mockloop.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.mockloop.bank.Level;
import dev.mockloop.io.Plural;
import dev.mockloop.io.SafeText;
import dev.mockloop.report.Format;
import dev.mockloop.session.ListView;
import dev.mockloop.session.SessionStatus;
import java.nio.charset.StandardCharsets;

/**
 * {@link ReviewListTable}'s table made from the list digest ({@link ListView}) straight into UTF-8
 * bytes: the same text to the byte (ReviewListBytesTest), without a record per session or a string
 * per field. A row whose text must be cut, or holds more than ASCII, goes through the table's own
 * string code; a round's line is made once per title, position and score.
 */
final class ReviewListBytes {
  private static final int MIN_TITLES = 24;
  private static final int SCORES = 102; // 0..100 and "not scored"
  private static final int CACHED_ROUNDS = 9;

  private final ListView v;
  private final int width;
  private final String[] titles;
  private final String[] safe;
  private final byte[][][] roundLines;
  private final byte[][] levels;
  private final byte[][] statuses;
  private final byte[][] plural = new byte[64][]; // "1 round", "2 rounds", ...
  private final ByteRows o;

  private ReviewListBytes(ListView v, int width, int size) {
    this.v = v;
    this.width = width;
    titles = v.titles();
    safe = new String[titles.length];
    roundLines = new byte[titles.length][][];
    levels = new byte[Level.values().length][];
    for (Level l : Level.values()) {
      levels[l.ordinal()] = l.name().getBytes(StandardCharsets.ISO_8859_1);
    }
    statuses = new byte[SessionStatus.values().length][];
    for (SessionStatus st : SessionStatus.values()) {
      statuses[st.ordinal()] = st.word().getBytes(StandardCharsets.ISO_8859_1);
    }
    for (int i = 0; i < plural.length; i++) {
      plural[i] = Plural.of(i, "round").getBytes(StandardCharsets.ISO_8859_1);
    }
    o = new ByteRows(size);
  }

  /**
   * The table of the sessions at {@code level} (null: all) for {@code width} columns, as UTF-8;
   * null when this locale's digits are not ASCII (the table's own code makes it then).
   */
  static byte[] of(ListView v, Level level, int width) {
    if (!Format.mmss(0).equals("00:00")) {
      return null;
    }
    int n = 0;
    int idWidth = 2;
    for (int s = 0; s < v.sessions(); s++) {
      if (level == null || v.level(s) == level) {
        n++;
        idWidth = Math.max(idWidth, v.idLength(s));
      }
    }
    ReviewListBytes t = new ReviewListBytes(v, width, n * 100 + 256);
    t.o.text(ReviewListTable.head(idWidth, width));
    for (int s = v.sessions() - 1; s >= 0; s--) {
      if (level == null || v.level(s) == level) {
        t.row(s, idWidth);
      }
    }
    t.o.text(ReviewListTable.tail(new StringBuilder(), n, v.unreadable()).toString());
    return t.o.bytes();
  }

  private void row(int s, int idWidth) {
    int from = o.len;
    byte[] id = v.bytes();
    int n = v.idLength(s);
    int at = v.idAt(s);
    int level = at + n; // the level's and status's ordinals follow the id
    o.room(idWidth + 128);
    System.arraycopy(id, at, o.buf, o.len, n);
    o.len += n;
    o.spaces(Math.max(0, idWidth - n) + 2);
    o.word(levels[id[level]], 5);
    int score = v.score(s);
    if (score < 0) {
      o.spaces(4);
      o.buf[o.len++] = '-';
    } else {
      o.spaces(score < 10 ? 4 : score < 100 ? 3 : 2);
      o.digits(score); // at most 999 (ListDigest)
    }
    o.spaces(2);
    o.time(v.seconds(s));
    o.spaces(2);
    o.word(statuses[id[level + 1]], 11);
    int lead = o.len - from;
    int rounds = v.rounds(s);
    boolean inline = rounds <= 1 && width - lead >= MIN_TITLES;
    if (inline || width - lead < 8 || rounds >= plural.length) {
      String text =
          inline
              ? rounds == 0 ? SafeText.line("") : safe(v.title(v.firstRound(s)))
              : width - lead < 8 ? "" : Plural.of(rounds, "round");
      String line = new String(o.buf, from, lead, StandardCharsets.ISO_8859_1) + text;
      o.len = from;
      o.text(finish(line, lead));
    } else if (lead + plural[rounds].length > Math.max(width, lead)) {
      String line = new String(o.buf, from, lead, StandardCharsets.ISO_8859_1);
      o.len = from;
      o.text(finish(line + Plural.of(rounds, "round"), lead));
    } else {
      System.arraycopy(plural[rounds], 0, o.buf, o.len, plural[rounds].length);
      o.len += plural[rounds].length;
    }
    o.room(1);
    o.buf[o.len++] = '\n';
    if (!inline) {
      for (int k = 0, r = v.firstRound(s); k < rounds; k++, r++) {
        byte[] line = roundLine(k, v.title(r), v.roundScore(r));
        o.room(line.length + 1);
        System.arraycopy(line, 0, o.buf, o.len, line.length);
        o.len += line.length;
        o.buf[o.len++] = '\n';
      }
    }
  }

  /** A row's line as {@link ReviewListTable#of} ends it: cut to the width, no trailing spaces. */
  private String finish(String line, int lead) {
    if (line.length() > Math.max(width, lead)) {
      return ReviewListTable.cut(line, Math.max(width, lead)).stripTrailing();
    }
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end);
  }

  private byte[] roundLine(int k, int title, int score) {
    boolean cached = k < CACHED_ROUNDS && score <= 100;
    if (cached && roundLines[title] == null) {
      roundLines[title] = new byte[CACHED_ROUNDS * SCORES][];
    }
    int slot = k * SCORES + (score < 0 ? SCORES - 1 : score);
    byte[] line = cached ? roundLines[title][slot] : null;
    if (line == null) {
      line = ReviewListTable.roundLine(k, safe(title), score, width).getBytes(UTF_8);
      if (cached) {
        roundLines[title][slot] = line;
      }
    }
    return line;
  }

  private String safe(int title) {
    if (safe[title] == null) {
      safe[title] = SafeText.line(titles[title]);
    }
    return safe[title];
  }
}
