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
