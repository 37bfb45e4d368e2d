package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code review stats} counts weeks in UTC itself for every name of UTC, and only for those. */
class WeeksZoneTest {
  @Test
  void everyNameOfUtcIsFixedAtZeroInThisRuntimesZoneRules() {
    for (String name : ReviewSupport.UTC_NAMES) {
      var rules = ZoneId.of(name).getRules();
      assertThat(rules.isFixedOffset()).as(name).isTrue();
      assertThat(rules.getOffset(Instant.EPOCH)).as(name).isEqualTo(ZoneOffset.UTC);
      assertThat(ReviewSupport.weeksZone(Map.of("TZ", name))).isEqualTo(ZoneOffset.UTC);
      assertThat(ReviewSupport.weeksZone(Map.of("TZ", ":" + name))).isEqualTo(ZoneOffset.UTC);
    }
  }

  @Test
  void anyOtherZoneIsTheOneTimesAreShownIn() {
    for (String tz :
        new String[] {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "nowhere"}) {
      Map<String, String> env = Map.of("TZ", tz);
      assertThat(ReviewSupport.weeksZone(env)).isEqualTo(ReviewSupport.zone(env));
    }
  }
}
