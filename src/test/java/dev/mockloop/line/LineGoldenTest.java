package dev.mockloop.line;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStore;
import dev.mockloop.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted round in line mode (piped, so printed notices rather than a status line) with a fixed
 * clock: what it prints and the transcript YAML it saves, each compared whole with a golden file.
 * The session id's random suffix and the temporary folder are the only parts replaced.
 */
class LineGoldenTest {
  @TempDir Path sessions;

  @Test
  void scriptedRoundPrintsAndSavesTheGoldenText() throws Exception {
    Bank bank = TestBank.bank();
    LineContext ctx =
        new LineContext(
            bank,
            new Scorer(bank.glossary()),
            new SessionStore(sessions),
            MutableClock.at("2026-01-05T10:00:00Z"),
            false,
            false,
            RoundSettings.DEFAULT,
            Duration.ofMillis(20));
    Optional<PlanRequest> dynamo =
        Optional.of(
            new PlanRequest(
                Level.L6, List.of(), List.of("dynamodb-vs-rds"), 1, 1L, RoundSettings.DEFAULT));
    try (PipedTerminal t = new PipedTerminal(true)) {
      t.type(
          "I would choose DynamoDB: p99 reads in single-digit ms.\nThe access pattern is"
              + " key-value, and cost stays low at $0.25 per million reads.\n.\n"
              + "On-demand mode at 10x; compare with provisioned.\n.\n"
              + "A hybrid: stream changes to OpenSearch!\n.\n");
      t.endInput();
      List<Path> saved =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> LineMode.run(ctx, dynamo, t.terminal()));
      Golden.check("line/round.txt", stable(t.output()));
      Golden.check(
          "transcript/line-round.yaml",
          stable(Files.readString(saved.get(0), StandardCharsets.UTF_8)));
    }
  }

  /** The text with the temporary folder and the id's random suffix replaced. */
  private String stable(String text) {
    return text.replace(sessions.toString(), "SESSIONS")
        .replaceAll("(\\d{4}-\\d\\d-\\d\\dT\\d{4})-[a-z2-9]{6}", "$1-RANDOM");
  }
}
