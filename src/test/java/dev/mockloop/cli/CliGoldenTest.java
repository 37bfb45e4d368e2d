package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import dev.mockloop.testing.Golden;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's public outputs, whole, against golden files under {@code golden/cli/}: {@code score}
 * (text and {@code --json}), {@code score --batch} lines, {@code review show --markdown}, {@code
 * review list} and {@code questions list}. The bank is the small test bank {@code banks/good}, not
 * the shipped one, so editing the shipped questions does not touch these.
 */
class CliGoldenTest {
  static final String BANK = "src/test/resources/banks/good";
  static final String ANSWER =
      "I would start from the access pattern: key lookups at 100K QPS."
          + " DynamoDB gives a p99 of 1-4 ms; RDS would need read replicas and sharding.\n"
          + "A high cardinality partition key spreads the load. On-demand costs more per request"
          + " than provisioned capacity once traffic is steady.\n";
  // spotless:off
  private static final Map<String, String> ENV =
      Map.of("NO_COLOR", "1", "TZ", "UTC", "COLUMNS", "100");
  // spotless:on

  @TempDir Path dir;

  private String run(String stdin, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of("--questions", BANK, "--sessions", dir.resolve("sessions").toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            all.toArray(String[]::new),
            TestContext.of(
                ENV,
                stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8),
                out,
                err,
                Clock.systemUTC()));
    assertThat(status).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void scoreAsTextAndAsJson() {
    Golden.check(
        "cli/score.txt", run(ANSWER, "score", "--scenario", "dynamodb-vs-rds", "--level", "L6"));
    Golden.check(
        "cli/score.json",
        run(ANSWER, "score", "--scenario", "dynamodb-vs-rds", "--level", "L6", "--json"));
    Golden.check(
        "cli/score-follow-up.json",
        run(
            "Add a GSI, and streams to OpenSearch.",
            "score",
            "--scenario",
            "dynamodb-vs-rds",
            "--level",
            "L6",
            "--follow-up",
            "complex-queries",
            "--json"));
  }

  @Test
  void scoreBatchLines() {
    String batch =
        """
        {"id": "main", "scenario": "dynamodb-vs-rds", "level": "L6", "answer": "p99 of 1-4 ms; a partition key with high cardinality"}
        {"id": 2, "scenario": "dynamodb-vs-rds", "level": "L6", "follow_up": "outage", "answer": "A CloudWatch latency alarm and a throttling alarm."}
        {"id": "bad", "scenario": "no-such-scenario", "level": "L6", "answer": "x"}
        """;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new String[] {"--questions", BANK, "score", "--batch", "-"},
            TestContext.of(
                ENV, batch.getBytes(StandardCharsets.UTF_8), out, err, Clock.systemUTC()));
    assertThat(status).as("one line could not be scored").isEqualTo(2);
    Golden.check("cli/score-batch.jsonl", out.toString());
  }

  @Test
  void reviewShowMarkdownAndList() throws IOException {
    SessionStore store = new SessionStore(dir.resolve("sessions"));
    store.save(
        Transcripts.dynamo(
            "2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "the access pattern and p99"));
    store.save(
        Transcripts.dynamo(
            "2026-11-12T0900-bbbbbb", "2026-11-12T09:00:00Z", "p99 and the cost per read"));
    Golden.check(
        "cli/review-show.md", run(null, "review", "show", "2026-11-12T0900-bbbbbb", "--markdown"));
    Golden.check("cli/review-list.txt", run(null, "review", "list"));
  }

  @Test
  void questionsList() {
    Golden.check("cli/questions-list.txt", run(null, "questions", "list"));
  }
}
