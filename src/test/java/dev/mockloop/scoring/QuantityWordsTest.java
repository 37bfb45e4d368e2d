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

/** Quantities said in words count as the quantities they are: money, percentages, durations. */
class QuantityWordsTest {
  private static final Scorer SCORER = new Scorer(Glossary.EMPTY);

  private static boolean covers(String placeholder, String answer) {
    RubricPoint p =
        new RubricPoint(
            "q",
            "Puts a number on it",
            "metrics",
            3,
            List.of(),
            List.of(List.of("saving", "target", "under", "cost"), List.of(placeholder)),
            "hint",
            "");
    Scenario s =
        new Scenario(
            "q",
            "Quantities",
            "resilience",
            List.of(),
            "",
            Map.of(
                Level.L6, new LevelSpec("Say what it is worth.", "", 6, List.of(p), List.of(), "")),
            "test",
            "");
    return SCORER.scoreMain(answer, s, Level.L6).points().get(0).covered();
  }

  @Test
  void moneyWithAScaleWordAndAPeriodIsMoneyWithoutADollarSign() {
    assertThat(covers("<money>", "The saving is 2.4 million a year.")).isTrue();
    assertThat(covers("<money>", "It should cost about 600 thousand a month.")).isTrue();
    assertThat(covers("<money>", "The saving is roughly 300K per year.")).isTrue();
    assertThat(covers("<money>", "The saving is $2.4M a year.")).isTrue();
    assertThat(covers("<money>", "It should cost 2 million dollars.")).isTrue();
  }

  @Test
  void moneyWordsBeforeAScaledNumberMakeItMoney() {
    assertThat(covers("<money>", "That is a saving of 2.4 million over three years.")).isTrue();
    assertThat(covers("<money>", "The cost is about 1.5 million, mostly people.")).isTrue();
  }

  @Test
  void countsOfThingsAreNotMoney() {
    assertThat(covers("<money>", "The target is 2 million requests a month.")).isFalse();
    assertThat(covers("<money>", "The target is 40 a year.")).isFalse();
    assertThat(covers("<money>", "We keep the cost under 3 replicas per shard.")).isFalse();
  }

  @Test
  void oneAsAWordCountsBeforeAUnit() {
    assertThat(covers("<percent>", "The target is one percent of errors.")).isTrue();
    assertThat(covers("<duration>", "The target is under one hour to restore.")).isTrue();
    assertThat(covers("<duration>", "The target is under fifteen minutes.")).isTrue();
    assertThat(covers("<number>", "The target is one of the goals.")).isFalse();
  }
}
