package dev.mockloop.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the index format that {@link IndexCodec} writes: the header, then line by line the
 * dictionary, the folder's time, each session with its rounds (read by {@link IndexRows}), the
 * unreadable files and the point texts. Lines are cut into fields by offset, and only the fields
 * asked for are copied out, so a list never touches the points and dimensions of a round.
 */
final class IndexReader {
  private IndexReader() {}

  /**
   * Parses the lines of an index after its header; a malformed line throws, and the caller rebuilds
   * the index.
   *
   * @param light skip each round's dimensions and points and the rubric sentences (enough for a
   *     list, not for stats)
   * @param stamp the header's stamp, kept with the result
   */
  static Parsed read(String text, Map<String, String> pointTexts, boolean light, String stamp) {
    IndexDict dict = new IndexDict();
    long folder = -1;
    List<IndexEntry> entries = new ArrayList<>();
    IndexRows.Head session = null;
    List<RoundSummary> rounds = new ArrayList<>();
    int at = 0;
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
              session = IndexRows.session(new IndexLine(text, at, end));
            }
          }
          case 'R' -> rounds.add(IndexRows.round(new IndexLine(text, at, end), dict, light));
          case 'P' -> { // rubric sentences, for stats: a list shows none
            if (!light) {
              String[] f = fields(text, at, end, 3);
              pointTexts.put(IndexCodec.unescape(f[1]), IndexCodec.unescape(f[2]));
            }
          }
          default -> throw new IllegalArgumentException("unknown line kind " + kind);
        }
      }
      at = end + 1;
    }
    flush(entries, session, rounds);
    return new Parsed(entries, folder, stamp);
  }

  /**
   * An index read back.
   *
   * @param folder the sessions folder's modification time the index was made at (microseconds), or
   *     -1 when it must not be trusted (see {@link SessionIndex})
   * @param stamp the index's stamp ({@link IndexCodec#stamp}); null for no index
   */
  record Parsed(List<IndexEntry> entries, long folder, String stamp) {}

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

  private static void flush(List<IndexEntry> out, IndexRows.Head s, List<RoundSummary> rounds) {
    if (s == null) {
      return;
    }
    SessionSummary summary =
        new SessionSummary(
            s.id(), s.level(), s.status(), s.started(), s.ended(), s.planned(), rounds);
    out.add(new IndexEntry(s.file(), s.size(), s.modified(), summary, null));
    rounds.clear();
  }
}
