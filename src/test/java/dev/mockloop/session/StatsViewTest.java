package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StatsView}: read back, it gives what {@link StatsCalculator}, {@link PrincipleEvidence}
 * and {@link SelfRatings} give from the tally it was made from, for every level, in zones with and
 * without daylight saving, over tallies made to have ties (points missed as often at both levels,
 * principles' points missed as often), unscored sessions, sessions at the same millisecond and
 * weeks whose sessions come and go at the zone's changes.
 */
class StatsViewTest {
  private static final Listing LISTING = BankLoader.listBundled();
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Havana")); // its clocks change at midnight

  @Test
  void theViewGivesWhatTheTallyGives() {
    for (int seed = 0; seed < 40; seed++) {
      Random r = new Random(seed);
      Map<String, String> texts = new HashMap<>();
      StatsTally t = tally(r, texts, seed % 5 == 0 ? 0 : 1 + r.nextInt(seed < 10 ? 30 : 3000));
      StatsView made = StatsView.of("0123456789abcdef", t, texts);
      byte[] bytes = StatsViewOut.bytes("0123456789abcdef", t, texts);
      StatsView read = StatsView.read(bytes, "0123456789abcdef");
      assertThat(read).isNotNull();
      for (StatsView v : List.of(made, read)) {
        assertSame(v, t, texts);
      }
    }
  }

  @Test
  void aViewForAnotherIndexOrDamagedIsNotRead() {
    Map<String, String> texts = new HashMap<>();
    StatsTally t = tally(new Random(7), texts, 50);
    byte[] bytes = StatsViewOut.bytes("0123456789abcdef", t, texts);
    assertThat(StatsView.read(bytes, "0123456789abcdee")).isNull();
    assertThat(StatsView.read(bytes, null)).isNull();
    byte[] flipped = bytes.clone();
    flipped[bytes.length / 2] ^= 1;
    assertThat(StatsView.read(flipped, "0123456789abcdef")).isNull();
    assertThat(StatsView.read(java.util.Arrays.copyOf(bytes, 100), "0123456789abcdef")).isNull();
    assertThat(StatsView.read(new byte[0], "0123456789abcdef")).isNull();
    byte[] restamped = StatsView.restamp(bytes, "0123456789abcdef", "fedcba9876543210");
    assertThat(StatsView.read(restamped, "fedcba9876543210")).isNotNull();
    assertThat(StatsView.read(restamped, "0123456789abcdef")).isNull();
    assertThat(StatsView.restamp(flipped, "0123456789abcdef", "fedcba9876543210")).isNull();
  }

  private static void assertSame(StatsView v, StatsTally t, Map<String, String> texts) {
    for (Level only : new Level[] {null, Level.L6, Level.L7}) {
      for (ZoneId zone : ZONES) {
        assertThat(v.stats(only, zone))
            .isEqualTo(StatsCalculator.of(t, only, zone, StatsView.TOP, texts));
      }
      assertThat(v.evidence(only, LISTING)).isEqualTo(PrincipleEvidence.of(t, only, LISTING));
      assertThat(v.rated(only)).isEqualTo(SelfRatings.of(t, only));
      assertThat(v.sessions(only)).isEqualTo(t.sessions(only));
    }
    assertThat(v.unreadable()).isEqualTo(t.unreadable());
  }

  /** A tally of {@code n} sessions drawn from small pools, so that ties are common. */
  static StatsTally tally(Random r, Map<String, String> texts, int n) {
    StatsTally t = new StatsTally();
    t.unreadable = r.nextInt(3);
    List<Listing.Entry> entries = LISTING.entries();
    for (Level level : Level.values()) {
      if (n == 0 || r.nextInt(5) == 0) {
        continue;
      }
      StatsTally.Part p = new StatsTally.Part();
      p.sessions = 1 + r.nextInt(n);
      p.seconds = r.nextInt(100_000);
      p.rounds = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(50);
      p.scoreSum = p.rounds * r.nextInt(101);
      for (String d : List.of("design", "cost", "risk", "action", "result")) {
        if (r.nextBoolean()) {
          p.dims.put(d, new long[] {r.nextInt(20), 20 + r.nextInt(3), 1});
        }
      }
      for (int i = 0; i < 2 + r.nextInt(40); i++) {
        Listing.Entry e = entries.get(r.nextInt(entries.size()));
        Map<String, String> tags = e.tags().getOrDefault(level, Map.of());
        String key =
            !tags.isEmpty() && r.nextBoolean()
                ? new ArrayList<>(tags.keySet()).get(r.nextInt(tags.size()))
                : "point-" + r.nextInt(4);
        long asked = 1 + r.nextInt(4);
        long[] v = {r.nextInt((int) asked + 1), asked, 1};
        p.points.computeIfAbsent(e.id(), k -> new HashMap<>()).put(key, v);
        p.evidence.computeIfAbsent(e.id(), k -> new HashMap<>()).put(key, v.clone());
        if (r.nextBoolean()) {
          texts.put(Summaries.pointKey(e.id(), level, key), "Says " + key + " ü " + e.id());
        }
      }
      for (String pr : List.of("ownership", "dive-deep", "bias-for-action")) {
        if (r.nextBoolean()) {
          p.principles.put(pr, new long[] {r.nextInt(500), 1 + r.nextInt(5), 1});
          if (r.nextBoolean()) {
            Map<String, long[]> m = p.misses.computeIfAbsent(pr, k -> new HashMap<>());
            for (int i = 0; i < 1 + r.nextInt(4); i++) {
              m.put("s" + r.nextInt(3) + "\tk" + r.nextInt(3), new long[] {1 + r.nextInt(2)});
            }
          }
        }
      }
      t.parts.put(level, p);
    }
    long at = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli() + r.nextInt(1_000_000);
    for (int i = 0; i < n; i++) {
      // minutes to days apart, sometimes the same millisecond (then in id order)
      at += r.nextInt(4) == 0 ? 0 : (long) r.nextInt(r.nextBoolean() ? 3_600_000 : 300_000_000);
      Level level =
          t.parts.isEmpty()
              ? Level.L6
              : new ArrayList<>(t.parts.keySet()).get(r.nextInt(t.parts.size()));
      List<SelfRatingStats.Rated> rated = new ArrayList<>();
      for (int k = r.nextInt(3) == 0 ? r.nextInt(3) : 0; k > 0; k--) {
        rated.add(
            new SelfRatingStats.Rated(
                level, r.nextInt(5), r.nextInt(101), r.nextBoolean() ? "" : "design"));
      }
      Integer score = r.nextInt(6) == 0 ? null : r.nextInt(101);
      String id = String.format("2026-03-01T0000-%06d", i);
      t.rows.add(new StatsTally.Row(id, level, Instant.ofEpochMilli(at), score, rated));
    }
    return t;
  }
}
