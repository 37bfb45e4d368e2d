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
 * {@code kind: behavioral}, {@code principle:}, the behavioural dimensions of levels.yaml and a
 * follow-up's {@code when_said}: loaded from the test bank {@code banks/lp}, and each rule broken
 * once in a copy of it.
 */
class BehavioralFormatTest {
  private static final String OWNERSHIP = "behavioral/ownership-outside-your-remit.yaml";
  private static final String FLAKY = "reliability/flaky-dependency.yaml";

  @TempDir Path dir;

  @BeforeEach
  void copyBank() throws IOException {
    BankFixtures.copy("lp", dir);
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path f = dir.resolve(rel);
    String text = Files.readString(f);
    assertThat(text).contains(from);
    Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  private String at(String rel) {
    return dir.resolve(rel).toString();
  }

  @Test
  void theTestBankLoadsWithKindPrincipleDimensionsAndWhenSaid() {
    LoadResult r = BankLoader.load(BankFixtures.resource("lp"));
    assertThat(r.problems()).isEmpty();
    Scenario q = r.bank().find("ownership-outside-your-remit").orElseThrow();
    assertThat(q.kind()).isEqualTo(QuestionKind.BEHAVIORAL);
    assertThat(q.behavioral()).isTrue();
    assertThat(q.principle()).isEqualTo("ownership");
    FollowUp.WhenSaid said = q.level(Level.L6).followUp("escalation").whenSaid();
    assertThat(said.points()).containsExactly("took-it-on");
    assertThat(said.phrases()).containsExactly("escalated", "my manager");
    assertThat(q.level(Level.L6).followUp("what-data").whenSaid().isEmpty()).isTrue();
    Scenario design = r.bank().find("flaky-dependency").orElseThrow();
    assertThat(design.kind()).isEqualTo(QuestionKind.DESIGN);
    assertThat(design.principle()).isEmpty();
    assertThat(r.bank().guide().behavioral().keySet())
        .containsExactly("situation", "action", "result", "judgment", "reflection", "principle");
  }

  @Test
  void aBehaviouralQuestionNeedsAPrinciple() throws IOException {
    edit(OWNERSHIP, "principle: ownership\n", "");
    LoadResult r = BankLoader.load(dir);
    assertThat(lines(r))
        .containsExactly(
            at(OWNERSHIP)
                + ":1:1: error: required field"
                + " 'principle' is missing in the behavioural question; name the Leadership Principle it"
                + " asks about, one of: "
                + String.join(", ", r.bank().guide().principles().keySet()));
    assertThat(r.bank().find("ownership-outside-your-remit")).isEmpty();
  }

  @Test
  void anUnknownPrincipleIsAnErrorWithASuggestion() throws IOException {
    edit(OWNERSHIP, "principle: ownership", "principle: ownershp");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            at(OWNERSHIP)
                + ":3:12: error:"
                + " unknown Leadership Principle 'ownershp'; did you mean 'ownership'?; the principles are"
                + " listed in levels.yaml");
  }

  @Test
  void aMisspeltKindIsAnErrorAndTheFileIsStillCheckedAsBehavioural() throws IOException {
    edit(OWNERSHIP, "kind: behavioral", "kind: behavioural");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            at(OWNERSHIP)
                + ":2:7: error:"
                + " unknown kind 'behavioural'; did you mean 'behavioral'?; use 'behavioral' for a"
                + " Leadership Principle question, or leave it out for a design scenario");
  }

  @Test
  void aDesignScenarioMayNotNameAPrinciple() throws IOException {
    edit(FLAKY, "topic: reliability\n", "topic: reliability\nprinciple: ownership\n");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            at(FLAKY)
                + ":4:1: error:"
                + " 'principle' is only for behavioural questions: add 'kind: behavioral', or tag the"
                + " rubric points that evidence it with 'lp:'");
  }

  @Test
  void behaviouralDimensionsAreCheckedAgainstTheBehaviouralSet() throws IOException {
    edit(OWNERSHIP, "dimension: judgment", "dimension: design");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            at(OWNERSHIP)
                + ":51:20: warning:"
                + " dimension 'design' is not listed for behavioral questions under 'behavioral:' in"
                + " levels.yaml (situation, action, result, judgment, reflection, principle)");
  }

  @Test
  void aBehaviouralRubricWithoutAResultPointIsWarnedAbout() throws IOException {
    edit(
        OWNERSHIP,
        "dimension: result\n        weight: 4\n        all:\n          - [went from",
        "dimension: judgment\n        weight: 4\n        all:\n          - [went from");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            at(OWNERSHIP)
                + ":9:3: warning:"
                + " the L6 rubric has no point on result; a behavioural rubric rewards the situation, the"
                + " candidate's own actions, the result and the principle's signals");
  }

  @Test
  void whenSaidMustNameAPointOfTheSameLevel() throws IOException {
    edit(OWNERSHIP, "points: [took-it-on]", "points: [took-it]");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            at(OWNERSHIP)
                + ":99:20: error:"
                + " when_said names point 'took-it', which is not a point of the L6 rubric; did you mean"
                + " 'took-it-on'?");
  }

  @Test
  void whenSaidNeedsAPointOrAPhrase() throws IOException {
    edit(FLAKY, "when_said:\n          phrases: [bulkhead]", "when_said: {phrases: []}");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            at(FLAKY)
                + ":52:9: error:"
                + " when_said needs 'points' (ids of the L6 rubric) and/or 'phrases', e.g. when_said:"
                + " {phrases: [circuit breaker]}");
  }

  @Test
  void whenSaidRefusesUnknownFields() throws IOException {
    edit(FLAKY, "when_said:\n          phrases: [bulkhead]", "when_said: {phrase: [bulkhead]}");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            at(FLAKY)
                + ":52:21: error: unknown field 'phrase' in when_said; did you mean 'phrases'?");
  }
}
