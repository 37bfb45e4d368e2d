package dev.mockloop.bank;

import static dev.mockloop.bank.BankFixtures.lines;
import static dev.mockloop.bank.BankFixtures.withLine;
import static dev.mockloop.bank.BankFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation rule, with the position it reports. */
class ValidationTest {
  @TempDir Path dir;

  private LoadResult load(String text) {
    write(dir, "s.yaml", text);
    return BankLoader.load(dir);
  }

  private String file() {
    return dir.resolve("s.yaml").toString();
  }

  @Test
  void validScenarioHasNoProblems() {
    assertThat(load(BankFixtures.scenario("s")).problems()).isEmpty();
  }

  @Test
  void unknownFieldSuggestsTheNearOneAndIsNotAlsoReportedMissing() {
    LoadResult r = load(withLine("s", 6, "    promt: What would you do?"));
    assertThat(lines(r))
        .containsExactly(
            file() + ":6:5: error: unknown field 'promt' in level L6; did you mean 'prompt'?");
  }

  @Test
  void unknownFieldWithoutNearMissListsTheFields() {
    LoadResult r = load(BankFixtures.scenario("s") + "colour: blue\n");
    assertThat(lines(r))
        .containsExactly(
            file()
                + ":18:1: error: unknown field 'colour' in the"
                + " scenario; expected one of: id, kind, principle, title, topic, tags, source, levels");
  }

  @Test
  void misplacedFieldSaysWhereItBelongs() {
    LoadResult r = load(BankFixtures.scenario("s") + "    hint: misplaced\n");
    assertThat(lines(r))
        .containsExactly(
            file()
                + ":18:5: error: unknown field 'hint' in level L6;"
                + " expected one of: prompt, context, minutes, rubric, follow_ups, model_answer, premise ('hint'"
                + " belongs in a rubric point: check its indentation)");
  }

  @Test
  void missingRequiredFieldPointsAtTheMappingThatLacksIt() {
    LoadResult r = load(withLine("s", 10, "        hint: no point text"));
    assertThat(lines(r))
        .containsExactly(
            file()
                + ":9:9: error: required field 'point' is missing in rubric point 1 of level L6");
  }

  @Test
  void wrongTypeSaysWhatWasExpected() {
    assertThat(lines(load(withLine("s", 7, "    minutes: ten"))))
        .containsExactly(
            file() + ":7:14: error: expected a number 1..120 for 'minutes', got 'ten'");
    assertThat(lines(load(withLine("s", 12, "        any: a1"))))
        .first()
        .asString()
        .contains(":12:14: error: expected a list for 'any', got 'a1'");
    assertThat(lines(load(withLine("s", 2, "title: [a, b]"))))
        .containsExactly(file() + ":2:8: error: expected text for 'title', got a list");
  }

  @Test
  void minutesAndWeightRanges() {
    assertThat(lines(load(withLine("s", 7, "    minutes: 121"))))
        .containsExactly(file() + ":7:14: error: expected a number 1..120 for 'minutes', got 121");
    assertThat(lines(load(withLine("s", 7, "    minutes: 0")))).hasSize(1);
    String weight = "        dimension: design\n        weight: ";
    assertThat(lines(load(withLine("s", 11, weight + "6"))))
        .containsExactly(file() + ":12:17: error: expected a number 1..5 for 'weight', got 6");
    assertThat(lines(load(withLine("s", 11, weight + "2.5"))))
        .containsExactly(
            file() + ":12:17: error: expected a number 1..5 for 'weight', got the number 2.5");
    assertThat(lines(load(withLine("s", 11, weight + "'3'"))))
        .containsExactly(file() + ":12:17: error: expected a number 1..5 for 'weight', got '3'");
  }

  @Test
  void idsMustMatchThePattern() {
    assertThat(lines(load(withLine("s", 1, "id: Bad_Id"))))
        .containsExactly(
            file()
                + ":1:5: error: scenario id 'Bad_Id' may use only a-z, 0-9 and '-', e.g. 'bad-id'");
    assertThat(lines(load(withLine("s", 9, "      - id: P 1"))))
        .containsExactly(
            file() + ":9:13: error: point id 'P 1' may use only a-z, 0-9 and '-', e.g. 'p-1'");
  }

  @Test
  void emptyAnyAndBlankPhrasesAreErrors() {
    assertThat(lines(load(withLine("s", 12, "        any: []"))))
        .containsExactly(
            file() + ":12:9: error: 'any' of point 'p1' is empty; list the phrases that cover it");
    assertThat(lines(load(withLine("s", 12, "        any: [a1, '  ', a2, a3]"))))
        .containsExactly(
            file()
                + ":12:19: error: empty phrase in 'any' of point 'p1'; remove it or write the phrase");
  }

  @Test
  void duplicatePointIdsWithinALevel() {
    assertThat(lines(load(withLine("s", 13, "      - id: p1"))))
        .containsExactly(
            file() + ":13:13: error: duplicate point id 'p1' in level L6 (first at line 9)");
  }

