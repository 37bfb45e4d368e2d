package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bank in {@code questions/} loads without errors, and the jar's copy matches it. */
class ShippedBankTest {
  @Test
  void shippedBankHasNoErrorsAndMatchesTheBundledCopy() {
    LoadResult folder = BankLoader.load(Path.of("questions"));
    assumeFalse(
        folder.bank().scenarios().isEmpty()
            && folder.errors().size() == 1
            && folder.errors().get(0).message().startsWith("no scenario files"),
        "questions/ holds no scenario files yet");
    assertThat(folder.errors()).isEmpty();
    LoadResult bundled = BankLoader.loadBundled();
    assertThat(bundled.errors()).isEmpty();
    assertThat(bundled.bank().ids()).isEqualTo(folder.bank().ids());
    assertThat(bundled.bank().guide()).isEqualTo(folder.bank().guide());
    for (Scenario s : folder.bank().scenarios()) {
      assertThat(bundled.bank().find(s.id()).orElseThrow().sha256()).isEqualTo(s.sha256());
    }
  }
}
