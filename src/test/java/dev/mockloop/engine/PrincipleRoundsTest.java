package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.QuestionKind;
import dev.mockloop.bank.Scenario;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rounds like the real hour: principle questions first, spread over the loop, --lp, --lp-only. */
class PrincipleRoundsTest {
  private static Bank bank;

  /** banks/lp plus copies: 4 technical scenarios, 6 behavioural ones over 4 principles. */
  @BeforeAll
  static void load() throws URISyntaxException {
    Bank lp =
        BankLoader.load(Path.of(PrincipleRoundsTest.class.getResource("/banks/lp").toURI())).bank();
    Scenario design = lp.find("flaky-dependency").orElseThrow();
    Scenario story = lp.find("ownership-outside-your-remit").orElseThrow();
    List<Scenario> all = new ArrayList<>(lp.scenarios());
    for (int i = 2; i <= 4; i++) {
      all.add(copy(design, "design-" + i, QuestionKind.DESIGN, ""));
    }
    all.add(copy(story, "ownership-two", QuestionKind.BEHAVIORAL, "ownership"));
    all.add(copy(story, "frugality-one", QuestionKind.BEHAVIORAL, "frugality"));
    all.add(copy(story, "dive-deep-one", QuestionKind.BEHAVIORAL, "dive-deep"));
    all.add(copy(story, "dive-deep-two", QuestionKind.BEHAVIORAL, "dive-deep"));
    bank = new Bank("test", all, lp.glossary(), lp.guide());
  }

  private static Scenario copy(Scenario s, String id, QuestionKind kind, String principle) {
    return new Scenario(
        id,
        s.title(),
        s.topic(),
        s.tags(),
        s.source(),
        s.levels(),
        s.file(),
        s.sha256(),
        kind,
        principle);
  }

  private static LoopPlan plan(List<String> ids, int rounds, RoundSettings settings) {
    return LoopPlanner.plan(bank, new PlanRequest(Level.L6, List.of(), ids, rounds, 5, settings));
  }

  @Test
  void byDefaultARoundIsOnePrincipleQuestionThenTheTechnicalScenario() {
    LoopPlan plan = plan(List.of(), 0, RoundSettings.DEFAULT);
    assertThat(plan.scenarios()).hasSize(2);
    assertThat(plan.scenarios().get(0).behavioral()).isTrue();
    assertThat(plan.scenarios().get(1).behavioral()).isFalse();
  }

  @Test
  void aFullLoopSpreadsPrinciplesSoNoneRepeats() {
    for (long seed = 0; seed < 20; seed++) {
      LoopPlan plan =
          LoopPlanner.plan(
              bank,
              new PlanRequest(Level.L6, List.of(), List.of(), 4, seed, RoundSettings.DEFAULT));
      List<String> principles =
          plan.scenarios().stream().filter(Scenario::behavioral).map(Scenario::principle).toList();
      assertThat(principles).as("seed " + seed).hasSize(4).doesNotHaveDuplicates();
      assertThat(plan.scenarios().stream().filter(s -> !s.behavioral())).hasSize(4);
    }
  }

  @Test
  void lpTwoAsksTwoPrincipleQuestionsBeforeEachTechnicalOneAndLpZeroNone() {
    LoopPlan two = plan(List.of(), 2, RoundSettings.DEFAULT.withLp(2, false));
    assertThat(two.scenarios())
        .extracting(Scenario::behavioral)
        .containsExactly(true, true, false, true, true, false);
    LoopPlan none = plan(List.of(), 2, RoundSettings.DEFAULT.withLp(0, false));
    assertThat(none.scenarios()).noneMatch(Scenario::behavioral).hasSize(2);
  }

  @Test
  void aBankWithFewerPrinciplesThanNeededRepeatsRatherThanRefuses() {
    LoopPlan plan = plan(List.of(), 3, RoundSettings.DEFAULT.withLp(2, false));
    List<String> principles =
        plan.scenarios().stream().filter(Scenario::behavioral).map(Scenario::principle).toList();
    assertThat(principles).hasSize(6);
    assertThat(principles.subList(0, 4)).doesNotHaveDuplicates();
  }

  @Test
  void namedScenariosGetNoPrincipleQuestionUnlessAsked() {
    assertThat(plan(List.of("flaky-dependency"), 0, RoundSettings.DEFAULT).scenarios())
        .extracting(Scenario::id)
        .containsExactly("flaky-dependency");
    assertThat(
            plan(List.of("flaky-dependency"), 0, RoundSettings.DEFAULT.withLp(1, false))
                .scenarios())
        .hasSize(2)
        .first()
        .matches(Scenario::behavioral);
  }

  @Test
  void aBehaviouralIdCanBeNamedAloneOrWithATechnicalScenario() {
    assertThat(plan(List.of("ownership-outside-your-remit"), 0, RoundSettings.DEFAULT).scenarios())
        .extracting(Scenario::id)
        .containsExactly("ownership-outside-your-remit");
    assertThat(
            plan(List.of("flaky-dependency", "frugality-one"), 0, RoundSettings.DEFAULT)
                .scenarios())
        .extracting(Scenario::id)
        .containsExactly("frugality-one", "flaky-dependency");
  }

  @Test
  void lpOnlyDrillsBehaviouralQuestionsAlone() {
    LoopPlan plan = plan(List.of(), 3, RoundSettings.DEFAULT.withLp(RoundSettings.LP_AUTO, true));
    assertThat(plan.scenarios()).hasSize(3).allMatch(Scenario::behavioral);
    assertThat(plan.scenarios()).extracting(Scenario::principle).doesNotHaveDuplicates();
    LoopPlan topic =
        LoopPlanner.plan(
            bank,
            new PlanRequest(
                Level.L6, List.of("behavioral"), List.of(), 2, 1, RoundSettings.DEFAULT));
    assertThat(topic.scenarios()).hasSize(2).allMatch(Scenario::behavioral);
  }

  @Test
  void theMinutesOverrideIsForTheTechnicalQuestion() {
    LoopPlan plan = plan(List.of(), 1, new RoundSettings(2, 30, false));
    assertThat(plan.round(0).mainMinutes()).isEqualTo(6);
    assertThat(plan.round(1).mainMinutes()).isEqualTo(30);
  }

  @Test
  void askingForPrincipleQuestionsFromABankWithoutAnyIsAClearError() {
    Bank designOnly =
        new Bank(
            "mine",
            bank.scenarios().stream().filter(s -> !s.behavioral()).toList(),
            bank.glossary(),
            bank.guide());
    assertThat(
            LoopPlanner.plan(
                    designOnly,
                    new PlanRequest(Level.L6, List.of(), List.of(), 1, 1, RoundSettings.DEFAULT))
                .scenarios())
        .hasSize(1);
    assertThatThrownBy(
            () ->
                LoopPlanner.plan(
                    designOnly,
                    new PlanRequest(
                        Level.L6,
                        List.of(),
                        List.of(),
                        1,
                        1,
                        RoundSettings.DEFAULT.withLp(1, false))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("use --lp 0");
  }
}
