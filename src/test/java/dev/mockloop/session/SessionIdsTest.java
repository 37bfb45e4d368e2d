package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionIdsTest {
  @Test
  void validAcceptsExactlyWhatThePatternMatches() {
    String alphabet = "azAZT09:_-./\\ \t\nÄé\u0000";
    Random random = new Random(12);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(n % 50 == 0 ? 90 : 12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String id = sb.toString();
      assertThat(SessionIds.valid(id))
          .as("'%s'", id)
          .isEqualTo(SessionIds.PATTERN.matcher(id).matches());
    }
    assertThat(SessionIds.valid("2026-11-29T0812-k3x9qa")).isTrue();
    assertThat(SessionIds.valid("a".repeat(80))).isTrue();
    assertThat(SessionIds.valid("a".repeat(81))).isFalse();
    assertThat(SessionIds.valid(null)).isFalse();
  }
}
