package dev.mockloop.session;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code review list} shows of each session, kept beside the session index ({@value #FILE})
 * for the index of one stamp, in a compact binary layout read without a parse per field: each
 * session's id, level, status, score, time answering, and per round its title (by number) and
 * score; the scenario titles once each; the unreadable files. Written whenever the index is
 * rewritten ({@link SessionIndex#load}), so the first list after a practice session reads this
 * instead of the whole index. The header line holds the index's stamp and the CRC-32C of the rest:
 * a digest for another index, or damaged, is not used (the list is then made from the index and the
 * digest written again). Layout after the header, numbers big-endian, in columns so that reading it
 * makes nothing per session: the titles (count, then each as length and UTF-8); the count of
 * sessions and of rounds; for each session (oldest first) the number of its first round, then the
 * rounds in all; where each session's record starts; the records (id length and ASCII id, level and
 * status ordinals, score or -1 as a short, seconds as a long); the rounds (title number as an int,
 * score or -1 as a short); then the unreadable files by id (count, then id, file name, reason, each
 * as length and UTF-8).
 */
public final class ListDigest {
  static final String FILE = ".mockloop/list";
  private static final String HEADER = "mockloop-list\t1\t";
  private static final int HEADER_BYTES = HEADER.length() + 16 + 1 + 8 + 1;
  private static final int MAX_BYTES = 256 << 20;

  private ListDigest() {}

  /**
   * The digest of {@code dir}'s index when that index is settled and the digest was made for it.
   */
  public static ListView read(Path dir) {
    String stamp = SessionIndex.settledStamp(dir);
    if (stamp == null) {
      return null;
    }
    try {
      byte[] b = SafeFiles.read(dir.resolve(FILE), MAX_BYTES);
      byte[] head = (HEADER + stamp + "\t").getBytes(StandardCharsets.ISO_8859_1);
      if (b.length < HEADER_BYTES
          || !Arrays.equals(b, 0, head.length, head, 0, head.length)
          || b[HEADER_BYTES - 1] != '\n'
          || !new String(b, head.length, 8, StandardCharsets.ISO_8859_1)
              .equals(IndexStamp.crc(b, HEADER_BYTES))) {
        return null;
      }
      return new ListView(stamp, dir, b, HEADER_BYTES);
    } catch (IOException | RuntimeException absentOrDamaged) {
      return null;
    }
  }

  /**
   * The digest of {@code h} read back, as a digest written for it reads (what {@code review list}
   * makes its table from, compared with the history's own table in the tests).
   */
  public static ListView view(History h, Path dir) {
    String stamp = "0123456789abcdef";
    return new ListView(stamp, dir, bytes(stamp, h.sessions(), h.unreadable()), HEADER_BYTES);
  }

  /** Writes the digest of {@code entries}, the index stamped {@code stamp}, just written. */
  static void write(Path dir, String stamp, List<IndexEntry> entries) {
    List<SessionSummary> sessions = new ArrayList<>(entries.size());
    List<StoredSession.Unreadable> bad = new ArrayList<>();
    for (IndexEntry e : entries) {
      if (e.summary() != null) {
        sessions.add(e.summary());
      } else {
        String f = e.file();
        String id = f.endsWith(".yaml") ? f.substring(0, f.length() - 5) : f;
        bad.add(new StoredSession.Unreadable(id, dir.resolve(f), e.problem()));
      }
    }
    bad.sort((a, b) -> a.id().compareTo(b.id()));
    write(dir, stamp, sessions, bad);
  }

  /**
   * Writes the digest of {@code h}, the history of the index stamped {@code stamp} (null: nothing
   * is written). Its sessions may be light (without points): only titles and scores are kept.
   */
  public static void write(Path dir, String stamp, History h) {
    if (stamp != null) {
      write(dir, stamp, h.sessions(), h.unreadable());
    }
  }

  private static void write(
      Path dir, String stamp, List<SessionSummary> sessions, List<StoredSession.Unreadable> bad) {
    try {
      AtomicFiles.write(dir.resolve(FILE), bytes(stamp, sessions, bad), false);
    } catch (IOException | RuntimeException notWritable) {
      // a cache: the next list is made from the index
    }
  }

  static byte[] bytes(
      String stamp, List<SessionSummary> sessions, List<StoredSession.Unreadable> bad) {
    Map<String, Integer> refs = new HashMap<>();
    List<String> titles = new ArrayList<>();
    DigestOut body = new DigestOut(sessions.size() * 48 + 1024);
    int rounds = 0;
    for (SessionSummary s : sessions) {
      for (RoundSummary r : s.rounds()) {
        rounds++;
        if (refs.putIfAbsent(r.title(), titles.size()) == null) {
          titles.add(r.title());
        }
      }
    }
    body.integer(titles.size());
    titles.forEach(body::text);
    body.integer(sessions.size());
    body.integer(rounds);
    int[] at = new int[sessions.size()];
    DigestOut records = new DigestOut(sessions.size() * 40);
    DigestOut column = new DigestOut(rounds * 6);
    for (int i = 0; i < sessions.size(); i++) {
      SessionSummary s = sessions.get(i);
      at[i] = records.size();
      body.integer(column.size() / 6); // the session's first round in the rounds' column
      byte[] id = s.id().getBytes(StandardCharsets.US_ASCII); // ids are ASCII (SessionIds)
      records.u8(id.length);
      records.bytes(id);
      records.u8(s.level().ordinal());
      records.u8(s.status().ordinal());
      int score = s.score().orElse(-1);
      if (score < 0 && s.score().isPresent() || score > 999) {
        throw new IllegalArgumentException("a score out of range"); // -1 stands for none
      }
      records.shortNumber(score);
      records.longNumber(s.seconds());
      for (RoundSummary r : s.rounds()) {
        if (r.scored() && (r.score() < 0 || r.score() > Short.MAX_VALUE)) {
          throw new IllegalArgumentException("a score out of range");
        }
        column.integer(refs.get(r.title()));
        column.shortNumber(r.scored() ? r.score() : -1);
      }
    }
    body.integer(rounds);
    int base = body.size() + 4 * at.length;
    for (int a : at) {
      body.integer(base + a);
    }
    body.append(records);
    body.append(column);
    body.integer(bad.size());
    for (StoredSession.Unreadable u : bad) {
      body.text(u.id());
      body.text(u.path().getFileName().toString());
      body.text(u.reason());
    }
    byte[] b = body.toByteArray();
    byte[] head =
        (HEADER + stamp + "\t" + IndexStamp.crc(b, 0) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = Arrays.copyOf(head, head.length + b.length);
    System.arraycopy(b, 0, out, head.length, b.length);
    return out;
  }
}
