package dev.mockloop.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 2: a bank's text reaches the terminal without its escape sequences on every
 * line-mode path, the status line included (it once retitled the window and cleared the screen).
 */
class InjectionTest {
  static final String EVIL =
      "Evil \u001b]0;pwned\u0007title\u001b[2J \u001b]52;c;aGk=\u0007" + "\u009b31m end";

  @TempDir Path sessions;
  private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");

  static Bank evilBank() {
    Scenario d = TestBank.dynamo();
    Scenario evil =
        new Scenario(
            d.id(), EVIL, d.topic(), d.tags(), d.source(), d.levels(), d.file(), d.sha256());
    return new Bank("evil", List.of(evil), Glossary.EMPTY);
  }

  @Test
  void theStatusLineAndHeadersCarryNoEscapeSequenceFromTheBank() throws Exception {
    Bank bank = evilBank();
    RoundSettings noFollowUps = new RoundSettings(0, 0, false);
    // predates the self-rating step: the folder remembers "don't ask again"
    new dev.mockloop.session.UserState(sessions).rememberSelfRate(false);
    LineContext ctx =
        new LineContext(
            bank,
            new Scorer(bank.glossary()),
            new SessionStore(sessions),
            clock,
            false,
            true,
            noFollowUps,
            Duration.ofMillis(20));
    Optional<PlanRequest> req =
        Optional.of(
            new PlanRequest(Level.L6, List.of(), List.of("dynamodb-vs-rds"), 1, 1L, noFollowUps));
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run =
          CompletableFuture.supplyAsync(() -> LineMode.run(ctx, req, t.terminal()));
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> {
            while (!t.output().contains("min left") && !t.output().contains(":00 left")) {
              Thread.sleep(10);
            }
          },
          () -> "no status line; output:\n" + t.output());
      t.type("an answer\n.\n");
      // keys typed on after an answer are dropped (TypedAhead): each reply waits for its question
      awaitOutput(t, "Mark a missed point as covered?");
      t.type("\n"); // go on
      awaitOutput(t, "Show the model answer?");
      t.type("\n"); // no
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run.get(20, TimeUnit.SECONDS));
      String out = t.output();
      assertThat(out)
          .contains("Evil", "title")
          .doesNotContain("\u001b]", "\u001b[2J", "\u009b", "\u0007");
    }
  }

  private static void awaitOutput(PipedTerminal t, String text) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          while (!t.output().contains(text)) {
            Thread.sleep(10);
          }
        },
        () -> "never printed " + text + "; output so far:\n" + t.output());
  }
}
