package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large generated bank (400 scenarios, each two levels of 9 points and 2 follow-ups, about 9 KB)
 * loads completely and without problems. How long that takes is measured by {@code
 * bench/java/dev/mockloop/bank/BankLoadBench}, not here.
 */
class GeneratedBankLoadTest {
  private static final int SCENARIOS = 400;

  @TempDir Path dir;

  @Test
  void generatedBankLoadsWithoutProblemsAndWithEveryScenario() {
    GeneratedBank.write(dir, SCENARIOS);
    LoadResult result = BankLoader.load(dir);
    assertThat(result.problems()).isEmpty();
    assertThat(result.bank().scenarios()).hasSize(SCENARIOS);
    assertThat(result.bank().ids())
        .doesNotHaveDuplicates()
        .contains("scenario-0", "scenario-" + (SCENARIOS - 1));
    Scenario last = result.bank().find("scenario-" + (SCENARIOS - 1)).orElseThrow();
    assertThat(last.levelSet()).containsExactly(Level.L6, Level.L7);
    LevelSpec l7 = last.level(Level.L7);
    assertThat(l7.rubric()).hasSize(9);
    assertThat(l7.followUps()).extracting(FollowUp::id).containsExactly("f0", "f1");
    assertThat(l7.followUps().get(1).rubric()).hasSize(3);
  }
}