  @Test
  void levelKeysAndMissingLevels() {
    assertThat(lines(load(withLine("s", 5, "  L8:"))))
        .containsExactly(file() + ":5:3: error: unknown level 'L8'; use L6 or L7");
    assertThat(lines(load(withLine("s", 5, "  l6:"))))
        .containsExactly(file() + ":5:3: error: unknown level 'l6'; did you mean 'L6'?");
    String noLevels = "id: s\ntitle: T\ntopic: t\nlevels: {}\n";
    assertThat(lines(load(noLevels)))
        .containsExactly(file() + ":4:1: error: the scenario has no levels; add L6 and/or L7");
    assertThat(lines(load("id: s\ntitle: T\ntopic: t\n")))
        .containsExactly(
            file() + ":1:1: error: required field 'levels' is missing in the scenario");
  }

  @Test
  void followUpChecks() {
    String followUps =
        BankFixtures.scenario("s")
            .replace(
                "    model_answer: A strong answer.\n",
                """
            follow_ups:
              - id: f1
                ask: And then?
                when_missing: [p1, p9]
                rubric:
                  - id: q1
                    point: Q
                    any: [x, y, z]
                  - id: q1
                    point: Q again
                    any: [u, v, w]
              - id: f1
                ask: Again?
                minutes: 200
                rubric: []
            model_answer: A strong answer.
        """);
    assertThat(lines(load(followUps)))
        .containsExactly(
            file()
                + ":20:28: error: when_missing names 'p9', which is not a point of the L6 rubric"
                + "; did you mean 'p1'?",
            file()
                + ":25:17: error: duplicate point id 'q1' in follow-up 'f1' of level L6"
                + " (first at line 22)",
            file() + ":28:13: error: duplicate follow-up id 'f1' in level L6 (first at line 18)",
            file() + ":30:18: error: expected a number 1..120 for 'minutes', got 200",
            file()
                + ":31:9: error: the rubric of follow-up 2 of level L6 has no points; add at least one");
  }

  @Test
  void followUpMinutesDefaultToFour() {
    String text =
        BankFixtures.scenario("s")
            .replace(
                "    model_answer: A strong answer.\n",
                """
            follow_ups:
              - id: f1
                ask: And then?
                rubric:
                  - {id: q1, point: Q, dimension: design, any: [x, y, z]}
            model_answer: A strong answer.
        """);
    LoadResult r = load(text);
    assertThat(r.problems()).isEmpty();
    assertThat(r.bank().scenarios().get(0).level(Level.L6).followUp("f1").minutes()).isEqualTo(4);
  }

  @Test
  void duplicateScenarioIdsNameBothFiles() {
    write(dir, "a/one.yaml", BankFixtures.scenario("same"));
    write(dir, "b/two.yaml", BankFixtures.scenario("same"));
    LoadResult r = BankLoader.load(dir);
    assertThat(lines(r))
        .containsExactly(
            dir.resolve("b/two.yaml")
                + ":1:5: error: duplicate"
                + " scenario id 'same': also used in "
                + dir.resolve("a/one.yaml")
                + ":1:5; ids must be"
                + " unique in the bank");
    assertThat(r.bank().ids()).containsExactly("same");
  }

  @Test
  void duplicateKeysInAMapping() {
    assertThat(lines(load(withLine("s", 3, "title: again"))))
        .contains(file() + ":3:1: error: duplicate key 'title' (first at line 2)");
  }

  @Test
  void everyProblemInTheBankIsReportedAtOnce() {
    write(dir, "a.yaml", withLine("a", 7, "    minutes: ten"));
    write(dir, "b.yaml", withLine("b", 11, "        weight: 9"));
    write(dir, "c.yaml", withLine("c", 6, "    promt: x"));
    assertThat(BankLoader.load(dir).errors()).extracting(Problem::line).containsExactly(7, 11, 6);
  }

  @Test
  void numbersInOtherBasesOrFormsAreRefusedWithTheirText() {
    assertThat(lines(load(withLine("s", 7, "    minutes: 0x10"))))
        .containsExactly(
            file()
                + ":7:14: error: expected a number 1..120 for 'minutes' in decimal digits, got '0x10'");
    assertThat(lines(load(withLine("s", 7, "    minutes: 99999999999999999999999"))))
        .containsExactly(
            file()
                + ":7:14: error: expected a number 1..120 for 'minutes', got 99999999999999999999999");
    assertThat(lines(load(withLine("s", 7, "    minutes: \"10\""))))
        .containsExactly(file() + ":7:14: error: expected a number 1..120 for 'minutes', got '10'");
    assertThat(lines(load(withLine("s", 7, "    minutes:"))))
        .containsExactly(file() + ":7:5: error: required field 'minutes' is empty in level L6");
  }

  @Test
  void complexKeysAreASyntaxErrorInPlainWords() {
    assertThat(lines(load("id: k\n? [a, b]\n: c\n")))
        .containsExactly(
            file()
                + ":2:4: error: invalid YAML: a key must be a plain name, not a list or mapping");
  }
}
