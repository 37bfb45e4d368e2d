package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.Scorer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A loop of a principle question then a technical scenario, played on the real scorer and recorded:
 * the principle question is a round like any other, with its kind, principle and the reason each
 * follow-up was asked, and the transcript round-trips.
 */
class PrincipleTranscriptTest {
  private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");

  private Loop played() throws URISyntaxException {
    Bank bank = BankLoader.load(Path.of(getClass().getResource("/banks/lp").toURI())).bank();
    PlanRequest req =
        new PlanRequest(
            Level.L6,
            List.of(),
            List.of("flaky-dependency", "ownership-outside-your-remit"),
            0,
            3,
            RoundSettings.DEFAULT);
    Loop loop = Loop.start(LoopPlanner.plan(bank, req), new Scorer(bank.glossary()), clock);
    loop.current()
        .on(
            RoundEvent.edit(
                "We would look at the logs. We would fix it and we would"
                    + " tell the other team, and our manager would agree with us."));
    clock.advanceSeconds(7 * 60);
    loop.current().on(RoundEvent.tick());
    while (!loop.current().state().over()) {
      clock.advanceSeconds(30);
      loop.current().on(RoundEvent.edit("I asked their lead first."));
      loop.current().on(RoundEvent.submit());
    }
    loop.next();
    loop.current()
        .on(
            RoundEvent.edit(
                "I would add a bulkhead of 20 threads per dependency and a" + " 300 ms timeout."));
    loop.current().on(RoundEvent.submit());
    return loop;
  }

  @Test
  void thePrincipleQuestionIsRecordedLikeAnyRoundAndRoundTrips() throws Exception {
    Transcript t =
        Recorder.transcript(
            "2026-12-01T0900-abcdef",
            Instant.parse("2026-12-01T09:00:00Z"),
            played(),
            SessionStatus.IN_PROGRESS,
            clock.instant());
    TranscriptRound lp = t.rounds().get(0);
    assertThat(lp.scenario()).isEqualTo("ownership-outside-your-remit");
    assertThat(lp.behavioral()).isTrue();
    assertThat(lp.principle()).isEqualTo("ownership");
    assertThat(lp.answer().timedOut()).isTrue();
    assertThat(lp.answer().card().flags())
        .extracting(Flag::code)
        .contains("over-time", "all-we", "hypothetical", "no-result", "no-numbers");
    TranscriptRound design = t.rounds().get(1);
    assertThat(design.behavioral()).isFalse();
    assertThat(design.followUps())
        .extracting(TranscriptFollowUp::id)
        .first()
        .isEqualTo("bulkhead-size");
    assertThat(design.followUps().get(0).why()).isEqualTo("Dive deep: you said \"bulkhead\"");
    String yaml = TranscriptYaml.toYaml(t);
    assertThat(yaml)
        .contains("kind: behavioral")
        .contains("principle: ownership")
        .contains("why: \"Dive deep: you said \\\"bulkhead\\\"\"");
    assertThat(TranscriptYaml.read(TranscriptYaml.write(t), "t.yaml")).isEqualTo(t);
  }

  @Test
  void aDesignRoundWritesNoKindAndOldTranscriptsLoad() throws Exception {
    Transcript t =
        Recorder.transcript(
            "2026-12-01T0900-abcdef",
            Instant.parse("2026-12-01T09:00:00Z"),
            played(),
            SessionStatus.IN_PROGRESS,
            clock.instant());
    Transcript designOnly =
        new Transcript(
            1,
            t.id(),
            t.level(),
            t.startedAt(),
            null,
            t.status(),
            new TranscriptSettings(2, 0, false, 3),
            List.of("flaky-dependency"),
            List.of(t.rounds().get(1)));
    String yaml = TranscriptYaml.toYaml(designOnly);
    assertThat(yaml).doesNotContain("kind:").doesNotContain("principle:").doesNotContain("lp:");
    Transcript back = TranscriptYaml.read(TranscriptYaml.write(designOnly), "t.yaml");
    assertThat(back.rounds().get(0).kind()).isEmpty();
    assertThat(back.settings().roundSettings().lp()).isEqualTo(RoundSettings.LP_AUTO);
  }
}
