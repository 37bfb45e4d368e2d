package dev.mockloop.cli;

import static dev.mockloop.cli.QuestionsCliTest.bank;
import static dev.mockloop.cli.QuestionsCliTest.env;
import static dev.mockloop.cli.QuestionsCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.cli.QuestionsCliTest.Run;
import org.junit.jupiter.api.Test;

class QuestionsListCommandTest {
  private final String good = bank("good");

  @Test
  void printsATable() {
    Run r = run("--questions", good, "questions", "list");
    assertThat(r.status()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "ID               TITLE                              TOPIC        LEVELS  MINUTES",
            "circuit-breaker  Circuit breaker for a flaky        reliability  L6      10",
            "                 dependency",
            "dynamodb-vs-rds  DynamoDB vs RDS at 100K QPS        databases    L6 L7   12/15",
            "2 scenarios");
    Run wide = run(env("COLUMNS", "120"), "--questions", good, "questions", "list");
    assertThat(wide.outLines().get(1))
        .isEqualTo(
            "circuit-breaker  Circuit breaker for a flaky dependency  reliability  L6      10");
  }

  @Test
  void filtersByLevelAndTopic() {
    Run l7 = run("--questions", good, "questions", "list", "--level", "l7");
    assertThat(l7.outLines()).hasSize(3);
    assertThat(l7.outLines().get(1)).startsWith("dynamodb-vs-rds").endsWith("L7      15");

    Run topic = run("--questions", good, "questions", "list", "--topic", "Reliability");
    assertThat(topic.outLines()).hasSize(4);
    assertThat(topic.outLines().get(1)).startsWith("circuit-breaker");
    assertThat(topic.outLines().get(3)).isEqualTo("1 scenario");
  }

  @Test
  void unknownTopicAndBadLevelAreUsageErrors() {
    Run topic = run("--questions", good, "questions", "list", "--topic", "relaibility");
    assertThat(topic.status()).isEqualTo(2);
    assertThat(topic.err())
        .isEqualTo(
            "mockloop: unknown topic 'relaibility'; did you mean"
                + " 'reliability'? (topics: databases, reliability)"
                + System.lineSeparator());

    Run level = run("--questions", good, "questions", "list", "--level", "L9");
    assertThat(level.status()).isEqualTo(2);
    assertThat(level.err()).contains("expected L6 or L7, got 'L9'");
  }

  @Test
  void jsonListsEveryScenarioWithItsLevels() throws Exception {
    Run r = run("--questions", good, "questions", "list", "--json");
    assertThat(r.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json).hasSize(2);
    JsonNode dynamo = json.get(1);
    assertThat(dynamo.get("id").asText()).isEqualTo("dynamodb-vs-rds");
    assertThat(dynamo.get("topic").asText()).isEqualTo("databases");
    assertThat(dynamo.get("tags").get(0).asText()).isEqualTo("dynamodb");
    assertThat(dynamo.get("levels").get(1).get("level").asText()).isEqualTo("L7");
    assertThat(dynamo.get("levels").get(1).get("minutes").asInt()).isEqualTo(15);
    assertThat(dynamo.get("levels").get(0).get("points").asInt()).isEqualTo(4);
    assertThat(dynamo.get("levels").get(0).get("followUps").asInt()).isEqualTo(2);
  }

  @Test
  void narrowTerminalWrapsTitlesWithinTheirColumn() {
    Run r = run(env("COLUMNS", "60"), "--questions", good, "questions", "list");
    assertThat(r.outLines())
        .containsExactly(
            "ID               TITLE          TOPIC        LEVELS  MINUTES",
            "circuit-breaker  Circuit        reliability  L6      10",
            "                 breaker for a",
            "                 flaky",
            "                 dependency",
            "dynamodb-vs-rds  DynamoDB vs    databases    L6 L7   12/15",
            "                 RDS at 100K",
            "                 QPS",
            "2 scenarios");
  }

  @Test
  void tooNarrowForATitleColumnPutsTitleAndTopicUnderTheId() {
    Run r = run(env("COLUMNS", "40"), "--questions", bank("lp"), "questions", "list");
    assertThat(r.outLines())
        .containsExactly(
            "ID                            LEVELS  MINUTES",
            "    TITLE · TOPIC",
            "backbone-disagree-and-commit  L6      5",
            "    Disagreeing with a decision ·",
            "    behavioral (have-backbone)",
            "flaky-dependency              L6      10",
            "    A flaky downstream dependency ·",
            "    reliability",
            "ownership-outside-your-remit  L6 L7   6/7",
            "    A problem nobody owned ·",
            "    behavioral (ownership)",
            "3 scenarios");
  }

  @Test
  void brokenBankIsExit2WithEveryErrorListed() {
    Run r = run("--questions", bank("broken"), "questions", "list");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("mockloop: the question bank (" + bank("broken") + ") has 5" + " errors:");
    assertThat(r.err())
        .contains(
            "misspelt.yaml:8:5: error: unknown field 'promt' in level L6;"
                + " did you mean 'prompt'?");
    // the advice looks at the same bank: plain 'questions validate' would check another one
    assertThat(r.err().strip())
        .endsWith(
            "run 'mockloop questions validate --questions " + bank("broken") + "' for details");
  }

  @Test
  void environmentVariableChoosesTheBank() {
    Run r = run(env("MOCKLOOP_QUESTIONS", good), "questions", "list");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("2 scenarios");
  }
}
