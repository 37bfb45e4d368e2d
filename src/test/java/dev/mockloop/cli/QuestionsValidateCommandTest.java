package dev.mockloop.cli;

import static dev.mockloop.cli.QuestionsCliTest.bank;
import static dev.mockloop.cli.QuestionsCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.cli.QuestionsCliTest.Run;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionsValidateCommandTest {
  @TempDir Path dir;

  @Test
  void validBankPrintsTheSummaryAndExits0() {
    Run r = run("questions", "validate", bank("good"));
    assertThat(r.status()).isZero();
    String file = bank("good") + "/databases/dynamodb-vs-rds.yaml";
    assertThat(r.outLines())
        .containsExactly(
            file
                + ":14:9: warning: point 'latency-fit' of dynamodb-vs-rds L6 is covered by "
                + "restating the prompt and context ('p99', 'single-digit milliseconds'); make its "
                + "phrases say something the question does not",
            file
                + ":20:9: warning: point 'access-patterns' of dynamodb-vs-rds L6 is covered by "
                + "restating the prompt and context ('key lookups'); make its phrases say something "
                + "the question does not",
            "2 scenarios, 3 levels, 11 points, 4 follow-ups, 0 errors, 2 warnings");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void usesTheGlobalQuestionsFolderWithoutDir() {
    Run r = run("--questions", bank("good"), "questions", "validate");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("2 scenarios");
  }

  @Test
  void adviceNamesTheFormTheUserRanAndTheUnclosedBracketIsWhereItOpens() throws IOException {
    Path bank = dir.resolve("my bank");
    Files.createDirectories(bank);
    Files.writeString(
        bank.resolve("s.yaml"), "id: s\ntitle: T\ntags: [a, b\ntopic: x\nlevels: {}\n");
    for (String[] args :
        new String[][] {
          {"questions", "validate", "--questions", bank.toString()},
          {"--questions", bank.toString(), "questions", "validate"},
          {"questions", "validate", bank.toString()}
        }) {
      Run r = run(args);
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.outLines())
          .first()
          .isEqualTo(
              bank.resolve("s.yaml")
                  + ":3:7: error: invalid YAML: this '[' is never closed: end the list with ']'"
                  + " (the parser gave up at line 4, column 6)");
    }
    // another command on the broken bank points to the validate that checks this bank
    Run list = run("--questions", bank.toString(), "questions", "show", "s");
    assertThat(list.status()).isEqualTo(2);
    assertThat(list.err().strip())
        .endsWith("run 'mockloop questions validate --questions '" + bank + "'' for details");
    // a missing folder given as DIR is not told to use --questions
    Run missing = run("questions", "validate", dir.resolve("nope").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.out())
        .contains("does not exist; check the path")
        .doesNotContain("--questions");
  }

  @Test
  void brokenBankPrintsEveryProblemAndExits2() {
    String broken = bank("broken");
    Run r = run("questions", "validate", broken);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.outLines())
        .contains(
            broken
                + "/bomb.yaml:1:4: error: anchors (&a) are not supported: the format has no use"
                + " for them; remove the anchor and write values out",
            broken
                + "/duplicate-b.yaml:1:5: error: duplicate scenario id 'dynamodb-vs-rds': also used"
                + " in "
                + broken
                + "/duplicate-a.yaml:1:5; ids must be unique in the bank",
            broken
                + "/latin1.yaml:2:11: error: byte 0xE9 is not valid UTF-8; save the file as UTF-8",
            broken
                + "/misspelt.yaml:8:5: error: unknown field 'promt' in level L6; did you mean"
                + " 'prompt'?",
            broken
                + "/tabs.yaml:6:1: error: tab used for indentation; YAML indents with spaces only:"
                + " replace the tab with spaces");
    assertThat(r.outLines().get(r.outLines().size() - 1))
        .isEqualTo("1 scenario, 2 levels, 7 points, 3 follow-ups, 5 errors, 0 warnings");
  }

  @Test
  void aWhenSaidPhraseTheQuestionItselfSaysIsAWarningAtItsFollowUp() throws IOException {
    Path good = Path.of(bank("good"));
    try (var files = Files.walk(good)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(good.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    Path file = dir.resolve("databases/dynamodb-vs-rds.yaml");
    String yaml = Files.readString(file);
    String outage = "      - id: outage\n        ask: How do you know it is healthy?\n";
    String lockIn = "      - id: lock-in\n        ask: What about vendor lock-in?\n";
    Files.writeString(
        file,
        yaml.replace(
                outage, outage + "        when_said: {phrases: [hot partition, key lookups]}\n")
            .replace(lockIn, lockIn + "        when_said: {phrases: [key lookups]}\n"));
    Run r = run("questions", "validate", dir.toString());
    assertThat(r.status()).isZero();
    // L6's context says "key lookups"; L7's prompt does not, so its probe is left alone
    assertThat(r.outLines())
        .contains(
            file
                + ":44:9: warning: follow-up 'outage' of dynamodb-vs-rds L6 has a when_said phrase"
                + " that the prompt or context says ('key lookups'), so restating the question"
                + " would trigger it; use phrases only an answer would say")
        .noneMatch(l -> l.contains("'lock-in'"));
    assertThat(r.outLines().get(r.outLines().size() - 1)).endsWith("0 errors, 3 warnings");
  }

  @Test
  void warningsAloneDoNotFail() throws IOException {
    Files.writeString(
        dir.resolve("s.yaml"),
        "id: s\ntitle: T\ntopic: t\nlevels:\n  L6:\n"
            + "    prompt: P\n    minutes: 5\n    rubric:\n      - {id: a, point: A, any: [x]}\n");
    Run r = run("questions", "validate", dir.toString());
    assertThat(r.status()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            dir.resolve("s.yaml")
                + ":5:3: warning: level L6 has no model_answer; add a strong answer"
                + " users can compare with",
            dir.resolve("s.yaml")
                + ":9:9: warning: dimension 'general' is used only once in the bank"
                + " (per-dimension scores compare best when points share dimensions)",
            dir.resolve("s.yaml")
                + ":9:27: warning: point 'a' has only 1 phrase in 'any'; add"
                + " aliases (abbreviations, numbers written other ways, synonyms) so more answers"
                + " match",
            "1 scenario, 1 level, 1 point, 0 follow-ups, 0 errors, 3 warnings");
  }

  @Test
  void hugeFileMissingAndEmptyFolders() throws IOException {
    Files.writeString(dir.resolve("ok.yaml"), "id: ok\n");
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.yaml").toFile(), "rw")) {
      big.setLength(10L * 1024 * 1024);
    }
    Run r = run("questions", "validate", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out())
        .contains(
            "big.yaml:1:1: error: file is 10.0 MiB; a question file may be" + " at most 1.0 MiB");

    Run missing = run("questions", "validate", dir.resolve("nope").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.out()).contains("does not exist");

    Path empty = Files.createDirectory(dir.resolve("empty"));
    Run none = run("questions", "validate", empty.toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.outLines())
        .containsExactly(
            empty
                + ": error: no scenario files in "
                + empty
                + "; expected *.yaml files, see"
                + " docs/question-format.md",
            "0 scenarios, 0 levels, 0 points, 0 follow-ups, 1 error, 0 warnings");
  }

  @Test
  void questionsWithoutSubcommandShowsUsage() {
    Run r = run("questions");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("list").contains("show").contains("validate");
  }

  @Test
  void versionWorksOnEverySubcommand() {
    for (String sub : new String[] {"list", "show", "validate"}) {
      Run r = run("questions", sub, "--version");
      assertThat(r.status()).isZero();
      assertThat(r.out()).startsWith("mockloop ");
    }
  }
}
