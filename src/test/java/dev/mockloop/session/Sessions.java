package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.TestBank;
import dev.mockloop.scoring.AnswerScorer;
import java.time.Clock;

/** Test helpers: loops played to a given point. */
final class Sessions {
  private Sessions() {}

  /** A practice run of one round, dynamodb-vs-rds at L6, saving to {@code store}. */
  static PracticeRun dynamoRun(SessionStore store, AnswerScorer scorer, Clock clock) {
    return PracticeRun.start(
        store,
        TestBank.bank(),
        scorer,
        clock,
        PlanRequest.single(Level.L6, "dynamodb-vs-rds", 5),
        StartAhead.none());
  }

  static Loop dynamoLoop(MutableClock clock) {
    return Loop.start(
        LoopPlanner.plan(TestBank.bank(), PlanRequest.single(Level.L6, "dynamodb-vs-rds", 5)),
        new FakeScorer(),
        clock);
  }

  /** Main answer submitted after 200 s, first follow-up half typed for 30 s. */
  static Loop midFollowUp(MutableClock clock) {
    Loop loop = dynamoLoop(clock);
    loop.current().on(RoundEvent.edit("DynamoDB: p99 of 1-4 ms.\n\n\tCost: $0.25 per million."));
    clock.advanceSeconds(200);
    loop.current().on(RoundEvent.submit());
    clock.advanceSeconds(30);
    loop.current().on(RoundEvent.edit("Add OpenSearch fed by stre"));
    return loop;
  }
}
