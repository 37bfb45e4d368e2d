package dev.mockloop.bank;

import static dev.mockloop.bank.BankFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A behavioural level's {@code premise:}: parsed, kept through the bank snapshot's codec, and each
 * rule broken once in a copy of the test bank {@code banks/lp}.
 */
class PremiseFormatTest {
  private static final String OWNERSHIP = "behavioral/ownership-outside-your-remit.yaml";
  private static final String FLAKY = "reliability/flaky-dependency.yaml";
  private static final String PREMISE =
      "    premise:\n"
          + "      says: a problem outside your team's remit that you took on\n"
          + "      any: [nobody owned]\n"
          + "      all:\n"
          + "        - [not our team, another team, no owner, outside]\n"
          + "        - [took, picked up, stepped in, fixed]\n";

  @TempDir Path dir;

  @BeforeEach
  void copyBank() throws IOException {
    BankFixtures.copy("lp", dir);
  }

  private void insertBeforeRubric(String rel, String text) throws IOException {
    Path f = dir.resolve(rel);
    String yaml = Files.readString(f);
    assertThat(yaml).contains("    rubric:\n");
    Files.writeString(f, yaml.replaceFirst("    rubric:\n", text + "    rubric:\n"));
  }

  private String at(String rel) {
    return dir.resolve(rel).toString();
  }

  @Test
  void aPremiseIsReadWithItsPhrasesAndGroupsAndSurvivesTheSnapshot() throws IOException {
    insertBeforeRubric(OWNERSHIP, PREMISE);
    LoadResult r = BankLoader.load(dir);
    assertThat(r.problems()).isEmpty();
    LevelSpec l6 = r.bank().find("ownership-outside-your-remit").orElseThrow().level(Level.L6);
    RubricPoint premise = l6.premise();
    assertThat(premise.point()).isEqualTo("a problem outside your team's remit that you took on");
    assertThat(premise.any()).containsExactly("nobody owned");
    assertThat(premise.all()).hasSize(2);
    assertThat(premise.all().get(1)).containsExactly("took", "picked up", "stepped in", "fixed");
    BankSnapshot.Header header =
        new BankSnapshot.Header(BankSnapshot.schema(), "test", 0, java.util.List.of());
    Bank back = BankSnapshot.decode(BankSnapshot.encode(header, r), true).result().bank();
    assertThat(back.find("ownership-outside-your-remit").orElseThrow().level(Level.L6).premise())
        .isEqualTo(premise);
    assertThat(back.find("ownership-outside-your-remit").orElseThrow().level(Level.L7).premise())
        .isNull();
  }

  @Test
  void aPremiseOnADesignScenarioIsAnError() throws IOException {
    insertBeforeRubric(FLAKY, PREMISE);
    assertThat(lines(BankLoader.load(dir)))
        .singleElement()
        .asString()
        .startsWith(at(FLAKY) + ":")
        .contains("error: 'premise' of level L6 is read only for behavioral questions");
  }

  @Test
  void aPremiseNeedsWhatItSaysAndWordsToFindIt() throws IOException {
    insertBeforeRubric(OWNERSHIP, "    premise:\n      any: [nobody owned]\n");
    assertThat(lines(BankLoader.load(dir)))
        .singleElement()
        .asString()
        .contains("error: required field 'says' is missing in the premise of level L6");
  }

  @Test
  void aPremiseWithoutPhrasesOrGroupsIsAnError() throws IOException {
    insertBeforeRubric(OWNERSHIP, "    premise:\n      says: a problem nobody owned\n");
    assertThat(lines(BankLoader.load(dir)))
        .singleElement()
        .asString()
        .contains("the premise of level L6 has no 'any' phrases and no 'all' groups");
  }

  @Test
  void aMisspeltPremiseFieldIsAnErrorWithASuggestion() throws IOException {
    insertBeforeRubric(
        OWNERSHIP, "    premise:\n      say: a problem nobody owned\n      any: [nobody owned]\n");
    assertThat(lines(BankLoader.load(dir)))
        .anySatisfy(l -> assertThat(l).contains("unknown field 'say'").contains("'says'"));
  }
}
