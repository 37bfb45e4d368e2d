package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BankSnapshot}: the shipped bank survives the round trip; damage reads as null. */
class BankSnapshotTest {
  private static final LoadResult SHIPPED =
      BankLoader.load(Path.of("questions"), BankLoader.BUNDLED, BankLoader.BUNDLED + ":");
  private static final BankSnapshot.Header HEADER =
      new BankSnapshot.Header(
          BankSnapshot.schema(),
          BankLoader.BUNDLED,
          0,
          List.of(new BankSnapshot.Stamp("a.yaml", 3, 0, "abc")));

  @Test
  void theShippedBankReadsBackEqualWithItsListing() {
    BankSnapshot.Snapshot back = BankSnapshot.decode(BankSnapshot.encode(HEADER, SHIPPED), true);
    assertThat(back.result()).isEqualTo(SHIPPED);
    assertThat(back.header()).isEqualTo(HEADER);
    assertThat(back.listing()).isEqualTo(Listing.of(SHIPPED));
    assertThat(back.listing().entries()).hasSize(SHIPPED.bank().scenarios().size());
  }

  @Test
  void aListingReadStopsBeforeTheBank() {
    BankSnapshot.Snapshot back = BankSnapshot.decode(BankSnapshot.encode(HEADER, SHIPPED), false);
    assertThat(back.result()).isNull();
    assertThat(back.listing().entries().get(0).id())
        .isEqualTo(SHIPPED.bank().scenarios().get(0).id());
  }

  @Test
  void everyDamagedByteAndEveryTruncationReadsAsNull() {
    byte[] good = BankSnapshot.encode(HEADER, SHIPPED);
    for (int at = 0; at < good.length; at += good.length / 97 + 1) {
      byte[] bad = good.clone();
      bad[at] ^= 0x5A;
      assertThat(BankSnapshot.decode(bad, true)).as("byte %d flipped", at).isNull();
      assertThat(BankSnapshot.decode(java.util.Arrays.copyOf(good, at), true)).isNull();
    }
    assertThat(BankSnapshot.decode(new byte[0], true)).isNull();
    assertThat(BankSnapshot.decode(null, true)).isNull();
  }

  @Test
  void aSnapshotOfAnotherSchemaIsNotRead() {
    BankSnapshot.Header other =
        new BankSnapshot.Header(
            BankSnapshot.schema() + " plus a new field", BankLoader.BUNDLED, 0, List.of());
    assertThat(BankSnapshot.decode(BankSnapshot.encode(other, SHIPPED), true)).isNull();
  }

  @Test
  void aHeadReadAloneChecksOnlyTheHeadsShape() throws java.io.IOException {
    BankSnapshot.Header otherBody =
        new BankSnapshot.Header(
            BankSnapshot.schema() + " plus a new field", BankLoader.BUNDLED, 0, List.of());
    byte[] whole = BankSnapshot.encode(otherBody, SHIPPED);
    byte[] head = BankSnapshot.readHead(new java.io.ByteArrayInputStream(whole));
    assertThat(head.length).isLessThan(whole.length);
    assertThat(BankSnapshot.decode(head, false).listing()).isEqualTo(Listing.of(SHIPPED));
    // read whole, or for the bank, the same snapshot is refused
    assertThat(BankSnapshot.decode(whole, false)).isNull();
    assertThat(BankSnapshot.decode(whole, true)).isNull();
    BankSnapshot.Header otherHead =
        new BankSnapshot.Header(
            "another head\n" + BankSnapshot.schema(), BankLoader.BUNDLED, 0, List.of());
    byte[] head2 =
        BankSnapshot.readHead(
            new java.io.ByteArrayInputStream(BankSnapshot.encode(otherHead, SHIPPED)));
    assertThat(BankSnapshot.decode(head2, false)).isNull();
  }

  @Test
  void wholeReadsOnFourThreadsReadTheSameBank() throws Exception {
    byte[] whole = BankSnapshot.encode(HEADER, SHIPPED);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<BankSnapshot.Snapshot>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(pool.submit(() -> BankSnapshot.decode(whole, true)));
      }
      for (java.util.concurrent.Future<BankSnapshot.Snapshot> read : reads) {
        assertThat(read.get().result()).isEqualTo(SHIPPED);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSchemaNamesEveryRecordComponentSoANewFieldChangesIt() {
    assertThat(BankSnapshot.schema())
        .contains("dev.mockloop.bank.RubricPoint(java.lang.String id")
        .contains("java.util.List<java.util.List<java.lang.String>> all")
        .contains("dev.mockloop.bank.Level enum [L6, L7]");
  }

  @Test
  void theBundledBankLoadsFromTheSnapshotOrTheYamlAlike() {
    assertThat(BankLoader.loadBundled()).isEqualTo(BankLoader.loadBundledYaml());
    assertThat(BankLoader.listBundled()).isEqualTo(Listing.of(BankLoader.loadBundledYaml()));
  }
}
