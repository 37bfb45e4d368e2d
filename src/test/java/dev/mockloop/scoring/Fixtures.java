package dev.mockloop.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small scenario built in code, and the shipped glossary, for scorer tests. */
public final class Fixtures {
  private Fixtures() {}

  public static Glossary shippedGlossary() {
    try {
      JsonNode root =
          new ObjectMapper(new YAMLFactory()).readTree(Path.of("questions/glossary.yaml").toFile());
      List<List<String>> groups = new ArrayList<>();
      for (JsonNode group : root.get("synonyms")) {
        List<String> g = new ArrayList<>();
        group.forEach(n -> g.add(n.asText()));
        groups.add(g);
      }
      return new Glossary(groups);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RubricPoint point(String id, String dimension, int weight, String... any) {
    return new RubricPoint(
        id,
        "Covers " + id.replace('-', ' '),
        dimension,
        weight,
        List.of(any),
        "Mention " + any[0] + ".");
  }

  // spotless:off
  static final List<RubricPoint> L6_RUBRIC = List.of(
      point("latency-fit", "analysis", 3, "single-digit millisecond", "p99", "1-4 ms"),
      point("throughput", "metrics", 2, "100K QPS", "100,000 requests per second"),
      point("partition-key", "design", 3, "partition key", "high-cardinality key"),
      point("dax-cache", "design", 2, "DAX", "DynamoDB Accelerator"),
      point("gsi", "design", 2, "GSI", "secondary index"),
      point("cost", "trade-offs", 2, "$0.25 per million", "on-demand capacity", "cost per month"),
      point("availability", "operations", 2, "99.99%", "multi-AZ", "no single point of failure"),
      point("query-limits", "trade-offs", 2, "no joins", "limited query patterns",
          "access patterns up front"));
  // spotless:on

  // spotless:off
  static final List<RubricPoint> L7_RUBRIC = List.of(
      point("tco", "cost", 3, "total cost of ownership", "three-year cost"),
      point("team-skills", "organization", 2, "NoSQL expertise", "training", "hiring"),
      point("lock-in", "risk", 2, "vendor lock-in", "exit strategy"),
      point("roadmap", "execution", 2, "phased migration", "pilot", "milestones"),
      point("business", "strategy", 3, "customer experience", "revenue", "business goals"));
  // spotless:on

  // spotless:off
  static final FollowUp COMPLEX_QUERIES = new FollowUp("complex-queries",
      "What if you need complex queries later?", 4, List.of("query-limits"), List.of(
          point("cqrs", "design", 2, "CQRS", "read model"),
          point("stream", "design", 2, "DynamoDB Streams", "change data capture"),
          point("search", "design", 1, "OpenSearch", "Elasticsearch")), "");
  // spotless:on

  public static Scenario scenario() {
    LevelSpec l6 =
        new LevelSpec(
            "Choose between DynamoDB and RDS for a product catalog.",
            "",
            12,
            L6_RUBRIC,
            List.of(COMPLEX_QUERIES),
            "");
    LevelSpec l7 =
        new LevelSpec(
            "Decide the database strategy for the org.", "", 12, L7_RUBRIC, List.of(), "");
    return new Scenario(
        "dynamodb-vs-rds",
        "DynamoDB vs RDS",
        "databases",
        List.of(),
        "",
        Map.of(Level.L6, l6, Level.L7, l7),
        "test",
        "");
  }

  static Scenario singleLevel() {
    LevelSpec l6 = new LevelSpec("Choose.", "", 12, L6_RUBRIC, List.of(), "");
    return new Scenario(
        "single", "Single", "databases", List.of(), "", Map.of(Level.L6, l6), "test", "");
  }
}
