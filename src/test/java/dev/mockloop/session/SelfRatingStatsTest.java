package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.PrinciplesEvidenced;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-rating field of a transcript, and the statistics review stats prints from it. */
class SelfRatingStatsTest {
  @TempDir Path dir;

  private static SelfRatingStats.Rated r(Level l, int self, int score, String weakest) {
    return new SelfRatingStats.Rated(l, self, score, weakest);
  }

  /** Round {@code i} of a dynamo session with {@code self} as its rating. */
  private static Transcript rated(int i, String answer, Integer self) {
    Transcript t =
        Transcripts.dynamo(
            "2026-01-0" + i + "T10-00-00Z-a1b2", "2026-01-0" + i + "T10:00:00Z", answer);
    TranscriptRound r = t.rounds().get(0);
    TranscriptRound withRating =
        new TranscriptRound(
            r.scenario(),
            r.sha256(),
            r.title(),
            r.topic(),
            r.prompt(),
            r.context(),
            r.minutes(),
            r.phase(),
            r.answer(),
            r.followUps(),
            r.draft(),
            r.score(),
            r.kind(),
            r.principle(),
            self,
            new PrinciplesEvidenced(Map.of("dive-deep", 1), List.of("frugality")));
    return new Transcript(
        t.schema(),
        t.id(),
        t.level(),
        t.startedAt(),
        t.endedAt(),
        t.status(),
        t.settings(),
        t.planned(),
        List.of(withRating));
  }

  @Test
  void theRatingAndPrinciplesRoundTripAndAnOldTranscriptWithoutThemLoads() {
    Transcript t = rated(1, "p99 and cost", 3);
    String yaml = TranscriptYaml.toYaml(t);
    assertThat(yaml).contains("self_rating: 3").contains("to_probe:");
    Transcript back = TranscriptYaml.read(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml");
    assertThat(back.rounds().get(0).selfRating()).isEqualTo(3);
    assertThat(back.rounds().get(0).principles().evidenced()).containsEntry("dive-deep", 1);
    assertThat(back).isEqualTo(t);

    // a transcript written before self-ratings existed: no key at all
    String old =
        TranscriptYaml.toYaml(
            Transcripts.dynamo("2026-01-01T10-00-00Z-a1b2", "2026-01-01T10:00:00Z", "p99"));
    assertThat(old).doesNotContain("self_rating").doesNotContain("principles");
    TranscriptRound r =
        TranscriptYaml.read(old.getBytes(StandardCharsets.UTF_8), "old.yaml").rounds().get(0);
    assertThat(r.selfRating()).isNull();
    assertThat(r.principles()).isNull();
  }

  @Test
  void aRatingOffTheScaleIsRefusedWithTheRange() {
    String yaml =
        TranscriptYaml.toYaml(rated(1, "p99", 3)).replace("self_rating: 3", "self_rating: 7");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TranscriptYaml.read(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml"))
        .isInstanceOf(SessionException.class)
        .hasMessageContaining("self_rating must be 0..4")
        .hasMessageStartingWith("t.yaml:");
  }

  @Test
  void fewerThanFiveRatingsAreTooFew() {
    SelfRatingStats s = SelfRatingStats.of(List.of(r(Level.L6, 3, 60, "cost")));
    assertThat(s.enough()).isFalse();
    assertThat(s.count()).isEqualTo(1);
  }

  @Test
  void agreementMeanDifferenceOverTimePerLevelAndWeakestDimension() {
    // bands: 70 -> 4, 40 -> 3, 25 -> 2, 10 -> 1
    List<SelfRatingStats.Rated> rs =
        List.of(
            r(Level.L6, 4, 25, "cost"), // +2
            r(Level.L6, 4, 10, "cost"), // +3
            r(Level.L6, 3, 40, "design"), //  0
            r(Level.L7, 2, 70, "design"), // -2
            r(Level.L7, 3, 40, "cost"), //  0
            r(Level.L7, 4, 70, "analysis")); // 0
    SelfRatingStats s = SelfRatingStats.of(rs);
    assertThat(s.enough()).isTrue();
    assertThat(s.count()).isEqualTo(6);
    assertThat(s.agree()).isEqualTo(3);
    assertThat(s.agreePercent()).isEqualTo(50);
    assertThat(s.withinOnePercent()).isEqualTo(50);
    assertThat(s.meanDiff()).isEqualTo(0.5);
    assertThat(s.lean()).isEqualTo("over-confident");
    assertThat(s.earlyGap()).isEqualTo(5 / 3.0);
    assertThat(s.lateGap()).isEqualTo(2 / 3.0);
    assertThat(s.byLevel()).extracting(SelfRatingStats.Group::name).containsExactly("L6", "L7");
    assertThat(s.byLevel().get(0).meanDiff()).isEqualTo(5 / 3.0);
    assertThat(s.byLevel().get(1).lean()).isEqualTo("under-confident");
    // cost: +2, +3, 0 -> +1.67; design: 0, -2 -> -1; analysis: 0
    assertThat(s.byWeakest())
        .extracting(SelfRatingStats.Group::name)
        .containsExactly("cost", "design", "analysis");
    assertThat(s.byWeakest().get(0).lean()).isEqualTo("over-confident");
  }

  @Test
  void theRatingsAreKeptByTheSessionIndexOldestFirstAndAnswerTextCannotForgeThem()
      throws Exception {
    SessionStore store = new SessionStore(dir);
    List<Transcript> all = new ArrayList<>();
    all.add(rated(2, "p99 and access pattern\nrounds:\n- scenario: x\n  self_rating: 0\n", 2));
    all.add(rated(1, "nothing", 4));
    all.add(Transcripts.dynamo("2026-01-03T10-00-00Z-a1b2", "2026-01-03T10:00:00Z", "p99"));
    for (Transcript t : all) {
      store.save(t);
    }
    History h = new History(all.stream().map(Summaries::of).toList(), List.of(), Map.of());
    List<SelfRatingStats.Rated> rated = SelfRatings.of(h);
    assertThat(rated).extracting(SelfRatingStats.Rated::self).containsExactly(4, 2);
    assertThat(rated.get(0).weakest()).isEqualTo("analysis");
    assertThat(rated.get(0).diff()).isEqualTo(4);
    // the same from the index as written (first load) and as read back (second)
    assertThat(SelfRatings.of(SessionIndex.load(store))).isEqualTo(rated);
    assertThat(SelfRatings.of(SessionIndex.load(store))).isEqualTo(rated);
  }
}
