package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.Transcripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewDisputesCommandTest {
  static final String OLD = "2026-11-10T0900-aaaaaa";
  static final String NEW = "2026-11-12T0900-bbbbbb";
  static final String PLAIN = "2026-11-13T0900-cccccc";

  @TempDir Path dir;
  Path sessions;

  record Run(int status, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all =
        new ArrayList<>(
            List.of(
                "--sessions", sessions.toString(), "--questions", dir.resolve("bank").toString()));
    all.addAll(List.of(args));
    int status =
        Main.run(
            all.toArray(String[]::new),
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("TZ", "UTC", "NO_COLOR", "1", "COLUMNS", "72"));
    return new Run(status, out.toString(), err.toString());
  }

  private static Transcript disputed(
      String id, String start, String answer, String point, String sentence) {
    return Transcripts.disputed(
        Transcripts.dynamo(id, start, answer),
        0,
        point,
        sentence,
        Instant.parse(start).plusSeconds(420));
  }

  /** The bank the disputes are checked against: the two disputed points, as they stand now. */
  private static final String BANK =
      """
      id: dynamodb-vs-rds
      title: DynamoDB vs RDS
      topic: databases
      levels:
        L6:
          prompt: Pick a data store for the product catalog.
          minutes: 12
          rubric:
            - id: cost
              point: Costs it.
              dimension: metrics
              all: [[spend, cost], [reserved capacity, savings plan]]
            - id: query-patterns
              point: Names the access patterns.
              dimension: design
              all: [[access pattern, scan], [product id]]
          model_answer: M
      """;

  @BeforeEach
  void twoDisputedSessionsOneWithoutAndABrokenFile() throws IOException {
    Files.createDirectories(dir.resolve("bank"));
    Files.writeString(dir.resolve("bank/dynamo.yaml"), BANK);
    sessions = dir.resolve("sessions");
    SessionStore store = new SessionStore(sessions);
    store.save(
        disputed(
            OLD,
            "2026-11-10T09:00:00Z",
            "The access pattern is by id. p99 is 3 ms. We keep spend low with on-demand.",
            "cost",
            "We keep spend low with on-demand."));
    store.save(
        disputed(
            NEW,
            "2026-11-12T09:00:00Z",
            "p99 is 2 ms and the cost is $1K a month. Reads go by product id, never a scan, and"
                + " nothing else is looked up.",
            "query-patterns",
            "Reads go by product id, never a scan, and nothing else is looked up."));
    store.save(Transcripts.dynamo(PLAIN, "2026-11-13T09:00:00Z", "p99 only"));
    Files.writeString(sessions.resolve("2026-11-11T0900-broken.yaml"), "schema: 1\nid: [oops\n");
  }

  @Test
  void textGroupsByScenarioAndPointWithTheUsersSentence() {
    Run r = run("review", "disputes");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
        2 disputed points in 2 sessions: missed by the scorer, marked covered by you, with \
        what you said.

        dynamodb-vs-rds · L6 · main answer · cost
          Point cost
          - 2026-11-10 09:00 UTC  2026-11-10T0900-aaaaaa
            "We keep spend low with on-demand."
              now: still missed; its concept groups in this sentence:
              1. [spend, cost]: found "spend"
              2. [reserved capacity, savings plan]: none of its words

        dynamodb-vs-rds · L6 · main answer · query-patterns
          Point query-patterns
          - 2026-11-12 09:00 UTC  2026-11-12T0900-bbbbbb
            "Reads go by product id, never a scan, and nothing else is looked
            up."
              now: still missed; its concept groups in this sentence:
              1. [access pattern, scan]: only scan (negated)
              2. [product id]: found "product id"

        1 unreadable session file(s) not read; `mockloop review list` shows why.
        """);
  }

  @Test
  void jsonHasOneObjectPerDisputedPoint() throws IOException {
    Run r = run("review", "disputes", "--json");

    assertThat(r.status()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("disputes")).hasSize(2);
    JsonNode first = doc.get("disputes").get(0);
    assertThat(first.get("session_id").asText()).isEqualTo(OLD);
    assertThat(first.get("started_at").asText()).isEqualTo("2026-11-10T09:00:00Z");
    assertThat(first.get("scenario").asText()).isEqualTo("dynamodb-vs-rds");
    assertThat(first.get("level").asText()).isEqualTo("L6");
    assertThat(first.get("question").asText()).isEqualTo("main");
    assertThat(first.get("point_id").asText()).isEqualTo("cost");
    assertThat(first.get("point").asText()).isEqualTo("Point cost");
    assertThat(first.get("sentence").asText()).isEqualTo("We keep spend low with on-demand.");
    assertThat(first.get("start").asInt()).isEqualTo(42);
    assertThat(first.get("end").asInt()).isEqualTo(75);
    assertThat(first.get("marked_at").asText()).isEqualTo("2026-11-10T09:07:00Z");
    JsonNode check = first.get("check");
    assertThat(check.get("credited").asBoolean()).isFalse();
    assertThat(check.get("groups").get(0).get("found").get(0).asText()).isEqualTo("spend");
    assertThat(check.get("groups").get(1).get("found")).isEmpty();
    assertThat(doc.get("unreadable")).hasSize(1);
    assertThat(doc.get("unreadable").get(0).get("id").asText()).isEqualTo("2026-11-11T0900-broken");
  }

  @Test
  void aSentenceTheBankNowCreditsSaysSo() throws IOException {
    Files.writeString(
        dir.resolve("bank/dynamo.yaml"),
        BANK.replace("[reserved capacity, savings plan]", "[reserved capacity, on-demand]"));
    assertThat(run("review", "disputes").out())
        .contains(
            "\"We keep spend low with on-demand.\"\n"
                + "      now: the bank as it stands credits this sentence\n");
  }

  @Test
  void aBankThatDoesNotLoadLeavesTheListWithoutChecks() throws IOException {
    Files.writeString(dir.resolve("bank/dynamo.yaml"), "id: [broken\n");
    Run r = run("review", "disputes");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"We keep spend low with on-demand.\"").doesNotContain("now:");
  }

  @Test
  void noDisputesSaysHowToMakeOne() throws IOException {
    sessions = dir.resolve("empty");
    Files.createDirectories(sessions);
    Run r = run("review", "disputes");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("No disputed points in " + sessions + ".");
    Run json = run("review", "disputes", "--json");
    assertThat(new ObjectMapper().readTree(json.out()).get("disputes")).isEmpty();
  }

  @Test
  void badUsageExitsTwo() {
    Run r = run("review", "disputes", "--nope");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--nope");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void statsCountTheDisputedPointsAsCovered() {
    Run r = run("review", "stats");
    assertThat(r.status()).as(r.err()).isZero();
    // without the marks each point would be missed in 2 of 3 rounds, and each dimension 2/6
    assertThat(r.out())
        .contains(
            "cost at L6: missed 1 of 3 (33%)",
            "query-patterns at L6: missed 1 of 3 (33%)",
            "design          67%",
            "trade-offs      67%");
  }
}
