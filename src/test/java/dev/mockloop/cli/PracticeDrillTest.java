package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PracticeDrillTest {
  @TempDir Path sessions;

  private RootCommand root() {
    StringWriter sink = new StringWriter();
    CommandLine cl = Cli.build(new PrintWriter(sink), new PrintWriter(sink), Map.of());
    cl.parseArgs("--questions", "questions", "--sessions", sessions.toString());
    return cl.getCommand();
  }

  @Test
  void aLowScoreFromLastWeekIsDueFirstAndNewScenariosFollow() throws Exception {
    Instant weekAgo = Instant.now().minusSeconds(7 * 24 * 3600);
    new SessionStore(sessions)
        .save(Transcripts.dynamo("2026-11-01T0900-lowlow", weekAgo.toString(), "p99 only"));
    StringWriter out = new StringWriter();

    PlanRequest req =
        PracticeDrill.request(
            root(), Level.L6, List.of(), null, 5, RoundSettings.DEFAULT, new PrintWriter(out));

    assertThat(req.scenarioIds()).hasSize(PracticeDrill.DEFAULT_ROUNDS).doesNotHaveDuplicates();
    assertThat(req.scenarioIds().get(0)).isEqualTo("dynamodb-vs-rds");
    assertThat(out.toString())
        .contains(
            "Drill at L6 (1 past session in " + sessions + "):",
            "1. dynamodb-vs-rds: due again: scored 42 on ",
            "2. ",
            ": new: not practised yet at L6");
  }

  /**
   * dynamodb-vs-rds and multi-region-failover both have an L6 point {@code consistency}, with
   * different sentences: misses of the first must not make the second, never answered, a weak spot.
   */
  @Test
  void aWeakSpotIsTheScenarioWhosePointWasMissedInItsOwnWords() throws Exception {
    Instant now = Instant.now();
    SessionStore store = new SessionStore(sessions);
    List<Transcripts.P> others = List.of(new Transcripts.P("fallback", "design", 1, "fallback"));
    // spotless:off
    List<Transcripts.P> dynamo = List.of(
        new Transcripts.P("latency-fit", "analysis", 3, "p99"),
        new Transcripts.P("access-patterns", "design", 2, "access pattern"),
        new Transcripts.P("cost-model", "trade-offs", 2, "cost"),
        new Transcripts.P("consistency", "trade-offs", 1, "consistency model"));
    // spotless:on
    String[] ids = {"2026-11-01T0900-aaaaaa", "2026-11-02T0900-bbbbbb", "2026-11-03T0900-cccccc"};
    String[] scenarios = {"circuit-breaker", "kinesis-vs-sqs"};
    for (int i = 0; i < 2; i++) {
      Instant at = now.minusSeconds((2 + i) * 86_400L);
      store.save(
          Transcripts.session(
              ids[i],
              Level.L6,
              at,
              Transcripts.round(scenarios[i], "t", "a fallback", 300, at, others)));
    }
    for (int days : new int[] {3, 5}) {
      Instant at = now.minusSeconds(days * 86_400L);
      String id = days == 3 ? ids[2] : "2026-11-04T0900-dddddd";
      store.save(
          Transcripts.session(
              id,
              Level.L6,
              at,
              Transcripts.round(
                  "dynamodb-vs-rds", "databases", "p99, access pattern, cost", 300, at, dynamo)));
    }
    StringWriter out = new StringWriter();

    PracticeDrill.request(
        root(), Level.L6, List.of(), 5, 5, RoundSettings.DEFAULT, new PrintWriter(out));

    assertThat(out.toString())
        .doesNotContain("multi-region-failover: weak spot")
        .contains(
            "dynamodb-vs-rds: weak spot: asks “Decides the consistency model - eventually"
                + " consistent reads are fine for product details, strongly consistent reads where"
                + " it matters.” (missed twice)");
  }

  @Test
  void anUnknownTopicIsBadInput() {
    assertThatThrownBy(
            () ->
                PracticeDrill.request(
                    root(),
                    Level.L7,
                    List.of("nope"),
                    2,
                    1,
                    RoundSettings.DEFAULT,
                    new PrintWriter(new StringWriter())))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("unknown topic 'nope'");
  }
}
