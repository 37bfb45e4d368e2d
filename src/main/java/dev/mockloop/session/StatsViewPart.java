package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One level's part of a {@link StatsView}, read from its bytes ({@link StatsViewOut}). */
final class StatsViewPart {
  final Level level;
  final long sessions;
  final long seconds;
  final long rounds;
  final long scoreSum;
  final List<Stats.DimensionAverage> dims = new ArrayList<>();

  /** The level's most-missed points, in order, and their sentences. */
  final List<StatsCalculator.Missed> missed = new ArrayList<>();

  final List<String> missedTexts = new ArrayList<>();
  final List<Principle> principles = new ArrayList<>();
  private final int evidenceScenarios;
  private final int evidenceAt;

  /** A principle's rounds at this level and the point missed most in them (null: none). */
  record Principle(String name, long scoreSum, long rounds, Worst worst) {}

  /** A point of a principle's rounds and how often they missed it. */
  record Worst(String scenario, Level level, String key, String text, long count) {
    /** Missed more often, or as often and first by scenario, level and key. */
    boolean beats(Worst o) {
      if (count != o.count) {
        return count > o.count;
      }
      int c = scenario.compareTo(o.scenario);
      c = c != 0 ? c : level.compareTo(o.level);
      return (c != 0 ? c : key.compareTo(o.key)) < 0;
    }
  }

  StatsViewPart(DigestIn in) {
    level = StatsView.LEVELS[in.u8()];
    sessions = in.longNumber();
    seconds = in.longNumber();
    rounds = in.longNumber();
    scoreSum = in.longNumber();
    for (int i = in.integer(); i > 0; i--) {
      dims.add(new Stats.DimensionAverage(in.text(), in.longNumber(), in.longNumber()));
    }
    for (int i = in.integer(); i > 0; i--) {
      String scenario = in.text();
      String key = in.text();
      missedTexts.add(in.text());
      missed.add(new StatsCalculator.Missed(level, scenario, key, in.integer(), in.integer()));
    }
    for (int i = in.integer(); i > 0; i--) {
      String name = in.text();
      long sum = in.longNumber();
      long n = in.longNumber();
      Worst worst =
          in.u8() == 0 ? null : new Worst(in.text(), level, in.text(), in.text(), in.longNumber());
      principles.add(new Principle(name, sum, n, worst));
    }
    evidenceScenarios = in.integer();
    int bytes = in.integer();
    evidenceAt = in.at;
    in.at += bytes;
  }

  /** The sentence of {@code m}, one of this level's most-missed points; null if it is not. */
  String text(StatsCalculator.Missed m) {
    for (int i = 0; i < missed.size(); i++) {
      if (missed.get(i) == m) {
        return missedTexts.get(i);
      }
    }
    return null;
  }

  /**
   * Adds this level's evidence to {@code counts} (principle: covered, asked), with the tags of the
   * listing's entries {@code byId} ({@link PrincipleEvidence}).
   */
  void evidence(byte[] b, Map<String, Listing.Entry> byId, Map<String, int[]> counts) {
    DigestIn in = new DigestIn(b, evidenceAt);
    for (int s = 0; s < evidenceScenarios; s++) {
      Listing.Entry entry = byId.get(in.text());
      int keys = in.integer();
      Map<String, String> tags = entry == null ? null : entry.tags().get(level);
      if (tags == null || entry.behavioral()) {
        for (int k = 0; k < keys; k++) {
          in.skipText();
          in.at += 16;
        }
        continue;
      }
      for (int k = 0; k < keys; k++) {
        key(in, tags, counts);
      }
    }
  }

  /**
   * Counts the key at {@code in} for its principle, if tagged: a call a key, compiled after a few
   * hundred of the thousands, where the loop's own body would run interpreted to its end.
   */
  private static void key(DigestIn in, Map<String, String> tags, Map<String, int[]> counts) {
    String lp = tags.get(in.text());
    long covered = in.longNumber();
    long asked = in.longNumber();
    if (lp != null) {
      int[] c = counts.get(lp);
      if (c == null) {
        c = new int[2];
        counts.put(lp, c);
      }
      c[0] += (int) covered;
      c[1] += (int) asked;
    }
  }

  /** The principles of {@code parts}, as {@link PrincipleStats#of} gives them. */
  static List<PrincipleStats> principles(List<StatsViewPart> parts) {
    Map<String, long[]> sums = new TreeMap<>();
    Map<String, Worst> worst = new HashMap<>();
    for (StatsViewPart p : parts) {
      for (Principle q : p.principles) {
        long[] sum = sums.get(q.name());
        if (sum == null) {
          sum = new long[2];
          sums.put(q.name(), sum);
        }
        sum[0] += q.rounds();
        sum[1] += q.scoreSum();
        Worst w = worst.get(q.name());
        if (q.worst() != null && (w == null || q.worst().beats(w))) {
          worst.put(q.name(), q.worst());
        }
      }
    }
    List<PrincipleStats> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : sums.entrySet()) {
      long[] sum = e.getValue();
      Worst w = worst.get(e.getKey());
      out.add(
          new PrincipleStats(
              e.getKey(),
              (int) sum[0],
              (int) Math.round((double) sum[1] / sum[0]),
              w == null ? "" : w.key(),
              w == null ? "" : w.text(),
              w == null ? 0 : (int) w.count()));
    }
    out.sort(PrincipleStats.ORDER);
    return out;
  }
}
