package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SessionStats}: the stats digest beside the index is kept up to date by the sessions that
 * changed, used only for the index it was made for, and rebuilt when stale, damaged or missing.
 */
class SessionStatsTest {
  @TempDir Path dir;

  private SessionStore store() {
    return new SessionStore(dir);
  }

  private Path digest() {
    return dir.resolve(StatsDigest.FILE);
  }

  /** Loads, sets the folder's time an hour back and loads again: the index is then settled. */
  private void settle() throws IOException {
    SessionIndex.load(store());
    Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(3600)));
    SessionIndex.load(store());
  }

  private void save(String id, String start, String answer) throws IOException {
    store().save(Transcripts.dynamo(id, start, answer));
  }

  /** What review stats shows, from the tally it reads, against the same worked out afresh. */
  private void assertSameAsTheHistory(SessionStats.Tallied t) {
    History h = SessionIndex.load(store());
    for (Level only : new Level[] {null, Level.L6, Level.L7}) {
      History f = h.filter(only, null);
      assertThat(StatsCalculator.of(t.tally(), only, ZoneOffset.UTC, 10, t.texts()))
          .isEqualTo(StatsCalculator.of(f, ZoneOffset.UTC, 10));
      assertThat(PrincipleEvidence.of(t.tally(), only, BankLoader.listBundled()))
          .isEqualTo(PrincipleEvidence.of(f, BankLoader.listBundled()));
      assertThat(SelfRatings.of(t.tally(), only)).isEqualTo(SelfRatings.of(f));
      assertThat(t.tally().sessions(only)).isEqualTo(f.sessions().size());
    }
    assertThat(t.tally().unreadable()).isEqualTo(h.unreadable().size());
  }

  @Test
  void aSettledFolderIsReadFromTheDigestNotTheIndex() throws IOException {
    save("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99 of 2 ms");
    save("2026-11-17T0900-bbbbbb", "2026-11-17T09:00:00Z", "p99 and cost and access pattern");
    settle();
    assertThat(digest()).exists();
    String stamp = SessionIndex.settledStamp(dir);
    SessionStats.Tallied first = SessionStats.load(store());
    assertThat(first.stamp()).isEqualTo(stamp);
    assertSameAsTheHistory(first);
    // the index's lines damaged, its header and the folder's time kept: stats never read them
    Path index = dir.resolve(SessionIndex.FILE);
    byte[] b = Files.readAllBytes(index);
    for (int i = IndexCodec.HEADER_BYTES + 30; i < b.length; i++) {
      b[i] = '!';
    }
    FileTime folder = Files.getLastModifiedTime(dir);
    Files.write(index, b);
    Files.setLastModifiedTime(dir, folder);
    SessionStats.Tallied kept = SessionStats.load(store());
    assertThat(kept.stamp()).isEqualTo(stamp);
    assertThat(StatsCalculator.of(kept.tally(), null, ZoneOffset.UTC, 10, kept.texts()))
        .isEqualTo(StatsCalculator.of(first.tally(), null, ZoneOffset.UTC, 10, first.texts()));
  }

  @Test
  void addedChangedAndRemovedSessionsUpdateTheDigestAsTheIndexIsRewritten() throws IOException {
    String a = "2026-11-10T0900-aaaaaa";
    String b = "2026-11-17T0900-bbbbbb";
    save(a, "2026-11-10T09:00:00Z", "p99 of 2 ms");
    save(b, "2026-11-17T09:00:00Z", "p99 and cost");
    settle();
    save("2026-11-24T0900-cccccc", "2026-11-24T09:00:00Z", "cost and access pattern"); // added
    save(a, "2026-11-10T09:00:00Z", "p99 and cost and access pattern"); // saved again
    Files.delete(dir.resolve(b + ".yaml")); // removed
    Files.writeString(dir.resolve("2026-11-25T0900-dddddd.yaml"), "not: [a transcript");
    // the first stats read after the changes rewrites the index, the digest updated with it
    SessionStats.Tallied first = SessionStats.load(store());
    assertThat(first.tally().sessions(null)).isEqualTo(2);
    assertSameAsTheHistory(first);
    settle();
    SessionStats.Tallied t = SessionStats.load(store());
    assertThat(t.stamp()).isEqualTo(SessionIndex.settledStamp(dir));
    assertThat(t.tally().sessions(null)).isEqualTo(2);
    assertThat(t.tally().unreadable()).isEqualTo(1);
    assertSameAsTheHistory(t);
    // and the same as a digest made afresh from the whole index
    Files.delete(digest());
    SessionStats.Tallied fresh = SessionStats.load(store());
    assertThat(StatsCalculator.of(t.tally(), null, ZoneOffset.UTC, 10, t.texts()))
        .isEqualTo(StatsCalculator.of(fresh.tally(), null, ZoneOffset.UTC, 10, fresh.texts()));
    assertThat(t.tally().rows).isEqualTo(fresh.tally().rows);
  }

  @Test
  void aStaleDigestIsRebuiltSilently() throws IOException {
    save("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99 of 2 ms");
    settle();
    byte[] old = Files.readAllBytes(digest());
    save("2026-11-17T0900-bbbbbb", "2026-11-17T09:00:00Z", "p99 and cost");
    settle();
    Files.write(digest(), old); // a digest made for the index before the second session
    SessionStats.Tallied t = SessionStats.load(store());
    assertThat(t.tally().sessions(null)).isEqualTo(2);
    assertSameAsTheHistory(t);
    assertThat(Files.readAllBytes(digest())).isNotEqualTo(old); // made again for this index
    assertThat(StatsDigest.read(Files.readAllBytes(digest()), SessionIndex.settledStamp(dir)))
        .isNotNull();
  }

  @Test
  void aDamagedDigestIsRebuiltSilently() throws IOException {
    save("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99 of 2 ms");
    save("2026-11-17T0900-bbbbbb", "2026-11-17T09:00:00Z", "p99 and cost");
    settle();
    byte[] good = Files.readAllBytes(digest());
    byte[] flipped = good.clone();
    flipped[flipped.length / 2] ^= 0x04;
    for (byte[] damage :
        new byte[][] {flipped, java.util.Arrays.copyOf(good, good.length / 2), new byte[0]}) {
      Files.write(digest(), damage);
      SessionStats.Tallied t = SessionStats.load(store());
      assertThat(t.tally().sessions(null)).isEqualTo(2);
      assertSameAsTheHistory(t);
      assertThat(Files.readAllBytes(digest())).isEqualTo(good);
    }
  }

  @Test
  void sessionsIndexedByAnOlderVersionWithoutADigestAreCounted() throws IOException {
    save("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99 of 2 ms");
    save("2026-11-17T0900-bbbbbb", "2026-11-17T09:00:00Z", "p99 and cost");
    settle();
    Files.delete(digest()); // as an index written before there was a digest leaves the folder
    SessionStats.Tallied t = SessionStats.load(store());
    assertThat(t.tally().sessions(null)).isEqualTo(2);
    assertSameAsTheHistory(t);
    assertThat(digest()).exists();
    // a session saved after that counts too, through the update of the digest
    save("2026-11-24T0900-cccccc", "2026-11-24T09:00:00Z", "cost");
    settle();
    assertThat(SessionStats.load(store()).tally().sessions(null)).isEqualTo(3);
    assertSameAsTheHistory(SessionStats.load(store()));
  }

  /** What review stats shows, from the view it reads, against the same worked out afresh. */
  private void assertSameAsTheHistory(StatsView v) {
    History h = SessionIndex.load(store());
    for (Level only : new Level[] {null, Level.L6, Level.L7}) {
      History f = h.filter(only, null);
      assertThat(v.stats(only, ZoneOffset.UTC))
          .isEqualTo(StatsCalculator.of(f, ZoneOffset.UTC, StatsView.TOP));
      assertThat(v.evidence(only, BankLoader.listBundled()))
          .isEqualTo(PrincipleEvidence.of(f, BankLoader.listBundled()));
      assertThat(v.rated(only)).isEqualTo(SelfRatings.of(f));
      assertThat(v.sessions(only)).isEqualTo(f.sessions().size());
    }
    assertThat(v.unreadable()).isEqualTo(h.unreadable().size());
  }

  @Test
  void theStatsViewIsKeptWithTheDigestAndRebuiltWhenStaleOrDamaged() throws IOException {
    String a = "2026-11-10T0900-aaaaaa";
    String b = "2026-11-17T0900-bbbbbb";
    save(a, "2026-11-10T09:00:00Z", "p99 of 2 ms");
    save(b, "2026-11-17T09:00:00Z", "p99 and cost");
    settle();
    Path view = dir.resolve(StatsViewOut.FILE);
    assertThat(StatsView.read(Files.readAllBytes(view), SessionIndex.settledStamp(dir)))
        .isNotNull();
    StatsView kept = SessionStats.view(store());
    assertThat(kept.stamp()).isEqualTo(SessionIndex.settledStamp(dir));
    assertSameAsTheHistory(kept);
    byte[] before = Files.readAllBytes(view);
    save("2026-11-24T0900-cccccc", "2026-11-24T09:00:00Z", "cost and access pattern"); // added
    save(a, "2026-11-10T09:00:00Z", "p99 and cost and access pattern"); // saved again
    Files.delete(dir.resolve(b + ".yaml")); // removed
    Files.writeString(dir.resolve("2026-11-25T0900-dddddd.yaml"), "not: [a transcript");
    StatsView first = SessionStats.view(store()); // the index rewritten, not yet settled
    assertThat(first.stamp()).isNull();
    assertThat(first.sessions(null)).isEqualTo(2);
    assertSameAsTheHistory(first);
    settle();
    String stamp = SessionIndex.settledStamp(dir);
    byte[] updated = Files.readAllBytes(view);
    assertThat(StatsView.read(updated, stamp)).isNotNull();
    assertSameAsTheHistory(SessionStats.view(store()));
    // the same bytes as a view made afresh from the whole index
    Files.delete(view);
    Files.delete(digest());
    assertSameAsTheHistory(SessionStats.view(store()));
    assertThat(Files.readAllBytes(view)).isEqualTo(updated);
    // a view for another index, or damaged, is not used and is made again
    byte[] flipped = updated.clone();
    flipped[flipped.length / 2] ^= 0x04;
    for (byte[] bad : new byte[][] {before, flipped, java.util.Arrays.copyOf(updated, 40)}) {
      Files.write(view, bad);
      StatsView v = SessionStats.view(store());
      assertThat(v.stamp()).isEqualTo(stamp);
      assertSameAsTheHistory(v);
      assertThat(Files.readAllBytes(view)).isEqualTo(updated);
    }
  }
}
