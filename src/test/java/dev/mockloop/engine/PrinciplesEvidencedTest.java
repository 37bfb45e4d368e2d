package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Scorer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PrinciplesEvidencedTest {
  private static final Bank BANK = BankLoader.load(Path.of("questions")).bank();
  private static final Scorer SCORER = new Scorer(BANK.glossary());

  private static PrinciplesEvidenced of(String answer) {
    Scenario s = BANK.find("dynamodb-vs-rds").orElseThrow();
    ScoreCard card = SCORER.scoreMain(answer, s, Level.L6);
    Instant t = Instant.parse("2026-12-02T00:00:00Z");
    Answer a = new Answer("main", "q", answer, t, 60, false, card, List.of());
    return PrinciplesEvidenced.of(
        new RoundState(
            s, Level.L6, 1, 1, Phase.main(), "q", "", t, null, t, "", List.of(a), List.of(), null));
  }

  @Test
  void coveredPointsCountForTheirPrincipleAndTheRestAreLeftToProbe() {
    Scenario s = BANK.find("dynamodb-vs-rds").orElseThrow();
    Set<String> tagged =
        s.level(Level.L6).rubric().stream()
            .map(RubricPoint::lp)
            .filter(lp -> lp != null && !lp.isBlank())
            .collect(Collectors.toSet());
    PrinciplesEvidenced model = of(s.level(Level.L6).modelAnswer());
    assertThat(model.evidenced()).isNotEmpty();
    assertThat(tagged).containsAll(model.evidenced().keySet());
    assertThat(model.evidenced().values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(3);
    PrinciplesEvidenced empty = of("I am not sure what I would do here.");
    assertThat(empty.evidenced()).isEmpty();
    assertThat(empty.toProbe()).containsExactlyInAnyOrderElementsOf(tagged);
  }

  @Test
  void principleIdsReadAsNames() {
    assertThat(RoundTitle.principle("dive-deep")).isEqualTo("Dive Deep");
    assertThat(RoundTitle.principle("insist-on-the-highest-standards"))
        .isEqualTo("Insist on the Highest Standards");
    assertThat(RoundTitle.principle("are-right-a-lot")).isEqualTo("Are Right a Lot");
  }
}
