package dev.mockloop.bank;

import static dev.mockloop.bank.BankFixtures.lines;
import static dev.mockloop.bank.BankFixtures.withLine;
import static dev.mockloop.bank.BankFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank-root files, the glossary check, and the warnings (which never fail a bank). */
class GlossaryAndWarningsTest {
  @TempDir Path dir;

  private static final String LEVELS =
      """
      levels:
        L6:
          summary: Senior.
          dimensions:
            design: Concrete choices.
            analysis: Compares options.
      """;

  @Test
  void glossaryGroupJoiningTwoPointsIsAnErrorNamingBoth() {
    write(dir, "glossary.yaml", "synonyms:\n  - [a1, b2, tail latency]\n  - [x, y]\n");
    write(dir, "s.yaml", BankFixtures.scenario("s"));
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            dir.resolve("s.yaml")
                + ":16:19: error: glossary group [a1, b2, tail latency] ("
                + dir.resolve("glossary.yaml")
                + ":2) joins two points of level L6: 'p1' ('a1') and 'p2' ('b2'); an answer covering"
                + " one would cover both: split the group or reword a phrase");
  }

  @Test
  void glossaryGroupWithinOnePointIsFine() {
    write(dir, "glossary.yaml", "synonyms: [[a1, a2], [B1, b3]]\n");
    write(dir, "s.yaml", BankFixtures.scenario("s"));
    LoadResult r = BankLoader.load(dir);
    assertThat(r.problems()).isEmpty();
    assertThat(r.bank().glossary().synonyms()).hasSize(2);
  }

  @Test
  void glossaryFormatErrors() {
    write(
        dir,
        "glossary.yaml",
        "synonyms:\n  - [alone]\n  - p99\n  - [a, '']\n  - [q, r]\n" + "  - [R, s]\nsynonym: []\n");
    write(dir, "s.yaml", BankFixtures.scenario("s"));
    String g = dir.resolve("glossary.yaml").toString();
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            g + ":2:5: error: a synonym group needs at least two phrases, got 1",
            g
                + ":3:5: error: expected a synonym group as a list of phrases, e.g. [p99, tail latency],"
                + " got 'p99'",
            g + ":4:9: error: expected a non-empty phrase in the synonym group, got ''",
            g + ":6:6: error: phrase 'R' is already in the group at line 5; merge the two groups",
            g + ":7:1: error: unknown field 'synonym' in glossary.yaml; did you mean 'synonyms'?");
  }

  @Test
  void levelsFileFormatErrors() {
    write(
        dir,
        "levels.yaml",
        "levels:\n  L9: {summary: x, dimensions: {}}\n  L6:\n"
            + "    sumary: x\n    dimensions: [a]\n");
    write(dir, "s.yaml", BankFixtures.scenario("s"));
    String f = dir.resolve("levels.yaml").toString();
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            f + ":2:3: error: unknown level 'L9'; use L6 or L7",
            f + ":4:5: error: unknown field 'sumary' in level L6; did you mean 'summary'?",
            f + ":5:17: error: expected a mapping of dimension name to description, got a list");
  }

  @Test
  void dimensionNotListedForTheLevelWarns() {
    write(dir, "levels.yaml", LEVELS);
    write(dir, "s.yaml", withLine("s", 15, "        dimension: desing"));
    LoadResult r = BankLoader.load(dir);
    assertThat(r.hasErrors()).isFalse();
    assertThat(lines(r))
        .containsExactly(
            dir.resolve("s.yaml")
                + ":15:20: warning: dimension 'desing' is not listed for L6 in"
                + " levels.yaml (design, analysis); did you mean 'design'?",
            dir.resolve("s.yaml")
                + ":15:20: warning: dimension 'desing' is used only once in the"
                + " bank; did you mean 'design'? (per-dimension scores compare best when points"
                + " share dimensions)");
  }

  @Test
  void listedDimensionUsedOnceDoesNotWarn() {
    write(dir, "levels.yaml", LEVELS);
    write(dir, "s.yaml", withLine("s", 15, "        dimension: analysis"));
    assertThat(BankLoader.load(dir).problems()).isEmpty();
  }

  @Test
  void dimensionUsedOnceAcrossTheBankWarnsWithoutLevelsFile() {
    write(dir, "a.yaml", withLine("a", 15, "        dimension: metrics"));
    write(dir, "b.yaml", withLine("b", 15, "        dimension: metrics"));
    write(dir, "c.yaml", withLine("c", 15, "        dimension: metricz"));
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            dir.resolve("c.yaml")
                + ":15:20: warning: dimension 'metricz' is used only once in the bank; did you mean"
                + " 'metrics'? (per-dimension scores compare best when points share dimensions)");
  }

  @Test
  void missingModelAnswerAndFewPhrasesWarn() {
    write(
        dir, "s.yaml", withLine("s", 17, "    context: none").replace("[a1, a2, a3]", "[a1, a2]"));
    LoadResult r = BankLoader.load(dir);
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.bank().ids()).containsExactly("s");
    assertThat(lines(r))
        .containsExactly(
            dir.resolve("s.yaml")
                + ":5:3: warning: level L6 has no model_answer; add a strong answer"
                + " users can compare with",
            dir.resolve("s.yaml")
                + ":12:9: warning: point 'p1' has only 2 phrases in 'any'; add"
                + " aliases (abbreviations, numbers written other ways, synonyms) so more answers"
                + " match");
  }
}
