package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  static final String ANSWER =
      "I would choose DynamoDB: the catalog is read-heavy key-value "
          + "lookups by product id at 100K QPS, and DynamoDB keeps p99 reads in single-digit "
          + "milliseconds.\r\nThe partition key is product_id, which has high cardinality.\tI'd add "
          + "DAX in front for flash sales. The trade-off is that we give up joins and ad hoc "
          + "queries, and the team has a NoSQL learning curve. 🚀";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static CliRun score(String stdin, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--questions";
    all[1] = CliGoldenTest.BANK;
    all[2] = "score";
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.run(stdin, all);
  }

  @Test
  void reportExplainsTheScore() throws IOException {
    Path answer = write("a.txt", ANSWER);
    CliRun r = score(null, "--scenario", "dynamodb-vs-rds", "--level", "L6", answer.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("dynamodb-vs-rds \\(L6\\): \\d+/100")
        .contains(
            "By dimension",
            "Covered ",
            "matched: \"p99\"",
            "  ✗ Compares on-demand and provisioned cost  [trade-offs, weight 1]",
            "Level read",
            "Reads as",
            "grade band",
            "Signals")
        .containsPattern("analysis +[█░]{20}  \\d+/\\d+")
        .doesNotContain("\u001b[");
  }

  @Test
  void jsonListsTheFollowUpsInTheOrderAskedWithADiveDeepOnWhatWasSaid() throws IOException {
    Path answer =
        write(
            "a.txt",
            "Before the payments launch I pushed back on my manager with"
                + " data from a load test that showed the outage risk for customers.");
    CliRun r =
        CliRun.run(
            (String) null,
            "--questions",
            "src/test/resources/banks/lp",
            "score",
            "--scenario",
            "backbone-disagree-and-commit",
            "--level",
            "L6",
            "--json",
            answer.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode first = JSON.readTree(r.out()).get("follow_ups").get(0);
    assertThat(first.get("id").asText()).isEqualTo("manager-said");
    assertThat(first.get("ask").asText()).startsWith("What did your manager say");
    assertThat(first.get("why").asText())
        .startsWith("Dive deep: you covered")
        .contains("(\"pushed back\")");
  }

  @Test
  void jsonHasTheDesignFieldsAndExactEvidenceOffsets() throws IOException {
    Path answer = write("a.txt", ANSWER);
    CliRun r =
        score(null, "--scenario", "dynamodb-vs-rds", "--level", "L6", "--json", answer.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode card = JSON.readTree(r.out());
    assertThat(card.get("scenario").asText()).isEqualTo("dynamodb-vs-rds");
    assertThat(card.get("level").asText()).isEqualTo("L6");
    assertThat(card.get("score").asInt()).isBetween(1, 100);
    assertThat(card.get("dimensions")).isNotEmpty();
    assertThat(card.get("flags").isArray()).isTrue();
    assertThat(card.get("level_read").get("reads_as").asText()).isEqualTo("L6");
    int evidence = 0;
    for (JsonNode p : card.get("points")) {
      assertThat(p.has("id") && p.has("covered") && p.has("weight") && p.has("dimension")).isTrue();
      for (JsonNode e : p.get("evidence")) {
        evidence++;
        assertThat(ANSWER.substring(e.get("start").asInt(), e.get("end").asInt()))
            .isEqualTo(e.get("text").asText());
      }
    }
    assertThat(evidence).isGreaterThan(3);
  }

  @Test
  void readsStandardInputAndScoresFollowUps() {
    CliRun r =
        score(
            "I'd add OpenSearch fed by DynamoDB Streams for the complex queries, a "
                + "CQRS read model, so the key-value path stays fast.",
            "--scenario",
            "dynamodb-vs-rds",
            "--level",
            "l6",
            "--follow-up",
            "complex-queries",
            "--json",
            "-");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"follow_up\" : \"complex-queries\"")
        .contains("\"level_read\" : null");
  }

  @Test
  void unknownNamesGetDidYouMean() {
    CliRun s = score("x", "--scenario", "dynamo-vs-rds", "--level", "L6");
    assertThat(s.status()).isEqualTo(2);
    assertThat(s.err())
        .contains("unknown scenario 'dynamo-vs-rds'; did you mean " + "'dynamodb-vs-rds'?")
        // the list it points to is this bank's, not the default one
        .contains("('mockloop questions list --questions " + CliGoldenTest.BANK + "' shows all")
        .doesNotContain("Exception");
    CliRun l = score("x", "--scenario", "dynamodb-vs-rds", "--level", "L8");
    assertThat(l.status()).isEqualTo(2);
    assertThat(l.err()).contains("unknown level 'L8': use L6 or L7");
    CliRun f =
        score(
            "x", "--scenario", "dynamodb-vs-rds", "--level", "L6", "--follow-up", "complex-query");
    assertThat(f.status()).isEqualTo(2);
    assertThat(f.err()).contains("did you mean 'complex-queries'?");
    CliRun none = score("x");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("score needs --scenario ID and --level");
  }

  @Test
  void aLevelTheScenarioLacksIsNamed() throws IOException {
    Path bank = TinyBank.write(dir.resolve("bank"));
    CliRun r =
        CliRun.run(
            "cache it",
            "--questions",
            bank.toString(),
            "score",
            "--scenario",
            "tiny-cache",
            "--level",
            "L7");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("scenario 'tiny-cache' has no L7 rubric; it has L6");
  }

  @Test
  void badFilesExitTwoWithAClearMessage() throws IOException {
    Path empty = write("empty.txt", " \n\t\n");
    Path big = dir.resolve("big.txt");
    byte[] fiveMb = new byte[5 * 1024 * 1024];
    Arrays.fill(fiveMb, (byte) 'a');
    Files.write(big, fiveMb);
    Path binary = dir.resolve("bin.dat");
    Files.write(binary, new byte[] {'a', 'b', 0, 1, 2});
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "caf\u00e9 latency".getBytes(StandardCharsets.ISO_8859_1));
    String[][] cases = {
      {empty.toString(), "is empty"},
      {big.toString(), "is 5.0 MB; an answer must be at most 1 MB"},
      {binary.toString(), "looks binary (a zero byte at offset 2)"},
      {latin1.toString(), "is not UTF-8 text (byte 0xE9 at offset 3)"},
      {dir.resolve("missing.txt").toString(), "no such file"},
      {dir.toString(), "is a folder"},
    };
    for (String[] c : cases) {
      CliRun r = score(null, "--scenario", "dynamodb-vs-rds", "--level", "L6", c[0]);
      assertThat(r.status()).as(c[0]).isEqualTo(2);
      assertThat(r.err()).as(c[0]).contains(c[1]).doesNotContain("Exception");
    }
    byte[] bigStdin = new byte[ScoreInput.MAX_BYTES + 10];
    Arrays.fill(bigStdin, (byte) 'b');
    CliRun r =
        CliRun.run(
            bigStdin,
            "--questions",
            CliGoldenTest.BANK,
            "score",
            "--scenario",
            "dynamodb-vs-rds",
            "--level",
            "L6");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("standard input is");
  }
}
