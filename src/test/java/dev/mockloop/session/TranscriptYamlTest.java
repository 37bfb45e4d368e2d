package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.engine.MutableClock;
import dev.mockloop.testing.RandomInputs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TranscriptYamlTest {
  private final MutableClock clock = MutableClock.at("2026-11-29T08:12:00Z");

  private Transcript recorded() {
    return Recorder.transcript(
        "2026-11-29T0812-abcdef",
        Instant.parse("2026-11-29T08:12:00Z"),
        Sessions.midFollowUp(clock),
        SessionStatus.IN_PROGRESS,
        clock.instant());
  }

  @Test
  void writesTheDesignedFieldsInReadableYaml() {
    String yaml = TranscriptYaml.toYaml(recorded());
    assertThat(yaml)
        .contains("schema: 1")
        .contains("id: 2026-11-29T0812-abcdef")
        .contains("level: L6")
        .contains("status: in-progress")
        .contains("started_at: 2026-11-29T08:12:00Z")
        .contains("scenario: dynamodb-vs-rds")
        .contains("sha256: ab12")
        .contains("title: DynamoDB vs RDS at 100K QPS")
        .contains("seconds_used: 200")
        .contains("timed_out: false")
        .contains("phase: follow-up 1")
        .contains("text: Add OpenSearch fed by stre")
        .contains("covered: true");
  }

  @Test
  void theWritersWarmUpReachesEveryRecordOfTheTree() {
    assertThat(TranscriptYaml.records(Transcript.class, new java.util.LinkedHashSet<>()))
        .contains(
            Transcript.class,
            TranscriptSettings.class,
            TranscriptRound.class,
            TranscriptAnswer.class,
            TranscriptFollowUp.class,
            dev.mockloop.scoring.ScoreCard.class)
        .allMatch(Class::isRecord);
    TranscriptYaml.prepareWriter(); // then a save writes as before
    assertThat(TranscriptYaml.toYaml(recorded())).contains("id: 2026-11-29T0812-abcdef");
  }

  @Test
  void roundTripsExactly() {
    Transcript t = recorded();
    Transcript back = TranscriptYaml.read(TranscriptYaml.write(t), "t.yaml");
    assertThat(back).isEqualTo(t);
    assertThat(back.rounds().get(0).answer().text())
        .isEqualTo("DynamoDB: p99 of 1-4 ms.\n\n\tCost: $0.25 per million.");
  }

  @Test
  void anyAnswerTextSurvivesTheRoundTrip() {
    for (long seed = 1; seed <= 500; seed++) {
      String answer = answer(new Random(seed));
      Transcript t = recorded();
      TranscriptRound r = t.rounds().get(0);
      TranscriptAnswer a = r.answer();
      TranscriptRound r2 =
          new TranscriptRound(
              r.scenario(),
              r.sha256(),
              r.title(),
              r.topic(),
              r.prompt(),
              r.context(),
              r.minutes(),
              r.phase(),
              new TranscriptAnswer(
                  answer, a.secondsUsed(), a.timedOut(), a.submittedAt(), a.card()),
              r.followUps(),
              new Draft("main", answer + "  \n ", 3, clock.instant()),
              r.score());
      Transcript t2 =
          new Transcript(
              1,
              t.id(),
              t.level(),
              t.startedAt(),
              null,
              t.status(),
              t.settings(),
              t.planned(),
              java.util.List.of(r2));
      String input = "seed " + seed + ": answer " + RandomInputs.show(answer);
      Transcript back = TranscriptYaml.read(TranscriptYaml.write(t2), "t.yaml");
      assertThat(back.rounds().get(0).answer().text()).as(input).isEqualTo(answer);
      assertThat(back.rounds().get(0).draft().text()).as(input).isEqualTo(answer + "  \n ");
    }
  }

  private static final String TRICKY =
      "ab \n\t\r\u0085\u2028\u2029\u0000\u001b\u007f\ufeff#:-'\"\\|>~漢";

  /** Valid Unicode text (no lone surrogates, which no terminal can send), YAML's odd breaks. */
  private static String answer(Random r) {
    return r.nextBoolean() ? RandomInputs.text(r, 200) : RandomInputs.of(r, TRICKY, 40);
  }

  @Test
  void badFilesAreReportedWithLineAndColumn() {
    byte[] broken = "schema: 1\nid: x\nlevel: [\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TranscriptYaml.read(broken, "s/x.yaml"))
        .isInstanceOf(SessionException.class)
        .hasMessageStartingWith("s/x.yaml:");
    byte[] future =
        TranscriptYaml.toYaml(recorded())
            .replace("schema: 1", "schema: 9")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TranscriptYaml.read(future, "f.yaml"))
        .hasMessageContaining("schema 9 is not supported");
    byte[] traversal =
        TranscriptYaml.toYaml(recorded())
            .replace("id: 2026-11-29T0812-abcdef", "id: ../../etc/passwd")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TranscriptYaml.read(traversal, "p.yaml"))
        .hasMessageContaining("invalid session id");
    assertThatThrownBy(() -> TranscriptYaml.read(new byte[0], "e.yaml"))
        .hasMessageContaining("e.yaml");
  }

  /** A scored round whose main answer misses query-patterns, which the user marks covered. */
  private Transcript disputedRound() {
    dev.mockloop.engine.Loop loop = Sessions.dynamoLoop(clock);
    var round = loop.current();
    round.on(dev.mockloop.engine.RoundEvent.edit("p99 of 1-4 ms. Reads go by product id."));
    round.on(dev.mockloop.engine.RoundEvent.submit());
    round.on(dev.mockloop.engine.RoundEvent.edit("On-demand at first."));
    round.on(dev.mockloop.engine.RoundEvent.submit());
    round.on(dev.mockloop.engine.RoundEvent.submit());
    clock.advanceSeconds(30);
    round.on(new dev.mockloop.engine.RoundEvent.MarkCovered(0, "query-patterns", 15, 38));
    return Recorder.transcript(
        "2026-11-29T0812-abcdef",
        Instant.parse("2026-11-29T08:12:00Z"),
        loop,
        SessionStatus.COMPLETED,
        clock.instant());
  }

  @Test
  void disputesRoundTripNextToTheUnchangedCard() {
    Transcript t = disputedRound();
    String yaml = TranscriptYaml.toYaml(t);
    assertThat(yaml)
        .contains(
            "disputes:",
            "point_id: query-patterns",
            "sentence: Reads go by product id.",
            "start: 15",
            "end: 38",
            "at: 2026-11-29T08:12:30Z");
    Transcript back = TranscriptYaml.read(TranscriptYaml.write(t), "t.yaml");
    assertThat(back).isEqualTo(t);
    TranscriptAnswer main = back.rounds().get(0).answer();
    assertThat(main.disputed("query-patterns")).isTrue();
    assertThat(main.card().points())
        .filteredOn(p -> p.id().equals("query-patterns"))
        .singleElement()
        .satisfies(p -> assertThat(p.covered()).isFalse());
    assertThat(yaml.indexOf("disputes:"))
        .as("one answer disputed, so one list")
        .isEqualTo(yaml.lastIndexOf("disputes:"));
  }

  @Test
  void transcriptsWithoutDisputesLoadAndWriteNone() {
    String yaml = TranscriptYaml.toYaml(recorded());
    assertThat(yaml).doesNotContain("disputes");
    Transcript old = TranscriptYaml.read(yaml.getBytes(StandardCharsets.UTF_8), "old.yaml");
    assertThat(old.rounds().get(0).answer().disputes()).isEmpty();
  }

  @Test
  void aResumedSessionKeepsItsDisputes() {
    Transcript t = disputedRound();
    dev.mockloop.engine.Loop loop =
        Recovery.resume(
            t, dev.mockloop.engine.TestBank.bank(), new dev.mockloop.engine.FakeScorer(), clock);
    assertThat(loop.current().state().mainAnswer().dispute("query-patterns"))
        .map(dev.mockloop.engine.Dispute::sentence)
        .contains("Reads go by product id.");
  }

  @Test
  void aDisputeOfAPointTheCardLacksIsReportedWithItsPlace() {
    byte[] bad =
        TranscriptYaml.toYaml(disputedRound())
            .replace("point_id: query-patterns", "point_id: no-such-point")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TranscriptYaml.read(bad, "d.yaml"))
        .isInstanceOf(SessionException.class)
        .hasMessageMatching("d\\.yaml:\\d+:\\d+: .*no-such-point.*");
  }
}
