package dev.mockloop.engine;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.List;
import java.util.Map;

/** A small in-memory bank for tests: three database scenarios and one on reliability. */
public final class TestBank {
  private TestBank() {}

  public static Bank bank() {
    return new Bank(
        "test",
        List.of(
            dynamo(),
            scenario("cache-aside", "databases"),
            scenario("queue-choice", "messaging"),
            scenario("circuit-breaker", "reliability")),
        Glossary.EMPTY);
  }

  /** dynamodb-vs-rds: L6 12 minutes with three follow-ups; L7 too. */
  public static Scenario dynamo() {
    LevelSpec l6 =
        new LevelSpec(
            "You need 100,000 QPS with single-digit millisecond latency. Choose between DynamoDB"
                + " and RDS.",
            "E-commerce product catalog; flash sales.",
            12,
            List.of(
                point("latency-fit", "analysis", 3, "p99", "single-digit"),
                point("query-patterns", "design", 2, "access pattern", "query pattern"),
                point("cost", "trade-offs", 2, "cost", "$")),
            List.of(
                new FollowUp(
                    "cost-probe",
                    "How would cost change at 10x?",
                    4,
                    List.of("cost"),
                    List.of(point("on-demand", "metrics", 1, "on-demand")),
                    "Compare modes."),
                new FollowUp(
                    "complex-queries",
                    "What if you need complex queries later?",
                    4,
                    List.of("query-patterns"),
                    List.of(point("hybrid", "design", 1, "opensearch", "hybrid")),
                    "A hybrid."),
                new FollowUp(
                    "hot-partition",
                    "What about hot partitions?",
                    3,
                    List.of(),
                    List.of(point("sharding", "operations", 1, "write sharding")),
                    "")),
            "Model answer: DynamoDB with DAX.");
    LevelSpec l7 =
        new LevelSpec(
            "Set the database strategy for the org.",
            "",
            20,
            List.of(point("tco", "cost", 2, "tco")),
            List.of(),
            "Model L7.");
    return new Scenario(
        "dynamodb-vs-rds",
        "DynamoDB vs RDS at 100K QPS",
        "databases",
        List.of("dynamodb"),
        "seed",
        Map.of(Level.L6, l6, Level.L7, l7),
        "questions/databases/dynamodb-vs-rds.yaml",
        "ab12");
  }

  static Scenario scenario(String id, String topic) {
    LevelSpec l6 =
        new LevelSpec(
            "Prompt for " + id,
            "",
            10,
            List.of(point(id + "-point", "analysis", 1, id)),
            List.of(),
            "model " + id);
    return new Scenario(
        id, "Title " + id, topic, List.of(), "", Map.of(Level.L6, l6), "q/" + id + ".yaml", "cd34");
  }

  public static RubricPoint point(String id, String dim, int weight, String... any) {
    return new RubricPoint(id, "Point " + id, dim, weight, List.of(any), "Hint for " + id);
  }
}
