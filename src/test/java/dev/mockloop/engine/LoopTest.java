package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopTest {
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");

  @Test
  void playsEveryRoundInOrderThenCompletes() {
    LoopPlan plan =
        LoopPlanner.plan(
            TestBank.bank(),
            new PlanRequest(
                Level.L6,
                List.of(),
                List.of("cache-aside", "queue-choice"),
                0,
                1,
                new RoundSettings(0, 0, false)));
    Loop loop = Loop.start(plan, new FakeScorer(), clock);
    assertThat(loop.hasNext()).isFalse();
    loop.current().on(RoundEvent.edit("cache-aside with TTL"));
    loop.current().on(RoundEvent.submit());
    assertThat(loop.hasNext()).isTrue();
    Round second = loop.next();
    assertThat(second.state().round()).isEqualTo(2);
    assertThat(second.state().scenario().id()).isEqualTo("queue-choice");
    second.on(RoundEvent.submit());
    assertThat(loop.completed()).isTrue();
    assertThat(loop.averageScore()).isEqualTo(50);
    assertThatThrownBy(loop::next).isInstanceOf(IllegalStateException.class);
  }
}
