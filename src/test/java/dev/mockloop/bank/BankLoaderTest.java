package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankLoaderTest {
  @TempDir Path dir;

  @Test
  void loadsTheFixtureBankWithEveryField() {
    Path good = BankFixtures.resource("good");
    LoadResult result = BankLoader.load(good);

    assertThat(result.problems()).isEmpty();
    Bank bank = result.bank();
    assertThat(bank.source()).isEqualTo(good.toString());
    assertThat(bank.ids()).containsExactly("circuit-breaker", "dynamodb-vs-rds");

    Scenario dynamo = bank.find("dynamodb-vs-rds").orElseThrow();
    assertThat(dynamo.title()).isEqualTo("DynamoDB vs RDS at 100K QPS");
    assertThat(dynamo.topic()).isEqualTo("databases");
    assertThat(dynamo.tags()).containsExactly("dynamodb", "rds");
    assertThat(dynamo.source()).isEqualTo("seed, Example 1");
    assertThat(dynamo.file()).isEqualTo(good.resolve("databases/dynamodb-vs-rds.yaml").toString());
    assertThat(dynamo.sha256()).hasSize(64).matches("[0-9a-f]+");
    assertThat(dynamo.levelSet()).containsExactly(Level.L6, Level.L7);

    LevelSpec l6 = dynamo.level(Level.L6);
    assertThat(l6.prompt()).startsWith("You must pick the primary store");
    assertThat(l6.context()).contains("single-digit milliseconds");
    assertThat(l6.minutes()).isEqualTo(12);
    assertThat(l6.modelAnswer()).contains("Partition key");
    RubricPoint latency = l6.rubric().get(0);
    assertThat(latency.id()).isEqualTo("latency-fit");
    assertThat(latency.weight()).isEqualTo(3);
    assertThat(latency.dimension()).isEqualTo("analysis");
    assertThat(latency.any()).containsExactly("single-digit millisecond", "p99", "1-4 ms");
    assertThat(latency.hint()).startsWith("Quote each option");

    FollowUp complex = l6.followUp("complex-queries");
    assertThat(complex.ask()).isEqualTo("What if you need complex queries later?");
    assertThat(complex.whenMissing()).containsExactly("access-patterns");
    assertThat(complex.rubric()).extracting(RubricPoint::id).containsExactly("secondary-indexes");
    assertThat(complex.modelAnswer()).contains("OpenSearch");
  }

  @Test
  void appliesDefaultsForOptionalFields() {
    Path good = BankFixtures.resource("good");
    LevelSpec l6 =
        BankLoader.load(good).bank().find("dynamodb-vs-rds").orElseThrow().level(Level.L6);

    RubricPoint access = l6.rubric().get(1);
    assertThat(access.weight()).isEqualTo(1);
    assertThat(access.hint()).isEmpty();
    assertThat(l6.followUp("outage").minutes()).isEqualTo(4);
    assertThat(l6.followUp("outage").whenMissing()).isEmpty();
    assertThat(l6.followUp("outage").modelAnswer()).isEmpty();

    BankFixtures.write(dir, "a.yaml", BankFixtures.withLine("a", 11, "        hint: none given"));
    RubricPoint noDimension =
        BankLoader.load(dir).bank().scenarios().get(0).level(Level.L6).rubric().get(0);
    assertThat(noDimension.dimension()).isEqualTo("general");
  }

  @Test
  void readsGlossaryAndLevelGuide() {
    Bank bank = BankLoader.load(BankFixtures.resource("good")).bank();

    assertThat(bank.glossary().synonyms())
        .containsExactly(
            List.of("p99", "99th percentile", "tail latency"), List.of("dynamodb", "ddb"));
    assertThat(bank.guide().summary(Level.L6)).startsWith("Senior: how you would build");
    assertThat(bank.guide().dimensions(Level.L7).keySet())
        .containsExactly("strategy", "organization", "cost", "risk", "execution");
  }

  @Test
  void bankWithoutRootFilesIsValidAndFallsBackToBuiltInSummaries() {
    BankFixtures.write(dir, "x/one.yaml", BankFixtures.scenario("one"));
    BankFixtures.write(dir, "two.yml", BankFixtures.scenario("two"));
    BankFixtures.write(dir, "notes.txt", "not a scenario");
    BankFixtures.write(dir, ".hidden/three.yaml", "broken: [");

    LoadResult result = BankLoader.load(dir);

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.bank().ids()).containsExactly("one", "two");
    assertThat(result.bank().glossary()).isEqualTo(Glossary.EMPTY);
    assertThat(result.bank().guide().isEmpty()).isTrue();
    assertThat(result.bank().guide().summary(Level.L7)).isEqualTo(Level.L7.rewards());
  }

  @Test
  void keepsValidScenariosWhenOthersFail() {
    BankFixtures.write(dir, "ok.yaml", BankFixtures.scenario("ok"));
    BankFixtures.write(dir, "bad.yaml", BankFixtures.withLine("bad", 7, "    minutes: 0"));

    LoadResult result = BankLoader.load(dir);

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.bank().ids()).containsExactly("ok");
  }

  @Test
  void loadsTheBundledBank() throws Exception {
    LoadResult result = BankLoader.loadBundled();

    assertThat(result.bank().source()).isEqualTo(BankLoader.BUNDLED);
    Path questions = Path.of("questions");
    long files;
    try (var walk = Files.walk(questions)) {
      files =
          walk.filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !BankFiles.isRootFile(questions.relativize(p)))
              .count();
    }
    if (files == 0) {
      assertThat(result.errors()).singleElement().asString().contains("no scenario files");
    } else {
      assertThat(result.errors()).isEmpty();
      assertThat(result.bank().scenarios()).hasSize((int) files);
      assertThat(result.bank().scenarios().get(0).file()).startsWith("bundled:");
    }
  }
}
