package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String l : out.split("\\R")) {
      if (!l.isBlank()) {
        nodes.add(JSON.readTree(l));
      }
    }
    return nodes;
  }

  @Test
  void everyLineGetsAResultInOrderAndBadLinesGetErrors() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(
        ("{\"id\": \"a1\", \"scenario\": \"dynamodb-vs-rds\", \"level\": \"L6\", "
                + "\"answer\": \"Pick DynamoDB with a partition key on product_id.\"}\n")
            .getBytes(StandardCharsets.UTF_8));
    in.writeBytes(
        "{\"id\": 2, \"scenario\": \"dynamodb-vs-rsd\", \"level\": \"L6\", \"answer\": \"x\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    in.writeBytes("{not json\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(
        "{\"id\": \"a4\", \"scenario\": \"dynamodb-vs-rds\", \"level\": \"L6\"}\r\n"
            .getBytes(StandardCharsets.UTF_8));
    in.writeBytes(new byte[] {'{', '"', 'a', (byte) 0xFF, '"', '}', '\n'});
    in.writeBytes("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(
        ("{\"id\": \"a8\", \"scenario\": \"dynamodb-vs-rds\", \"level\": \"L7\", "
                + "\"answer\": \"Three-year TCO and a phased migration.\"}")
            .getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("batch.jsonl");
    Files.write(file, in.toByteArray());

    CliRun r =
        CliRun.run(
            (String) null, "--questions", CliGoldenTest.BANK, "score", "--batch", file.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("5 lines of " + file + " could not be scored");
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(7);
    assertThat(out.get(0).get("id").asText()).isEqualTo("a1");
    assertThat(out.get(0).get("score").asInt()).isPositive();
    assertThat(out.get(0).get("points").get(0).has("evidence")).isTrue();
    assertThat(out.get(1).get("id").asInt()).isEqualTo(2);
    assertThat(out.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(out.get(1).get("error").asText()).contains("did you mean 'dynamodb-vs-rds'?");
    assertThat(out.get(2).get("line").asInt()).isEqualTo(3);
    assertThat(out.get(2).get("error").asText()).startsWith("invalid JSON at column");
    assertThat(out.get(2).get("id").isNull()).isTrue();
    assertThat(out.get(3).get("id").asText()).isEqualTo("a4");
    assertThat(out.get(3).get("line").asInt()).isEqualTo(5);
    assertThat(out.get(3).get("error").asText()).isEqualTo("missing \"answer\"");
    assertThat(out.get(4).get("error").asText()).contains("not UTF-8 text");
    assertThat(out.get(5).get("error").asText()).startsWith("expected a JSON object");
    assertThat(out.get(6).get("id").asText()).isEqualTo("a8");
    assertThat(out.get(6).get("level").asText()).isEqualTo("L7");
  }

  @Test
  void worksWithAnyBankAndFromStandardInput() throws IOException {
    Path bank = TinyBank.write(dir.resolve("bank"));
    String input =
        "{\"id\": \"t1\", \"scenario\": \"tiny-cache\", \"level\": \"L6\", "
            + "\"answer\": \"Set a TTL of five minutes and invalidate on write.\"}\n"
            + "{\"id\": \"t2\", \"scenario\": \"tiny-cache\", \"level\": \"L6\", \"follow_up\": "
            + "\"stampede\", \"answer\": \"Use request coalescing so one request refills it.\"}\n";
    CliRun r = CliRun.run(input, "--questions", bank.toString(), "score", "--batch", "-");
    assertThat(r.status()).as(r.err()).isZero();
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("points").findValuesAsText("id")).contains("ttl", "invalidation");
    assertThat(out.get(0).get("level_read").isNull()).isTrue();
    assertThat(out.get(1).get("follow_up").asText()).isEqualTo("stampede");
    assertThat(out.get(1).get("points").get(0).get("covered").asBoolean()).isTrue();
  }

  @Test
  void batchRejectsSingleAnswerOptionsAndMissingFiles() {
    CliRun both =
        CliRun.run(
            "",
            "--questions",
            CliGoldenTest.BANK,
            "score",
            "--batch",
            "-",
            "--scenario",
            "dynamodb-vs-rds");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("--batch takes the scenario, level and answer from each");
    CliRun missing =
        CliRun.run("", "--questions", CliGoldenTest.BANK, "score", "--batch", "nope.jsonl");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read nope.jsonl: no such file");
  }

  /** Issue 15, item 9: a line too deep or with a huge number is one error, not the end. */
  @Test
  void deeplyNestedAndHugeNumberLinesGetErrorObjectsAndTheRestStillScore() throws IOException {
    Path bank = TinyBank.write(dir.resolve("bank"));
    String good =
        "{\"id\": \"%s\", \"scenario\": \"tiny-cache\", \"level\": \"L6\", "
            + "\"grade\": 2, \"answer\": \"Set a TTL of five minutes and invalidate on write.\"}\n";
    String input =
        good.formatted("g1")
            + "[".repeat(5000)
            + "]".repeat(5000)
            + "\n"
            + "{\"id\": \"n1\", \"grade\": "
            + "9".repeat(1500)
            + "}\n"
            + "{\"id\": "
            + "{\"a\": ".repeat(1200)
            + "1"
            + "}".repeat(1200)
            + "}\n"
            + good.formatted("g2");
    Path file = Files.writeString(dir.resolve("deep.jsonl"), input);

    CliRun r =
        CliRun.run(
            (String) null, "--questions", bank.toString(), "score", "--batch", file.toString());
    assertThat(r.err()).doesNotContain("internal error", "Exception");
    assertThat(r.status()).isEqualTo(2);
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(5);
    assertThat(out.get(0).get("id").asText()).isEqualTo("g1");
    for (int i = 1; i <= 3; i++) {
      assertThat(out.get(i).get("line").asInt()).isEqualTo(i + 1);
      assertThat(out.get(i).get("error").asText())
          .startsWith("invalid JSON")
          .doesNotContain("Exception", "dev.mockloop", "com.fasterxml");
    }
    assertThat(out.get(4).get("id").asText()).isEqualTo("g2");
    assertThat(out.get(4).get("score").asInt()).isPositive();

    CliRun cal =
        CliRun.run(
            (String) null,
            "--questions",
            bank.toString(),
            "questions",
            "calibrate",
            file.toString());
    assertThat(cal.err()).doesNotContain("internal error", "Exception");
    assertThat(cal.err())
        .contains(
            "deep.jsonl:2: invalid JSON",
            "deep.jsonl:3: invalid JSON",
            "deep.jsonl:4: invalid JSON");
  }

  @Test
  void answersScoredGroupedComeOutInInputOrderAsIfScoredAlone() throws IOException {
    String[] targets = {
      "\"scenario\": \"dynamodb-vs-rds\", \"level\": \"L6\"",
      "\"scenario\": \"circuit-breaker\", \"level\": \"L6\"",
      "\"scenario\": \"dynamodb-vs-rds\", \"level\": \"L7\"",
      "\"scenario\": \"dynamodb-vs-rds\", \"level\": \"L6\", \"follow_up\": \"outage\""
    };
    String[] answers = {
      "Pick DynamoDB with a partition key on product_id and p99 of 4 ms.",
      "Open after 50% failures in 20 calls, half-open with 3 probes, jitter on retries.",
      "A three-year TCO: $2M against $3M, and a phased migration team by team.",
      "A CloudWatch latency alarm and a throttling alarm, then fail over."
    };
    StringBuilder all = new StringBuilder();
    List<String> alone = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) { // each line answers another target than the one before
      String line =
          "{\"id\": \"q"
              + i
              + "\", "
              + targets[i % 4]
              + ", \"answer\": \""
              + answers[(i / 4 + i) % 4]
              + "\"}";
      all.append(line).append('\n');
      if (i == 5) {
        all.append("{not json\n");
      }
      Path one = dir.resolve("one" + i + ".jsonl");
      Files.writeString(one, line + "\n");
      alone.add(run(one).trim());
    }
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(file, all);
    List<String> out = List.of(run(file).trim().split("\\R"));
    assertThat(out).hasSize(13);
    assertThat(out.get(6)).contains("\"error\"").contains("\"line\":7");
    List<String> scored = new java.util.ArrayList<>(out);
    scored.remove(6);
    assertThat(scored).containsExactlyElementsOf(alone);
  }

  private static String run(Path file) {
    return CliRun.run(
            (String) null, "--questions", CliGoldenTest.BANK, "score", "--batch", file.toString())
        .out();
  }
}
