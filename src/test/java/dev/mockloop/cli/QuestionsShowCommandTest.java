package dev.mockloop.cli;

import static dev.mockloop.cli.QuestionsCliTest.bank;
import static dev.mockloop.cli.QuestionsCliTest.env;
import static dev.mockloop.cli.QuestionsCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.cli.QuestionsCliTest.Run;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionsShowCommandTest {
  private final String good = bank("good");

  @Test
  void showsEverythingAboutAScenario() {
    Run r = run("--questions", good, "questions", "show", "dynamodb-vs-rds");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("dynamodb-vs-rds: DynamoDB vs RDS at 100K QPS")
        .contains("topic: databases; tags: dynamodb, rds; source: seed, Example 1")
        .contains("== L6 (12 minutes): Senior: how you would build")
        .contains("Prompt:\n  You must pick the primary store")
        .contains("Context:\n  Reads are key lookups")
        .contains(
            "Rubric (4 points):\n  1. latency-fit [analysis, weight 3]\n"
                + "     Checks both options against the single-digit-ms p99 target\n"
                + "     phrases: \"single-digit millisecond\", \"p99\", \"1-4 ms\"\n"
                + "     hint: Quote each option's p99 latency against the target.")
        .contains(
            "Follow-up complex-queries (4 minutes; asked first when missing:"
                + " access-patterns)\n  What if you need complex queries later?\n  Rubric:\n"
                + "    1. secondary-indexes [design, weight 1]")
        .contains("  Model answer:\n    Add GSIs for known queries")
        .contains("Model answer:\n  DynamoDB: key lookups")
        .contains("== L7 (15 minutes)");
  }

  @Test
  void levelOptionShowsOneLevel() {
    Run r = run("--questions", good, "questions", "show", "dynamodb-vs-rds", "--level", "7");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("== L7").doesNotContain("== L6");
  }

  @Test
  void wrapsToColumnsWithoutCuttingWords() {
    Run wide = run("--questions", good, "questions", "show", "dynamodb-vs-rds");
    Run narrow =
        run(env("COLUMNS", "40"), "--questions", good, "questions", "show", "dynamodb-vs-rds");
    assertThat(narrow.outLines())
        .allSatisfy(
            line ->
                assertThat(line.length() <= 40 || line.strip().indexOf(' ') < 0).as(line).isTrue());
    assertThat(narrow.outLines().size()).isGreaterThan(wide.outLines().size());
    assertThat(words(narrow.out())).isEqualTo(words(wide.out()));
    assertThat(wide.outLines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  @Test
  void unknownIdSuggestsTheNearestAndExits2() {
    Run r = run("--questions", good, "questions", "show", "dynamodb-vs-rd");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "mockloop: unknown scenario 'dynamodb-vs-rd'; did you mean"
                + " 'dynamodb-vs-rds'?"
                + System.lineSeparator());

    Run far = run("--questions", good, "questions", "show", "zzz");
    assertThat(far.status()).isEqualTo(2);
    assertThat(far.err())
        .contains(
            "unknown scenario 'zzz'; run 'mockloop questions list --questions "
                + good
                + "' to see the ids");
  }

  @Test
  void missingLevelIsExit2() {
    Run r = run("--questions", good, "questions", "show", "circuit-breaker", "--level", "L7");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("scenario 'circuit-breaker' has no L7 level; it has L6");
  }

  @Test
  void missingIdIsAUsageError() {
    Run r = run("--questions", good, "questions", "show");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'ID'");
  }
}
