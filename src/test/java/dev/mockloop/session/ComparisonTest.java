package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final Transcript FIRST =
      Transcripts.dynamo(
          "2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99 and access pattern");
  private static final Transcript SECOND =
      Transcripts.dynamo("2026-11-12T0900-bbbbbb", "2026-11-12T09:00:00Z", "p99 and cost");
  private static final Transcript THIRD =
      Transcripts.dynamo("2026-11-14T0900-cccccc", "2026-11-14T09:00:00Z", "cost");

  private static History history() {
    return new History(
        List.of(THIRD, FIRST, SECOND).stream().map(Summaries::of).toList(), List.of(), Map.of());
  }

  @Test
  void comparesWithTheLatestEarlierAttemptAtTheSameScenarioAndLevel() {
    History h = history();
    RoundSummary now = h.find(THIRD.id()).orElseThrow().rounds().get(0);

    Comparison c = h.compare(THIRD.id(), THIRD.level(), now).orElseThrow();

    assertThat(c.previousId()).isEqualTo(SECOND.id());
    assertThat(c.previousScore()).isEqualTo(71);
    assertThat(c.score()).isEqualTo(28);
    assertThat(c.change()).isEqualTo("-43");
    assertThat(c.newlyCovered()).isEmpty();
    assertThat(c.dropped()).containsExactly("latency-fit");
    assertThat(c.stillMissed()).containsExactly("query-patterns");
  }

  @Test
  void pointsNewlyCoveredAndDropped() {
    History h = history();
    RoundSummary now = h.find(SECOND.id()).orElseThrow().rounds().get(0);

    Comparison c = h.compare(SECOND.id(), SECOND.level(), now).orElseThrow();

    assertThat(c.previousId()).isEqualTo(FIRST.id());
    assertThat(c.change()).isEqualTo("±0");
    assertThat(c.newlyCovered()).containsExactly("cost");
    assertThat(c.dropped()).containsExactly("query-patterns");
  }

  @Test
  void theFirstAttemptHasNothingToCompareWith() {
    History h = history();
    RoundSummary now = h.find(FIRST.id()).orElseThrow().rounds().get(0);
    assertThat(h.compare(FIRST.id(), FIRST.level(), now)).isEmpty();
    assertThat(h.compare(SECOND.id(), SECOND.level().other(), now)).isEmpty();
  }
}
