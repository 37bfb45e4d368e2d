package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape bank v2 promises: breadth (scenarios and topics), both levels everywhere, the
 * principal's technical bar in the new scenarios' L7 rubrics, a sizing point in their L6 rubrics,
 * and Leadership Principle tags from levels.yaml.
 */
class BankV2Test {
  private static Bank bank;

  @BeforeAll
  static void load() {
    LoadResult r = BankLoader.load(Path.of("questions"));
    assertThat(r.errors()).isEmpty();
    bank = r.bank();
  }

  @Test
  void atLeastSixtyScenariosOverFourteenTopicsEachAtBothLevels() {
    assertThat(bank.scenarios().stream().filter(s -> !s.behavioral()))
        .hasSizeGreaterThanOrEqualTo(60);
    Map<String, Long> perTopic =
        bank.scenarios().stream()
            .filter(s -> !s.behavioral())
            .collect(Collectors.groupingBy(Scenario::topic, Collectors.counting()));
    assertThat(perTopic).hasSizeGreaterThanOrEqualTo(14);
    assertThat(perTopic.values()).as(perTopic.toString()).allMatch(n -> n >= 3);
    assertThat(bank.scenarios())
        .allMatch(s -> s.level(Level.L6) != null && s.level(Level.L7) != null);
  }

  @Test
  void newScenariosCarryThePrincipalsTechnicalBarAndSizing() {
    var v2 =
        bank.scenarios().stream()
            .filter(s -> s.source().contains("bank v2") && !s.behavioral())
            .toList();
    assertThat(v2).hasSizeGreaterThanOrEqualTo(40);
    for (Scenario s : v2) {
      long technical =
          s.level(Level.L7).rubric().stream()
              .filter(p -> p.dimension().equals("technical") && p.weight() >= 3)
              .count();
      assertThat(technical).as(s.id() + " L7 technical points").isGreaterThanOrEqualTo(2);
      assertThat(s.level(Level.L6).rubric()).as(s.id() + " L6 rubric size").hasSizeBetween(10, 11);
      for (Level level : Level.values()) {
        assertThat(s.level(level).followUps().stream().filter(f -> f.whenSaid().isEmpty()))
            .as(s.id() + " " + level + " follow-ups asked without a dive-deep trigger")
            .hasSize(3);
      }
    }
  }

  @Test
  void everyScenarioLevelHasADiveDeepFollowUp() {
    for (Scenario s : bank.scenarios()) {
      for (var spec : s.levels().entrySet()) {
        assertThat(spec.getValue().followUps().stream().anyMatch(f -> !f.whenSaid().isEmpty()))
            .as(s.id() + " " + spec.getKey() + " has a when_said follow-up")
            .isTrue();
      }
    }
  }

  @Test
  void principleTagsComeFromLevelsYaml() {
    var listed = bank.guide().principles().keySet();
    assertThat(listed).contains("dive-deep", "frugality", "ownership", "customer-obsession");
    bank.scenarios()
        .forEach(
            s ->
                s.levels()
                    .values()
                    .forEach(
                        spec ->
                            spec.rubric()
                                .forEach(
                                    p ->
                                        assertThat(p.lp().isEmpty() || listed.contains(p.lp()))
                                            .as(s.id() + " " + p.id() + " lp " + p.lp())
                                            .isTrue())));
  }
}
