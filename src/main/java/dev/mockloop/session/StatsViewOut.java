package dev.mockloop.session;

import dev.mockloop.bank.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link StatsView} from a {@link StatsTally}: what {@code review stats} shows, worked out
 * as far as it can be without the options, the zone and the bank, so that reading it makes nothing
 * per session. Layout after the header line (as {@link ListDigest}'s: the index's stamp and the
 * CRC-32C of the rest), numbers big-endian, strings as length and UTF-8: the unreadable files; per
 * level, in level order, its ordinal and sums (sessions, seconds, scored rounds, score sum), its
 * dimensions in the order shown (name, earned, possible), its {@value StatsView#TOP} most-missed
 * points in order (scenario, key, sentence, missed, asked), its principles (name, score sum,
 * rounds, and the point missed most in them: a mark, scenario, key, sentence, misses), and its
 * evidence (the count of scenarios, the bytes, then per scenario its name and keys with covered and
 * asked); then the scored sessions, oldest first, in columns (the count; times in milliseconds;
 * scores as shorts; level ordinals as bytes; the running sum of the scores from 0); and the
 * self-rated rounds in order (level ordinal, rating, score, weakest dimension).
 */
final class StatsViewOut {
  static final String FILE = ".mockloop/stats-view";
  static final String HEADER = "mockloop-stats-view\t2\t";
  static final int HEADER_BYTES = HEADER.length() + 16 + 1 + 8 + 1;

  private StatsViewOut() {}

  /**
   * The view of {@code t} with the sentences {@code texts}, for the index stamped {@code stamp}.
   */
  static byte[] bytes(String stamp, StatsTally t, Map<String, String> texts) {
    DigestOut o = new DigestOut(64 * t.rows.size() + 4096);
    o.longNumber(t.unreadable);
    o.integer(t.parts.size());
    for (Map.Entry<Level, StatsTally.Part> e : t.parts.entrySet()) {
      part(o, e.getKey(), e.getValue(), texts);
    }
    sessions(o, t);
    byte[] body = o.toByteArray();
    byte[] head =
        (HEADER + stamp + "\t" + IndexStamp.crc(body, 0) + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, out, head.length, body.length);
    return out;
  }

  private static void part(DigestOut o, Level level, StatsTally.Part p, Map<String, String> texts) {
    o.u8(level.ordinal());
    o.longNumber(p.sessions);
    o.longNumber(p.seconds);
    o.longNumber(p.rounds);
    o.longNumber(p.scoreSum);
    List<Stats.DimensionAverage> dims = StatsCalculator.dimensions(p.dims);
    o.integer(dims.size());
    for (Stats.DimensionAverage d : dims) {
      o.text(d.dimension());
      o.longNumber(d.earned());
      o.longNumber(d.possible());
    }
    List<StatsCalculator.Missed> top = StatsCalculator.top(Map.of(level, p), StatsView.TOP);
    o.integer(top.size());
    for (StatsCalculator.Missed m : top) {
      o.text(m.scenario());
      o.text(m.key());
      o.text(text(texts, m.scenario(), level, m.key()));
      o.integer(m.missed());
      o.integer(m.asked());
    }
    o.integer(p.principles.size());
    for (Map.Entry<String, long[]> e : p.principles.entrySet()) {
      o.text(e.getKey());
      o.longNumber(e.getValue()[0]);
      o.longNumber(e.getValue()[1]);
      worst(o, level, p.misses.get(e.getKey()), texts);
    }
    DigestOut ev = new DigestOut(1 << 12);
    for (Map.Entry<String, Map<String, long[]>> e : p.evidence.entrySet()) {
      Map<String, long[]> keys = new TreeMap<>(e.getValue()); // in order: the same bytes
      ev.text(e.getKey());
      ev.integer(keys.size());
      for (Map.Entry<String, long[]> k : keys.entrySet()) {
        ev.text(k.getKey());
        ev.longNumber(k.getValue()[0]);
        ev.longNumber(k.getValue()[1]);
      }
    }
    o.integer(p.evidence.size());
    o.integer(ev.size());
    o.append(ev);
  }

  /**
   * The point missed most often in a principle's rounds at one level (by scenario and key, a tab
   * between), the first by scenario and key of those missed as often ({@link PrincipleStats}).
   */
  private static void worst(
      DigestOut o, Level level, Map<String, long[]> misses, Map<String, String> texts) {
    String scenario = null;
    String key = null;
    long most = 0;
    for (Map.Entry<String, long[]> e :
        misses == null ? Map.<String, long[]>of().entrySet() : misses.entrySet()) {
      String at = e.getKey();
      int tab = at.indexOf('\t');
      String s = at.substring(0, tab);
      String k = at.substring(tab + 1);
      long n = e.getValue()[0];
      int c = scenario == null ? 1 : Long.compare(n, most);
      if (c == 0) {
        c = -s.compareTo(scenario);
        c = c != 0 ? c : -k.compareTo(key);
      }
      if (c > 0) {
        scenario = s;
        key = k;
        most = n;
      }
    }
    o.u8(scenario == null ? 0 : 1);
    if (scenario != null) {
      o.text(scenario);
      o.text(key);
      o.text(text(texts, scenario, level, key));
      o.longNumber(most);
    }
  }

  private static void sessions(DigestOut o, StatsTally t) {
    List<StatsTally.Row> scored = new ArrayList<>(t.rows.size());
    for (StatsTally.Row r : t.rows) {
      if (r.score() != null) {
        scored.add(r);
      }
    }
    o.integer(scored.size());
    for (StatsTally.Row r : scored) {
      o.longNumber(r.startedAt().toEpochMilli());
    }
    for (StatsTally.Row r : scored) {
      o.shortNumber(r.score());
    }
    for (StatsTally.Row r : scored) {
      o.u8(r.level().ordinal());
    }
    long sum = 0;
    o.longNumber(sum);
    for (StatsTally.Row r : scored) {
      sum += r.score();
      o.longNumber(sum);
    }
    List<SelfRatingStats.Rated> rated = SelfRatings.of(t, null);
    o.integer(rated.size());
    for (SelfRatingStats.Rated r : rated) {
      o.u8(r.level().ordinal());
      o.integer(r.self());
      o.integer(r.score());
      o.text(r.weakest());
    }
  }

  private static String text(Map<String, String> texts, String scenario, Level level, String key) {
    return texts.getOrDefault(Summaries.pointKey(scenario, level, key), key);
  }
}
