package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.LoadResult;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import dev.mockloop.testing.RandomInputs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever is typed, scoring against the bundled bank's real rubrics never throws, keeps the score
 * within 0..100 and returns evidence spans that are exact slices of the answer. Answers are random
 * mixed-script text, mutations of the bank's own model answers and rubric phrases, bytes read as
 * text, and a few very long ones.
 */
class ScorerRandomInputTest {
  private static Bank bank;
  private static Scorer scorer;

  @BeforeAll
  static void loadBank() {
    LoadResult loaded = BankLoader.loadBundled();
    assertThat(loaded.errors()).isEmpty();
    bank = loaded.bank();
    scorer = new Scorer(bank.glossary());
  }

  @Test
  void randomAndMutatedAnswersScoreSafely() {
    int spans = 0;
    for (long seed = 1; seed <= 600; seed++) {
      Random r = new Random(seed);
      Scenario scenario = bank.scenarios().get(r.nextInt(bank.scenarios().size()));
      Level level = pickLevel(r, scenario);
      LevelSpec spec = scenario.level(level);
      String answer = answer(r, spec);
      spans += check(seed, scenario, level, null, answer);
      if (!spec.followUps().isEmpty()) {
        FollowUp f = spec.followUps().get(r.nextInt(spec.followUps().size()));
        spans += check(seed, scenario, level, f, answer);
      }
    }
    assertThat(spans).as("mutated real answers still match rubric phrases").isGreaterThan(1_000);
  }

  @Test
  void hugeAnswersScoreSafely() {
    for (long seed = 1; seed <= 4; seed++) {
      Random r = new Random(seed);
      Scenario scenario = bank.scenarios().get(r.nextInt(bank.scenarios().size()));
      Level level = pickLevel(r, scenario);
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 200_000) {
        sb.append(answer(r, scenario.level(level))).append(r.nextBoolean() ? " " : "\n");
      }
      check(seed, scenario, level, null, sb.toString());
    }
  }

  /** Scores {@code answer} and checks the card; returns how many evidence spans it holds. */
  private static int check(
      long seed, Scenario scenario, Level level, FollowUp followUp, String answer) {
    String input =
        String.format(
            "seed %d: %s %s%s, answer %s",
            seed,
            scenario.id(),
            level,
            followUp == null ? "" : " follow-up " + followUp.id(),
            RandomInputs.show(answer));
    ScoreCard card;
    try {
      card =
          followUp == null
              ? scorer.scoreMain(answer, scenario, level)
              : scorer.scoreFollowUp(answer, scenario, level, followUp);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("scoring threw for " + input, e);
    }
    assertThat(card.score()).as(input).isBetween(0, 100);
    int spans = 0;
    for (PointResult p : card.points()) {
      for (Evidence e : concat(p.evidence(), p.negated())) {
        assertThat(e.start()).as(input).isBetween(0, answer.length());
        assertThat(e.end()).as(input).isBetween(e.start(), answer.length());
        assertThat(answer.substring(e.start(), e.end())).as(input).isEqualTo(e.text());
        spans++;
      }
    }
    return spans;
  }

  private static String answer(Random r, LevelSpec spec) {
    return switch (r.nextInt(5)) {
      case 0 -> RandomInputs.text(r, 400);
      case 1 -> RandomInputs.anyChars(r, 400);
      case 2 -> {
        byte[] b = new byte[r.nextInt(600)];
        r.nextBytes(b);
        yield new String(b, r.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      }
      default ->
          new String(
              RandomInputs.mutate(r, realText(r, spec).getBytes(StandardCharsets.UTF_8), 12),
              StandardCharsets.UTF_8);
    };
  }

  /** The model answer, or rubric phrases strung together with random text between them. */
  private static String realText(Random r, LevelSpec spec) {
    if (r.nextBoolean() && !spec.modelAnswer().isBlank()) {
      return spec.modelAnswer();
    }
    StringBuilder sb = new StringBuilder();
    for (RubricPoint p : spec.rubric()) {
      if (r.nextBoolean()) {
        List<String> phrases = p.phrases().stream().filter(a -> !a.startsWith("<")).toList();
        sb.append(phrases.get(r.nextInt(phrases.size())));
        sb.append(r.nextInt(4) == 0 ? RandomInputs.text(r, 20) : r.nextBoolean() ? ". " : ", ");
      }
    }
    return sb.toString();
  }

  private static Level pickLevel(Random r, Scenario scenario) {
    List<Level> levels = List.copyOf(scenario.levelSet());
    return levels.get(r.nextInt(levels.size()));
  }

  private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
