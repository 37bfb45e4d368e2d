package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BundledSnapshot#sameFiles}: the jar's bank entries match the snapshot's in any order. */
class BundledSnapshotTest {
  private static final BankSnapshot.Stamp A = new BankSnapshot.Stamp("a.yaml", 3, 0, "abc");
  private static final BankSnapshot.Stamp B = new BankSnapshot.Stamp("d/b.yaml", 5, 0, "def");

  @Test
  void theSameFilesInAnotherOrderMatch() {
    assertThat(BundledSnapshot.sameFiles(List.of(A, B), List.of(B, A))).isTrue();
    assertThat(BundledSnapshot.sameFiles(List.of(), List.of())).isTrue();
  }

  @Test
  void anAddedRemovedRepeatedOrChangedFileDoesNotMatch() {
    BankSnapshot.Stamp changed = new BankSnapshot.Stamp("a.yaml", 3, 0, "abd");
    BankSnapshot.Stamp resized = new BankSnapshot.Stamp("a.yaml", 4, 0, "abc");
    assertThat(BundledSnapshot.sameFiles(List.of(A), List.of(A, B))).isFalse();
    assertThat(BundledSnapshot.sameFiles(List.of(A, B), List.of(A))).isFalse();
    assertThat(BundledSnapshot.sameFiles(List.of(A, B), List.of(A, A))).isFalse();
    assertThat(BundledSnapshot.sameFiles(List.of(A, B), List.of(changed, B))).isFalse();
    assertThat(BundledSnapshot.sameFiles(List.of(A, B), List.of(resized, B))).isFalse();
  }
}
