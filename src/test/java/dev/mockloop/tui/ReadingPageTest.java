package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.TestBank;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading page before answering and the F2 page over the editor, down to 60x18. */
class ReadingPageTest {
  static final String TITLE =
      "Design a globally replicated ledger for a payments platform at scale x";
  static final String CONTEXT =
      "Payments run through 40 services owned by 12 teams. ".repeat(12)
          + "The ledger takes 2K writes/s at peak and the spend is $6M a year.";

  @TempDir Path dir;

  static Bank bank() {
    LevelSpec l6 =
        new LevelSpec(
            "How would you design the ledger so that no payment is lost" + " or applied twice?",
            CONTEXT,
            15,
            List.of(TestBank.point("idempotency", "design", 2, "idempotency key")),
            List.of(),
            "model ledger");
    Scenario ledger =
        new Scenario(
            "ledger",
            TITLE,
            "payments",
            List.of(),
            "",
            Map.of(Level.L6, l6),
            "q/ledger.yaml",
            "ef56");
    return new Bank("test", List.of(ledger), Glossary.EMPTY);
  }

  private VirtualTui ledger(int cols, int rows) throws Exception {
    return new VirtualTui(
        dir,
        cols,
        rows,
        true,
        Optional.of(PlanRequest.single(Level.L6, "ledger", 1)),
        bank(),
        "2026-11-29T08:00:00Z");
  }

  @Test
  void theWholeContextIsReadableAt60By18BeforeAnswering() throws Exception {
    try (VirtualTui tui = ledger(60, 18)) {
      String first = tui.text();
      List<String> lines = first.lines().toList();
      assertThat(lines.get(0)).endsWith(" 15:00").contains("…");
      // the key lines wrap to two at 60 columns rather than drop a key
      assertThat(lines.get(lines.size() - 2) + lines.get(lines.size() - 1))
          .contains("Enter start answering")
          .contains("Ctrl-C quit");
      assertThat(first)
          .contains("Read the question and context")
          .contains("applied twice?")
          .doesNotContain("Your answer");
      assertThat(((RoundView) tui.app.view()).pageShown()).isTrue();
      for (int i = 0; i < 10 && !tui.text().contains("2K writes/s"); i++) {
        tui.key(KeyType.PageDown);
      }
      assertThat(tui.text()).contains("2K writes/s").contains("$6M a");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("Your answer · 0 words");
    }
  }

  @Test
  void typingOnTheReadingPageStartsTheAnswerWithWhatWasTyped() throws Exception {
    try (VirtualTui tui = ledger(80, 24)) {
      tui.type("Use an idempotency key");
      assertThat(tui.text()).contains("Your answer · 4 words").contains("Use an idempotency key");
    }
  }

  @Test
  void f2ShowsTheWholeQuestionOverTheDraftAndBack() throws Exception {
    try (VirtualTui tui = ledger(60, 18)) {
      tui.key(KeyType.Enter);
      tui.type("Half a draft");
      tui.key(KeyType.F2);
      String over = tui.text();
      assertThat(over)
          .contains("Question and context")
          .contains("your answer: 3 words")
          .contains("F2/Esc back to answer")
          .doesNotContain("Half a draft");
      for (int i = 0; i < 10 && !tui.text().contains("2K writes/s"); i++) {
        tui.key(KeyType.ArrowDown);
      }
      assertThat(tui.text()).contains("2K writes/s");
      tui.key(KeyType.Escape);
      assertThat(tui.text())
          .contains("Half a draft")
          .contains("Your answer · 3 words")
          .doesNotContain("Leave the loop");
      tui.ctrl('t');
      assertThat(tui.text()).contains("Question and context");
      tui.type(" kept");
      assertThat(tui.text()).contains("Half a draft kept");
    }
  }
}
