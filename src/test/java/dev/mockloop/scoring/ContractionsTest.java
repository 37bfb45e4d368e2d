package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Written forms that must match or must not: a negation in a rubric phrase matches its other
 * written form ("does not" and "doesn't"), and a two-word term said the other way round needs two
 * content words ("in order of $ per" is not "per order").
 */
class ContractionsTest {
  private static final Scorer SCORER = new Scorer(Glossary.EMPTY);

  // spotless:off
  private static final List<RubricPoint> RUBRIC = List.of(
      new RubricPoint("limits", "Names the copy tool's limits", "technical", 4, List.of(),
          List.of(List.of("transformation", "transformations", "reshaping"),
              List.of("does not", "limited")), "hint", ""),
      new RubricPoint("pause", "Pauses on lag", "operations", 3, List.of("can't outrun the replicas"),
          List.of(), "hint", ""),
      new RubricPoint("blind", "Says the canary misses leaks", "operations", 3,
          List.of("won't see the leak"), List.of(), "hint", ""));
  private static final Scenario S = new Scenario("copy", "A bulk copy", "data", List.of(), "",
      Map.of(Level.L6, new LevelSpec("Why not use the managed copy tool?", "", 4, RUBRIC,
          List.of(), "")), "test", "");
  // spotless:on

  private static boolean covers(String answer, String id) {
    return SCORER.scoreMain(answer, S, Level.L6).points().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow()
        .covered();
  }

  @Test
  void theOtherFormOfANegationIsTheSameWords() {
    assertThat(Contractions.other("does not scale")).isEqualTo("doesn't scale");
    assertThat(Contractions.other("We can’t pause")).isEqualTo("we cannot pause");
    assertThat(Contractions.other("won't and is not")).isEqualTo("will not and isn't");
    assertThat(Contractions.other("nothing to swap")).isNull();
    assertThat(Contractions.other("cannotice")).isNull();
  }

  @Test
  void anAnswerMatchesTheFormTheAuthorDidNotWrite() {
    String contracted = "It means our own transformation logic. The tool doesn't do that.";
    assertThat(covers(contracted, "limits")).isTrue();
    assertThat(covers("The backfill cannot outrun the replicas.", "pause")).isTrue();
    assertThat(covers("The backfill can't outrun the replicas.", "pause")).isTrue();
    assertThat(covers("The transformation logic is ours.", "limits")).isFalse();
  }

  @Test
  void aFunctionWordDoesNotMakeATermSaidTheOtherWayRound() {
    Scenario s =
        MatchingMechanismsTest.scenario(
            "Cut the bill.",
            MatchingMechanismsTest.concepts(
                "unit-cost", List.of(List.of("per order", "per request"), List.of("<money>"))));
    assertThat(
            MatchingMechanismsTest.covered(s, "Plan in order of $ per week: $5K off.", "unit-cost"))
        .isFalse();
    assertThat(MatchingMechanismsTest.covered(s, "Aim for $0.02 per order.", "unit-cost")).isTrue();
  }

  @Test
  void aContractionWrittenOutKeepsItsAuxiliary() {
    assertThat(covers("A short canary will not see the leak.", "blind")).isTrue();
    assertThat(covers("A short canary won't see the leak.", "blind")).isTrue();
    // "won't see" is not any "not see": "do not see" is a different statement
    assertThat(covers("I do not see the leak getting worse.", "blind")).isFalse();
  }
}
