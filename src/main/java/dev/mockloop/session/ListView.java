package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ListDigest} read back: its columns read in place, so nothing is made per session. A
 * malformed digest that passed its CRC (another version's) throws when read, and the caller makes
 * the list from the index.
 */
public final class ListView {
  private static final Level[] LEVELS = Level.values();
  private static final SessionStatus[] STATUSES = SessionStatus.values();

  private final String stamp;
  private final byte[] b;
  private final int from; // where the body starts: the records' places count from here
  private final String[] titles;
  private final int sessions;
  private final int firstRounds; // each session's first round, and the rounds in all after them
  private final int records; // where each session's record starts
  private final int column; // the rounds
  private final List<StoredSession.Unreadable> unreadable = new ArrayList<>();

  ListView(String stamp, Path dir, byte[] b, int from) {
    this.stamp = stamp;
    this.b = b;
    this.from = from;
    int p = from;
    titles = new String[integer(p)];
    p += 4;
    for (int i = 0; i < titles.length; i++) {
      titles[i] = text(p);
      p += 4 + integer(p);
    }
    sessions = integer(p);
    int rounds = integer(p + 4);
    firstRounds = p + 8;
    records = firstRounds + 4 * (sessions + 1);
    p = sessions == 0 ? records : recordEnd(sessions - 1);
    column = p;
    p += 6 * rounds;
    int bad = integer(p);
    p += 4;
    for (int i = 0; i < bad; i++) {
      String id = text(p);
      p += 4 + integer(p);
      String file = text(p);
      p += 4 + integer(p);
      unreadable.add(new StoredSession.Unreadable(id, dir.resolve(file), text(p)));
      p += 4 + integer(p);
    }
    if (p != b.length || integer(firstRounds + 4 * sessions) != rounds) {
      throw new IllegalArgumentException("a list digest of the wrong length");
    }
  }

  private int recordEnd(int s) {
    return idAt(s) + idLength(s) + 12;
  }

  /** The stamp of the index this digest was made for (settled when read). */
  public String stamp() {
    return stamp;
  }

  /** The digest's bytes: ids are read from them in place ({@link #idAt}, {@link #idLength}). */
  public byte[] bytes() {
    return b;
  }

  public int sessions() {
    return sessions;
  }

  public int idAt(int s) {
    return from + integer(records + 4 * s) + 1;
  }

  public int idLength(int s) {
    return b[from + integer(records + 4 * s)] & 0xff;
  }

  public Level level(int s) {
    return LEVELS[b[idAt(s) + idLength(s)]];
  }

  public SessionStatus status(int s) {
    return STATUSES[b[idAt(s) + idLength(s) + 1]];
  }

  /** The session's score, or -1 when no round is scored. */
  public int score(int s) {
    return shortNumber(idAt(s) + idLength(s) + 2);
  }

  public long seconds(int s) {
    int p = idAt(s) + idLength(s) + 4;
    return ((long) integer(p) << 32) | (integer(p + 4) & 0xffffffffL);
  }

  /** The number of the session's first round in the rounds' column. */
  public int firstRound(int s) {
    return integer(firstRounds + 4 * s);
  }

  public int rounds(int s) {
    return integer(firstRounds + 4 * s + 4) - integer(firstRounds + 4 * s);
  }

  /** The number of the title of round {@code r} (in the column: {@link #firstRound} on). */
  public int title(int r) {
    return integer(column + 6 * r);
  }

  /** The score of round {@code r} (in the column), or -1 when it was not scored. */
  public int roundScore(int r) {
    return shortNumber(column + 6 * r + 4);
  }

  /** The titles, by number, as the transcripts have them. */
  public String[] titles() {
    return titles.clone();
  }

  /** The files that are not valid transcripts, by id. */
  public List<StoredSession.Unreadable> unreadable() {
    return List.copyOf(unreadable);
  }

  private int integer(int p) {
    return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | b[p + 3] & 0xff;
  }

  private int shortNumber(int p) {
    return (short) ((b[p] & 0xff) << 8 | b[p + 1] & 0xff);
  }

  private String text(int p) {
    return new String(b, p + 4, integer(p), StandardCharsets.UTF_8);
  }
}
